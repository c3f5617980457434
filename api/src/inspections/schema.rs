//! GraphQL types and resolvers for inspections. Thin: parse, call the
//! service with the caller's scope, wrap the model. Lists load sector names,
//! author names and nodes once per page, not once per record.
use crate::authz::{loaders, Authorized};
use crate::context::{all, scope, state};
use crate::error::{AppError, AppResult, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::ids;
use crate::inspections::correct::{self, Correction};
use crate::inspections::kind::InspectionKind;
use crate::inspections::month::Month;
use crate::inspections::read::{self, Filter};
use crate::inspections::record::{self, NewInspection};
use crate::inspections::sectors;
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::Person;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::{inspection, sector};

/// A sector an inspection can cover (roads, fire, …).
#[derive(SimpleObject, Clone)]
pub struct Sector {
    /// The sector's stable code.
    pub code: String,
    /// Its name in Chinese.
    pub name_zh: String,
    /// Its name in English.
    pub name_en: String,
}

impl From<sector::Model> for Sector {
    fn from(s: sector::Model) -> Self {
        Sector {
            code: s.code,
            name_zh: s.name_zh,
            name_en: s.name_en,
        }
    }
}

/// An inspection the caller may see (the proof says so); its nested
/// fields are read in batches per page (`authz::loaders`).
pub struct Inspection(Authorized<inspection::Model>);

impl From<Authorized<inspection::Model>> for Inspection {
    fn from(proof: Authorized<inspection::Model>) -> Self {
        Self(proof)
    }
}

/// One inspection record: a patrol, a village inspection or a leader's visit.
#[Object]
impl Inspection {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    /// The record's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// Where the inspection was.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    /// What kind of inspection.
    async fn kind(&self) -> GqlResult<InspectionKind> {
        Ok(self.0.kind)
    }
    /// When it took place.
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }
    /// The sectors it covered.
    #[graphql(complexity = "crate::pagination::list_cost(5, child_complexity)")]
    async fn sectors(&self, ctx: &Context<'_>) -> GqlResult<Vec<Sector>> {
        let codes = sectors::decode(&self.0.sectors);
        let found = loaders::sectors(ctx, &codes).await?;
        Ok(codes
            .iter()
            .filter_map(|c| found.get(c).cloned().map(Sector::from))
            .collect())
    }
    /// What was seen.
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// Where it was recorded (WGS 84), if known.
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    /// Where it was recorded (WGS 84), if known.
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
    /// The location's accuracy in metres, if known.
    async fn accuracy_m(&self) -> Option<f64> {
        self.0.accuracy_m
    }
    /// Whose work the record is (counted toward their quota); visible
    /// through the record, wherever the person is registered.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        let Some(pid) = self.0.person_id else {
            return Ok(None);
        };
        Ok(loaders::person_on(ctx, &self.0, pid).await?.map(Person))
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(loaders::account_name(ctx, &self.0, self.0.author_id)
            .await?
            .unwrap_or_default())
    }
    /// Photos of the patrol.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        Ok(loaders::photos_of(ctx, &self.0, self.0.id)
            .await?
            .into_iter()
            .map(crate::photos::Photo::from)
            .collect())
    }
    /// The month is closed: corrections need a reason.
    async fn locked(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        let st = state(ctx)?;
        Ok(Month::of(self.0.occurred_on).locked(st.today(), st.settings.field.month_close_day))
    }
    /// Optimistic-lock version: send it back with a correction; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A new inspection record.
#[derive(InputObject)]
pub struct RecordInspectionInput {
    /// Where it took place.
    pub node_id: ID,
    /// What kind of inspection.
    pub kind: InspectionKind,
    /// When it happened; not in the future, not in a closed month.
    pub occurred_at: DateTime<Utc>,
    /// Sector codes from `sectors`.
    pub sectors: Vec<String>,
    /// What was seen.
    pub notes: String,
    /// Where it was recorded (WGS 84), if known.
    pub latitude: Option<f64>,
    /// Where it was recorded (WGS 84), if known.
    pub longitude: Option<f64>,
    /// The location's accuracy in metres, if known.
    pub accuracy_m: Option<f64>,
    /// Photos uploaded first (`POST /api/photos`), attached here.
    pub photo_ids: Option<Vec<ID>>,
    /// Whose inspection this is; defaults to the author's own person.
    pub person_id: Option<ID>,
    /// Made by the client once per record; a retry with it returns the
    /// record already made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct InspectionsQuery;

#[Object]
impl InspectionsQuery {
    /// What an inspection can cover, in display order.
    #[graphql(complexity = "crate::pagination::list_cost(20, child_complexity)")]
    async fn sectors(&self, ctx: &Context<'_>) -> GqlResult<Vec<Sector>> {
        scope(ctx)?;
        Ok(sectors::active(&state(ctx)?.db)
            .await?
            .into_iter()
            .map(Sector::from)
            .collect())
    }

    /// One inspection; NOT_FOUND when missing or outside the caller's subtree.
    async fn inspection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The inspection's id.")] id: ID,
    ) -> GqlResult<Inspection> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(read::find(&st.db, sc, ids::parse(&id)?).await?.into())
    }

    /// Inspections under a node (default: the caller's), newest first;
    /// `month` is "YYYY-MM" (China time).
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn inspections(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only inspections below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only inspections of this month (China time).")] month: Option<Month>,
        #[graphql(desc = "Only inspections of this kind.")] kind: Option<InspectionKind>,
        #[graphql(desc = "Only inspections recorded for this person.")] person_id: Option<ID>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Inspection>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let filter = Filter {
            under: ids::parse_opt(&under)?,
            month,
            kind,
            person_id: ids::parse_opt(&person_id)?,
        };
        let (items, total) = read::list(&st.db, sc, filter, page).await?;
        let items = crate::authz::visible(sc, items)
            .into_iter()
            .map(Inspection::from)
            .collect();
        Ok(connection(items, total))
    }
}

#[derive(Default)]
pub struct InspectionsMutation;

#[Object]
impl InspectionsMutation {
    /// Records an inspection, patrol or leader visit (idempotent by key).
    async fn record_inspection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The inspection.")] input: RecordInspectionInput,
    ) -> GqlResult<Inspection> {
        let (st, req, sc) = all(ctx)?;
        let photo_ids = input
            .photo_ids
            .unwrap_or_default()
            .iter()
            .map(|id| {
                ids::parse(id).map_err(|_| AppError::input("photoIds", Key::InputPhotoIdInvalid))
            })
            .collect::<AppResult<Vec<_>>>()?;
        let new = NewInspection {
            node_id: ids::parse(&input.node_id)?,
            kind: input.kind,
            occurred_at: input.occurred_at,
            sectors: input.sectors,
            notes: input.notes,
            latitude: input.latitude,
            longitude: input.longitude,
            accuracy_m: input.accuracy_m,
            photo_ids,
            person_id: ids::parse_opt(&input.person_id)?,
            idempotency_key: input.idempotency_key,
        };
        let model = record::record(st, req, sc, new).await?;
        Ok(crate::authz::authorize(sc, crate::authz::Action::Read, model)?.into())
    }

    /// Corrects sectors or notes; `version` is the one you read. Once the
    /// month is closed (`locked`), `reason` is required.
    async fn correct_inspection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The inspection.")] id: ID,
        #[graphql(desc = "The record's version as last read.")] version: i32,
        #[graphql(desc = "The corrected sector codes.")] sectors: Option<Vec<String>>,
        #[graphql(desc = "The corrected notes.")] notes: Option<String>,
        #[graphql(desc = "Why it is corrected (required once the month is locked).")]
        reason: Option<String>,
    ) -> GqlResult<Inspection> {
        let (st, req, sc) = all(ctx)?;
        let c = Correction {
            id: ids::parse(&id)?,
            version,
            sectors,
            notes,
            reason,
        };
        let model = correct::correct(st, req, sc, c).await?;
        Ok(crate::authz::authorize(sc, crate::authz::Action::Read, model)?.into())
    }
}
