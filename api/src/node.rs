//! Relay Global Object Identification: `node(id)` answers any record by
//! its id, scoped exactly as that type's own query is. Ids stay the plain
//! random UUIDs the rest of the API uses (unguessable, and the web app's
//! links keep working), so `node` looks the id up type by type with each
//! domain's scoped find; anything outside the caller's subtree, or that the
//! caller's role may not list, answers NOT_FOUND exactly like a random id.
use crate::accounts::schema::Account;
use crate::api_tokens::schema::ApiToken;
use crate::assessments::schema::Assessment;
use crate::campaigns::schema::Campaign;
use crate::context::{scope, state};
use crate::demonstrations::schema::Demonstration;
use crate::documents::Document;
use crate::error::{AppError, AppResult, GqlResult};
use crate::grid::schema::GridNode;
use crate::hazards::types::{Hazard, HazardEvent};
use crate::inspections::schema::Inspection;
use crate::integrity_signals::schema::IntegritySignal;
use crate::leaders::duty_reports::schema::DutyReport;
use crate::leaders::roster_schema::RosterSubmission;
use crate::leaders::schema::VillageAssignment;
use crate::liaison::schema::{
    ceremony::CeremonyNotice, reminder::OnSiteReminder, talk::Persuasion, vehicle::Vehicle,
    warning::SeasonalWarning,
};
use crate::payrolls::schema::Payroll;
use crate::people::schema::{Appointment, Person};
use crate::photos::schema::Photo;
use crate::programme::drills::schema::Drill;
use crate::programme::meetings::schema::Meeting;
use crate::programme::notebooks::schema::NotebookCheck;
use crate::programme::publicity::schema::PublicitySession;
use crate::programme::trainings::schema::Training;
use crate::programme::work_plans::schema::WorkPlan;
use crate::sanctions::schema::Sanction;
use crate::scope::{Permission, Scope};
use crate::scorecards::schema::Scorecard;
use crate::state::AppState;
use crate::{
    accounts, api_tokens, authz, documents, grid, hazards, ids, inspections, people, photos,
    programme,
};
use async_graphql::{Context, Interface, Object, ID};
use sea_orm::EntityTrait;
use uuid::Uuid;

/// An object with a globally unique id, refetchable with `node(id:)`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "The record's id: a random UUID."))]
pub enum Node {
    GridNode(GridNode),
    Person(Person),
    Appointment(Appointment),
    Account(Account),
    ApiToken(ApiToken),
    Inspection(Inspection),
    Hazard(Hazard),
    HazardEvent(HazardEvent),
    Photo(Photo),
    Meeting(Meeting),
    Document(Document),
    Training(Training),
    NotebookCheck(NotebookCheck),
    Drill(Drill),
    PublicitySession(PublicitySession),
    WorkPlan(WorkPlan),
    CeremonyNotice(CeremonyNotice),
    OnSiteReminder(OnSiteReminder),
    Vehicle(Vehicle),
    Persuasion(Persuasion),
    SeasonalWarning(SeasonalWarning),
    DutyReport(DutyReport),
    VillageAssignment(VillageAssignment),
    RosterSubmission(RosterSubmission),
    Demonstration(Demonstration),
    Campaign(Campaign),
    Payroll(Payroll),
    Sanction(Sanction),
    IntegritySignal(IntegritySignal),
    Scorecard(Scorecard),
    Assessment(Assessment),
}

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Any record by its id (Relay's Node interface); NOT_FOUND when it
    /// does not exist or lies outside what the caller may read.
    async fn node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Any record's id.")] id: ID,
    ) -> GqlResult<Option<Node>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(Some(find(st, sc, ids::parse(&id)?).await?))
    }

    /// One grid node; NOT_FOUND when missing or outside the caller's subtree.
    async fn grid_node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node's id.")] id: ID,
    ) -> GqlResult<GridNode> {
        let node = grid::service::find(&state(ctx)?.db, scope(ctx)?, ids::parse(&id)?).await?;
        Ok(GridNode(node))
    }
}

/// The first type whose scoped find knows the id. Each find answers
/// NOT_FOUND for an id it does not know or may not show, so trying the
/// next one reveals nothing.
async fn find(st: &AppState, sc: &Scope, id: Uuid) -> AppResult<Node> {
    let db = &st.db;
    if let Some(n) = found(grid::service::find(db, sc, id).await)? {
        return Ok(Node::GridNode(GridNode(n)));
    }
    if let Some(h) = found(hazards::queries::find(db, sc, id).await)? {
        return Ok(Node::Hazard(Hazard::from(h)));
    }
    // A hazard's step is seen exactly when its hazard is.
    if let Some(event) = entity::hazard_event::Entity::find_by_id(id).one(db).await? {
        let hazard = hazards::queries::find(db, sc, event.hazard_id).await?;
        return Ok(Node::HazardEvent(HazardEvent::of(event, hazard)));
    }
    if let Some(i) = found(inspections::read::find(db, sc, id).await)? {
        return Ok(Node::Inspection(Inspection::from(i)));
    }
    if let Some(p) = found(people::persons::find(db, sc, id).await)? {
        return Ok(Node::Person(Person(p)));
    }
    if let Some(a) = found(people::appointments::find(db, sc, id).await)? {
        return Ok(Node::Appointment(Appointment(a)));
    }
    if let Some(p) = found(photos::service::find_visible(db, sc, id).await)? {
        let proof = authz::authorize(sc, authz::Action::Read, p)?;
        return Ok(Node::Photo(Photo::from(proof)));
    }
    if let Some(m) = found(programme::find::<entity::meeting::Entity>(db, sc, id).await)? {
        return Ok(Node::Meeting(Meeting::from(m)));
    }
    if let Some(d) = found(documents::service::find(db, sc, id).await)? {
        return Ok(Node::Document(Document(d)));
    }
    if let Some(r) = found(programme::find::<entity::roster_submission::Entity>(db, sc, id).await)?
    {
        return Ok(Node::RosterSubmission(RosterSubmission::from(r)));
    }
    if let Some(t) = found(programme::find::<entity::training::Entity>(db, sc, id).await)? {
        return Ok(Node::Training(Training::from(t)));
    }
    if let Some(c) = found(programme::find::<entity::notebook_check::Entity>(db, sc, id).await)? {
        return Ok(Node::NotebookCheck(NotebookCheck::from(c)));
    }
    if let Some(d) = found(programme::find::<entity::drill::Entity>(db, sc, id).await)? {
        return Ok(Node::Drill(Drill::from(d)));
    }
    if let Some(p) = found(programme::find::<entity::publicity::Entity>(db, sc, id).await)? {
        return Ok(Node::PublicitySession(PublicitySession::from(p)));
    }
    if let Some(w) = found(programme::find::<entity::work_plan::Entity>(db, sc, id).await)? {
        return Ok(Node::WorkPlan(WorkPlan::from(w)));
    }
    if let Some(n) = liaison_node(db, sc, id).await? {
        return Ok(n);
    }
    if let Some(n) = leaders_node(db, sc, id).await? {
        return Ok(n);
    }
    if let Some(p) = found(crate::payrolls::queries::find(db, sc, id).await)? {
        return Ok(Node::Payroll(Payroll(p)));
    }
    if let Some(s) = found(crate::sanctions::record::find(db, sc, id).await)? {
        return Ok(Node::Sanction(Sanction(s)));
    }
    if let Some(s) = found(crate::integrity_signals::queries::find(db, sc, id).await)? {
        return Ok(Node::IntegritySignal(IntegritySignal(s)));
    }
    if let Some(c) = found(crate::scorecards::service::find(db, sc, id, st.today()).await)? {
        return Ok(Node::Scorecard(Scorecard(c)));
    }
    if let Some(a) = found(crate::assessments::queries::find(db, sc, id).await)? {
        return Ok(Node::Assessment(Assessment(a)));
    }
    // Accounts and tokens are listed only to those who manage accounts.
    if sc.can(Permission::ManageAccounts) {
        if let Some(a) = found(accounts::service::find(db, sc, id).await)? {
            return Ok(Node::Account(Account(a)));
        }
        if let Some(t) = found(api_tokens::service::find(db, sc, id).await)? {
            return Ok(Node::ApiToken(ApiToken(t)));
        }
    }
    Err(AppError::NotFound)
}

/// NOT_FOUND (and FORBIDDEN, which a find may answer for a record the
/// caller may not see) means "try the next type".
fn found<T>(result: AppResult<T>) -> AppResult<Option<T>> {
    match result {
        Ok(model) => Ok(Some(model)),
        Err(AppError::NotFound | AppError::Forbidden) => Ok(None),
        Err(other) => Err(other),
    }
}

/// The liaison's records (ceremony notices, reminders, vehicles, talks,
/// warnings), each by its own scoped find.
async fn liaison_node(
    db: &sea_orm::DatabaseConnection,
    sc: &Scope,
    id: Uuid,
) -> AppResult<Option<Node>> {
    use entity::{ceremony_notice, on_site_reminder, persuasion, seasonal_warning, vehicle};
    if let Some(r) = found(programme::find::<ceremony_notice::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::CeremonyNotice(r.into())));
    }
    if let Some(r) = found(programme::find::<on_site_reminder::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::OnSiteReminder(r.into())));
    }
    if let Some(r) = found(programme::find::<vehicle::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::Vehicle(r.into())));
    }
    if let Some(r) = found(programme::find::<persuasion::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::Persuasion(r.into())));
    }
    if let Some(r) = found(programme::find::<seasonal_warning::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::SeasonalWarning(r.into())));
    }
    Ok(None)
}

/// The township's records: duty reports, assigned villages, demonstration
/// sites, and the campaigns set for it.
async fn leaders_node(
    db: &sea_orm::DatabaseConnection,
    sc: &Scope,
    id: Uuid,
) -> AppResult<Option<Node>> {
    use entity::{demonstration, duty_report, village_assignment};
    if let Some(r) = found(programme::find::<duty_report::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::DutyReport(r.into())));
    }
    if let Some(r) = found(programme::find::<demonstration::Entity>(db, sc, id).await)? {
        return Ok(Some(Node::Demonstration(r.into())));
    }
    if let Some(c) = found(crate::campaigns::service::find(db, sc, id).await)? {
        return Ok(Some(Node::Campaign(Campaign(c))));
    }
    let assignment = authz::find::<village_assignment::Entity>(
        db,
        sc,
        id,
        village_assignment::Column::TownshipCode,
    )
    .await;
    if let Some(a) = found(assignment)? {
        return Ok(Some(Node::VillageAssignment(VillageAssignment(a))));
    }
    Ok(None)
}
