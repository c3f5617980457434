//! GraphQL for hazards: the list and overdue queries, and one mutation per
//! step of the state machine (the types are in `types`).
use crate::context::{all, scope, state};
use crate::error::{AppError, GqlResult, Key};
use crate::hazards::corrections::{self, HazardEdit};
use crate::hazards::escalation;
use crate::hazards::lifecycle::{HazardSeverity, HazardState};
use crate::hazards::queries::{self, HazardFilter, HazardOrder};
use crate::hazards::rectification::{self, Plan};
use crate::hazards::report::{self, NewHazard};
use crate::hazards::types::Hazard;
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::NaiveDate;
use uuid::Uuid;

/// A new hazard report.
#[derive(InputObject)]
pub struct ReportHazardInput {
    /// Where it was found.
    pub node_id: ID,
    /// A short title.
    pub title: String,
    /// What was found.
    pub description: String,
    /// General or major.
    pub severity: HazardSeverity,
    /// A sector code.
    pub category: String,
    /// True when it was fixed when found (general hazards only).
    pub fixed_on_spot: bool,
    /// How it was fixed, when fixed on the spot.
    pub fix_note: Option<String>,
    /// The rectification deadline, when planning at once.
    pub deadline: Option<NaiveDate>,
    /// The responsible person, from the roster.
    pub responsible_person_id: Option<ID>,
    /// The responsible person's name, when not on the roster.
    pub responsible_name: Option<String>,
    /// The planned measures.
    pub measures: Option<String>,
    /// Where it was found (WGS 84), if known.
    pub latitude: Option<f64>,
    /// Where it was found (WGS 84), if known.
    pub longitude: Option<f64>,
    /// The location's accuracy in metres, if known.
    pub accuracy_m: Option<f64>,
    /// Photos (uploaded to `/api/photos` first; at most 9).
    #[graphql(validator(max_items = 9))]
    pub photo_ids: Option<Vec<ID>>,
    /// The inspection it was found during, if any.
    pub inspection_id: Option<ID>,
    /// A key the client makes once per report, so a retry does not report twice.
    pub idempotency_key: String,
}

fn parse_photo_ids(ids_in: Option<Vec<ID>>) -> Result<Vec<Uuid>, AppError> {
    ids_in
        .unwrap_or_default()
        .iter()
        .map(|id| ids::parse(id).map_err(|_| AppError::input("photoIds", Key::InputPhotoIdInvalid)))
        .collect()
}

/// A hazard a step returned, shown to the caller who took the step.
fn shown(ctx: &Context<'_>, model: entity::hazard::Model) -> GqlResult<Hazard> {
    Ok(crate::authz::authorize(scope(ctx)?, crate::authz::Action::Read, model)?.into())
}

#[derive(Default)]
pub struct HazardsQuery;

#[Object]
impl HazardsQuery {
    /// One hazard; NOT_FOUND when missing or outside the caller's subtree.
    async fn hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard's id.")] id: ID,
    ) -> GqlResult<Hazard> {
        Ok(
            queries::find(&state(ctx)?.db, scope(ctx)?, ids::parse(&id)?)
                .await?
                .into(),
        )
    }

    /// Hazards found in the subtree (of `under`, default the caller's),
    /// filtered by state, overdue, severity, the node handling them now,
    /// sector, the days reported and text (the hazard ledger, 隐患台账).
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn hazards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only hazards found below this node (default: the caller's node).")] under: Option<ID>,
        #[graphql(desc = "Only hazards in this state.")] state: Option<HazardState>,
        #[graphql(desc = "Only hazards past (true) or not past (false) their deadline.")]
        overdue: Option<bool>,
        #[graphql(desc = "Only hazards of this severity.")] severity: Option<HazardSeverity>,
        #[graphql(desc = "Only hazards handled at this node now.")] handled_at: Option<ID>,
        #[graphql(desc = "Only hazards of this sector code (see `sectors`).")] category: Option<
            String,
        >,
        #[graphql(desc = "Only hazards reported on or after this day (China time).")]
        reported_from: Option<NaiveDate>,
        #[graphql(desc = "Only hazards reported on or before this day (China time).")]
        reported_to: Option<NaiveDate>,
        #[graphql(desc = "Only hazards whose title or description contains this text.")]
        search: Option<String>,
        #[graphql(default, desc = "The order of the list.")] order_by: HazardOrder,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Hazard>> {
        let page = Page::parse(first, after, last, before)?;
        let app = crate::context::state(ctx)?;
        let filter = HazardFilter {
            under: ids::parse_opt(&under)?,
            state,
            overdue,
            severity,
            handled_at: ids::parse_opt(&handled_at)?,
            ..filters(category, reported_from, reported_to, search)?
        };
        let (items, total) =
            queries::list(&app.db, scope(ctx)?, filter, order_by, app.today(), page).await?;
        let items = crate::authz::visible(scope(ctx)?, items)
            .into_iter()
            .map(Hazard::from)
            .collect();
        Ok(connection(items, total))
    }
}

#[derive(Default)]
pub struct HazardsMutation;

#[Object]
impl HazardsMutation {
    /// Reports a hazard; retried with the same idempotencyKey it answers
    /// with the hazard already stored.
    async fn report_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] input: ReportHazardInput,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let new = NewHazard {
            node_id: ids::parse(&input.node_id)?,
            title: input.title,
            description: input.description,
            severity: input.severity,
            category: input.category,
            fixed_on_spot: input.fixed_on_spot,
            fix_note: input.fix_note,
            deadline: input.deadline,
            responsible_person_id: input
                .responsible_person_id
                .as_ref()
                .map(|id| {
                    ids::parse(id)
                        .map_err(|_| AppError::input("responsiblePersonId", Key::PersonNotFound))
                })
                .transpose()?,
            responsible_name: input.responsible_name,
            measures: input.measures,
            latitude: input.latitude,
            longitude: input.longitude,
            accuracy_m: input.accuracy_m,
            photo_ids: parse_photo_ids(input.photo_ids)?,
            inspection_id: input
                .inspection_id
                .as_ref()
                .map(|id| {
                    ids::parse(id)
                        .map_err(|_| AppError::input("inspectionId", Key::HazardInspectionNotFound))
                })
                .transpose()?,
            idempotency_key: input.idempotency_key,
        };
        shown(ctx, report::report(st, req, sc, new).await?)
    }

    /// 限期整改: deadline, who is responsible, what will be done.
    async fn plan_rectification(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "The rectification deadline (today to a year ahead).")]
        deadline: NaiveDate,
        #[graphql(desc = "The responsible person, from the roster.")] responsible_person_id: Option<
            ID,
        >,
        #[graphql(desc = "The responsible person's name, when not on the roster.")]
        responsible_name: Option<String>,
        #[graphql(desc = "The planned measures.")] measures: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let plan = Plan {
            deadline,
            responsible_person_id: ids::parse_opt(&responsible_person_id)?,
            responsible_name,
            measures,
        };
        shown(
            ctx,
            rectification::plan(st, req, sc, ids::parse(&id)?, plan).await?,
        )
    }

    /// Records that a reported general hazard was fixed on the spot.
    async fn fix_hazard_on_spot(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "How it was fixed.")] note: String,
        #[graphql(
            validator(max_items = 9),
            desc = "Photos of the fix (uploaded to `/api/photos` first)."
        )]
        photo_ids: Vec<ID>,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = photo_ids_required(photo_ids)?;
        shown(
            ctx,
            rectification::fix_on_spot(st, req, sc, ids::parse(&id)?, &note, &photos).await?,
        )
    }

    /// The responsible side says the fix is done, with evidence.
    async fn rectify_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "What was done.")] note: String,
        #[graphql(
            validator(max_items = 9),
            desc = "Photos of the fix (uploaded to `/api/photos` first)."
        )]
        photo_ids: Option<Vec<ID>>,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = parse_photo_ids(photo_ids)?;
        shown(
            ctx,
            rectification::rectify(st, req, sc, ids::parse(&id)?, &note, &photos).await?,
        )
    }

    /// 复查销号 by someone other than who rectified it.
    async fn verify_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "True when the fix holds; false sends it back to rectifying.")]
        passed: bool,
        #[graphql(desc = "What the check found.")] note: String,
        #[graphql(validator(max_items = 9), desc = "Photos of the check.")] photo_ids: Option<
            Vec<ID>,
        >,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let photos = parse_photo_ids(photo_ids)?;
        shown(
            ctx,
            rectification::verify(st, req, sc, ids::parse(&id)?, passed, &note, &photos).await?,
        )
    }

    /// Reopens a closed hazard.
    async fn reopen_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "Why it is reopened.")] reason: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        shown(
            ctx,
            corrections::reopen(st, req, sc, ids::parse(&id)?, &reason).await?,
        )
    }

    /// Passes the hazard one level up (group → village → township → county).
    async fn escalate_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "Why it goes up a level.")] reason: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        shown(
            ctx,
            escalation::escalate(st, req, sc, ids::parse(&id)?, &reason).await?,
        )
    }

    /// Corrects an open hazard's text, severity or category, with a reason.
    /// Closed hazards are never edited: reopen them first.
    #[allow(clippy::too_many_arguments)]
    async fn edit_hazard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The hazard.")] id: ID,
        #[graphql(desc = "The hazard's version as last read.")] version: i32,
        #[graphql(desc = "A new title.")] title: Option<String>,
        #[graphql(desc = "A new description.")] description: Option<String>,
        #[graphql(desc = "A new severity.")] severity: Option<HazardSeverity>,
        #[graphql(desc = "A new sector code.")] category: Option<String>,
        #[graphql(desc = "Why it is corrected.")] reason: String,
    ) -> GqlResult<Hazard> {
        let (st, req, sc) = all(ctx)?;
        let edit = HazardEdit {
            version,
            title,
            description,
            severity,
            category,
            reason,
        };
        shown(
            ctx,
            corrections::edit(st, req, sc, ids::parse(&id)?, edit).await?,
        )
    }
}

fn photo_ids_required(list: Vec<ID>) -> Result<Vec<Uuid>, AppError> {
    parse_photo_ids(Some(list))
}

/// The ledger's filters, checked: a sector code and a search text of at
/// most 50 characters each (blank: no filter; an unknown sector matches
/// nothing), a period whose start is not after its end.
fn filters(
    category: Option<String>,
    reported_from: Option<NaiveDate>,
    reported_to: Option<NaiveDate>,
    search: Option<String>,
) -> crate::error::AppResult<HazardFilter> {
    let reported = crate::programme::list::Period::new(reported_from, reported_to)?;
    let search = match search.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(crate::validate::text("search", text, 50)?),
    };
    let category = match category.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some(crate::validate::text("category", code, 50)?),
    };
    Ok(HazardFilter {
        reported_from: reported.from,
        reported_to: reported.to,
        category,
        search,
        ..HazardFilter::default()
    })
}
