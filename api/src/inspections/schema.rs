//! GraphQL types and resolvers for inspections. Thin: parse, call the
//! service with the caller's scope, wrap the model. Lists load sector names,
//! author names and nodes once per page, not once per record.
use crate::authz::{loaders, Authorized};
use crate::context::{all, scope, state};
use crate::error::{AppError, AppResult, GqlResult};
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

#[derive(SimpleObject, Clone)]
pub struct Sector {
    pub code: String,
    pub name_zh: String,
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

#[Object]
impl Inspection {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(scope(ctx)?, &*self.0))
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.node_id).await?))
    }
    async fn kind(&self) -> GqlResult<InspectionKind> {
        Ok(InspectionKind::parse(&self.0.kind).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("inspection kind {}", self.0.kind))
        })?)
    }
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }
    async fn sectors(&self, ctx: &Context<'_>) -> GqlResult<Vec<Sector>> {
        let codes = sectors::decode(&self.0.sectors);
        let found = loaders::sectors(ctx, &codes).await?;
        Ok(codes
            .iter()
            .filter_map(|c| found.get(c).cloned().map(Sector::from))
            .collect())
    }
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
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
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(InputObject)]
pub struct RecordInspectionInput {
    pub node_id: ID,
    pub kind: InspectionKind,
    /// When it happened; not in the future, not in a closed month.
    pub occurred_at: DateTime<Utc>,
    /// Sector codes from `sectors`.
    pub sectors: Vec<String>,
    pub notes: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
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
    async fn sectors(&self, ctx: &Context<'_>) -> GqlResult<Vec<Sector>> {
        scope(ctx)?;
        Ok(sectors::active(&state(ctx)?.db)
            .await?
            .into_iter()
            .map(Sector::from)
            .collect())
    }

    async fn inspection(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Inspection> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(read::find(&st.db, sc, ids::parse(&id)?).await?.into())
    }

    /// Inspections under a node (default: the caller's), newest first;
    /// `month` is "YYYY-MM" (China time).
    #[allow(clippy::too_many_arguments)]
    async fn inspections(
        &self,
        ctx: &Context<'_>,
        under: Option<ID>,
        month: Option<String>,
        kind: Option<InspectionKind>,
        person_id: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<Inspection>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after)?;
        let filter = Filter {
            under: ids::parse_opt(&under)?,
            month: month
                .as_deref()
                .map(|m| Month::parse("month", m))
                .transpose()?,
            kind,
            person_id: ids::parse_opt(&person_id)?,
        };
        let (items, total) = read::list(&st.db, sc, filter, page).await?;
        let items = crate::authz::visible(sc, items)
            .into_iter()
            .map(Inspection::from)
            .collect();
        Ok(connection(items, page, total))
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
        input: RecordInspectionInput,
    ) -> GqlResult<Inspection> {
        let (st, req, sc) = all(ctx)?;
        let photo_ids = input
            .photo_ids
            .unwrap_or_default()
            .iter()
            .map(|id| {
                ids::parse(id)
                    .map_err(|_| AppError::bad_input("photoIds", "照片编号无效 (invalid photo id)"))
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
        id: ID,
        version: i32,
        sectors: Option<Vec<String>>,
        notes: Option<String>,
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
