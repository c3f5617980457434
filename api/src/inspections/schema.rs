//! GraphQL types and resolvers for inspections. Thin: parse, call the
//! service with the caller's scope, wrap the model. Lists load sector names,
//! author names and nodes once per page, not once per record.
use crate::context::{all, scope, state};
use crate::error::{AppError, AppResult, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::inspections::correct::{self, Correction};
use crate::inspections::kind::InspectionKind;
use crate::inspections::month::Month;
use crate::inspections::read::{self, Filter};
use crate::inspections::record::{self, NewInspection};
use crate::inspections::sectors;
use crate::pagination::{connection, Conn, Page};
use crate::people::persons;
use crate::people::schema::Person;
use crate::state::AppState;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::{grid_node, inspection, sector};
use std::collections::HashMap;
use std::sync::Arc;

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

pub struct Inspection {
    model: inspection::Model,
    /// The record's node, read once per page (it is inside the caller's
    /// scope whenever the record is).
    node: Option<grid_node::Model>,
    sectors: Arc<HashMap<String, Sector>>,
    author_name: String,
    locked: bool,
}

/// Wraps models with what their fields need, in a fixed number of queries.
pub async fn wrap(st: &AppState, models: Vec<inspection::Model>) -> AppResult<Vec<Inspection>> {
    let names: Arc<HashMap<String, Sector>> = Arc::new(
        sectors::all(&st.db)
            .await?
            .into_iter()
            .map(|s| (s.code.clone(), Sector::from(s)))
            .collect(),
    );
    let authors =
        crate::accounts::display::names(&st.db, models.iter().map(|m| m.author_id).collect())
            .await?;
    let nodes: HashMap<uuid::Uuid, grid_node::Model> = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        grid_node::Entity::find()
            .filter(
                grid_node::Column::Id.is_in(models.iter().map(|m| m.node_id).collect::<Vec<_>>()),
            )
            .all(&st.db)
            .await?
            .into_iter()
            .map(|n| (n.id, n))
            .collect()
    };
    let (today, close_day) = (st.today(), st.settings.field.month_close_day);
    Ok(models
        .into_iter()
        .map(|model| Inspection {
            node: nodes.get(&model.node_id).cloned(),
            author_name: authors.get(&model.author_id).cloned().unwrap_or_default(),
            locked: Month::of(model.occurred_on).locked(today, close_day),
            sectors: names.clone(),
            model,
        })
        .collect())
}

async fn wrap_one(st: &AppState, model: inspection::Model) -> AppResult<Inspection> {
    wrap(st, vec![model])
        .await?
        .pop()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("wrapping an inspection")))
}

/// One inspection record: a patrol, a village inspection or a leader's visit.
#[Object]
impl Inspection {
    /// The record's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.model.id)
    }
    /// Where the inspection was.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        if let Some(node) = &self.node {
            return Ok(GridNode(node.clone()));
        }
        Ok(GridNode(
            grid::find(&state(ctx)?.db, scope(ctx)?, self.model.node_id).await?,
        ))
    }
    /// What kind of inspection.
    async fn kind(&self) -> GqlResult<InspectionKind> {
        Ok(InspectionKind::parse(&self.model.kind).ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("inspection kind {}", self.model.kind))
        })?)
    }
    /// When it took place.
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.model.occurred_at
    }
    /// The sectors it covered.
    async fn sectors(&self) -> Vec<Sector> {
        sectors::decode(&self.model.sectors)
            .into_iter()
            .filter_map(|code| self.sectors.get(&code).cloned())
            .collect()
    }
    /// What was seen.
    async fn notes(&self) -> &str {
        &self.model.notes
    }
    /// Where it was recorded (WGS 84), if known.
    async fn latitude(&self) -> Option<f64> {
        self.model.latitude
    }
    /// Where it was recorded (WGS 84), if known.
    async fn longitude(&self) -> Option<f64> {
        self.model.longitude
    }
    /// The location's accuracy in metres, if known.
    async fn accuracy_m(&self) -> Option<f64> {
        self.model.accuracy_m
    }
    /// Whose work the record is (counted toward their quota); visible
    /// through the record, wherever the person is registered.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        let Some(pid) = self.model.person_id else {
            return Ok(None);
        };
        let (db, sc) = (&state(ctx)?.db, scope(ctx)?);
        Ok(Some(Person(
            persons::find_through(db, sc, self.model.node_code, pid).await?,
        )))
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self) -> &str {
        &self.author_name
    }
    /// Photos of the patrol. The record is already in scope here, which
    /// `for_owners` relies on.
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        let rows = crate::photos::for_owners(&state(ctx)?.db, vec![self.model.id]).await?;
        Ok(rows.into_iter().map(crate::photos::Photo).collect())
    }
    /// The month is closed: corrections need a reason.
    async fn locked(&self) -> bool {
        self.locked
    }
    /// Optimistic-lock version: send it back with a correction; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.model.version
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
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
        let model = read::find(&st.db, sc, ids::parse(&id)?).await?;
        Ok(wrap_one(st, model).await?)
    }

    /// Inspections under a node (default: the caller's), newest first;
    /// `month` is "YYYY-MM" (China time).
    #[allow(clippy::too_many_arguments)]
    async fn inspections(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only inspections below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only inspections of this month (China time).")] month: Option<Month>,
        #[graphql(desc = "Only inspections of this kind.")] kind: Option<InspectionKind>,
        #[graphql(desc = "Only inspections recorded for this person.")] person_id: Option<ID>,
        #[graphql(desc = "Page size (at most 100; default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
    ) -> GqlResult<Conn<Inspection>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after)?;
        let filter = Filter {
            under: ids::parse_opt(&under)?,
            month,
            kind,
            person_id: ids::parse_opt(&person_id)?,
        };
        let (items, total) = read::list(&st.db, sc, filter, page).await?;
        Ok(connection(wrap(st, items).await?, page, total))
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
        Ok(wrap_one(st, model).await?)
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
        Ok(wrap_one(st, model).await?)
    }
}
