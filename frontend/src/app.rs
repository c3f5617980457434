//! Routes and the top of the component tree: language, session, router.
//! Until the session is known a splash shows; signed out, every route
//! shows the login page (and stays on its URL, so a shared link works
//! after signing in).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{records_inspections, Action, Role};
use crate::components::{Layout, Loading};
use crate::i18n::I18nProvider;
use crate::outbox::OutboxProvider;
use crate::pages::{
    AccountsPage, CeremonyFormPage, DocumentsPage, FieldHome, HazardPage, HazardReportPage,
    HazardsPage, InspectionsPage, LoginPage, MeetingFormPage, MeetingPage, MeetingsPage, MonthPage,
    NodePage, NotAllowed, NotFound, OutboxPage, PasswordPage, PatrolPage, PersuasionFormPage,
    PublicityFormPage, ReminderFormPage, RosterPage, SearchPage, TokensPage, VehicleFormPage,
    WarningFormPage, YearPage,
};
use crate::session::{use_session, AuthStatus, SessionProvider};
// Issue 8, desk programme pages.
use crate::pages::{DeskListPage, DeskRecordPage};
// Issue 8, the campaign board.
use crate::pages::CampaignsPage;
// Issue 9, subsidies and payrolls.
use crate::pages::{PayrollPage, SanctionsPage, SubsidiesPage};
// Integrity signals (诚信预警).
use crate::pages::IntegrityPage;
// Issue 9, officer assessments (考核).
use crate::pages::{AssessmentPage, AssessmentsPage};
// The township scorecard (考核表).
use crate::pages::{ScorecardPage, ScorecardsPage};

#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/node/:id")]
    Node { id: String },
    #[at("/node/:id/accounts")]
    Accounts { id: String },
    #[at("/node/:id/roster")]
    Roster { id: String },
    #[at("/node/:id/tokens")]
    Tokens { id: String },
    #[at("/node/:id/month")]
    Month { id: String },
    #[at("/node/:id/year")]
    Year { id: String },
    #[at("/node/:id/campaigns")]
    Campaigns { id: String },
    #[at("/node/:id/subsidies")]
    Subsidies { id: String },
    #[at("/node/:id/sanctions")]
    Sanctions { id: String },
    #[at("/node/:id/integrity")]
    Integrity { id: String },
    /// A county's townships ranked by their scorecards.
    #[at("/node/:id/scorecards")]
    Scorecards { id: String },
    /// A township's scorecard.
    #[at("/node/:id/scorecard")]
    Scorecard { id: String },
    #[at("/payroll/:id")]
    Payroll { id: String },
    #[at("/node/:id/assessments")]
    Assessments { id: String },
    #[at("/assessment/:id")]
    Assessment { id: String },
    #[at("/node/:id/inspections")]
    Inspections { id: String },
    #[at("/node/:id/hazards")]
    Hazards { id: String },
    #[at("/hazard/:id")]
    Hazard { id: String },
    #[at("/node/:id/meetings")]
    Meetings { id: String },
    #[at("/meeting/:id")]
    Meeting { id: String },
    #[at("/node/:id/documents")]
    Documents { id: String },
    // Issue 8, desk: the programme kinds beside meetings.
    #[at("/node/:id/records/:kind")]
    DeskList { id: String, kind: String },
    #[at("/record/:id")]
    DeskRecord { id: String },
    #[at("/field")]
    Field,
    #[at("/field/patrol")]
    RecordPatrol,
    #[at("/field/patrol/:key")]
    EditPatrol { key: String },
    #[at("/field/hazard")]
    ReportHazard,
    #[at("/field/hazard/:key")]
    EditHazard { key: String },
    #[at("/field/hazard-from/:patrol")]
    HazardFromPatrol { patrol: String },
    #[at("/field/meeting")]
    RecordMeeting,
    #[at("/field/meeting/:key")]
    EditMeeting { key: String },
    #[at("/field/ceremony")]
    RecordCeremony,
    #[at("/field/ceremony/:key")]
    EditCeremony { key: String },
    #[at("/field/reminder")]
    RecordReminder,
    #[at("/field/reminder/:key")]
    EditReminder { key: String },
    #[at("/field/vehicle")]
    RegisterVehicle,
    #[at("/field/vehicle/:key")]
    EditVehicle { key: String },
    #[at("/field/persuasion")]
    RecordPersuasion,
    #[at("/field/persuasion/:key")]
    EditPersuasion { key: String },
    #[at("/field/publicity")]
    RecordPublicity,
    #[at("/field/publicity/:key")]
    EditPublicity { key: String },
    #[at("/field/warning")]
    RecordWarning,
    #[at("/field/warning/:key")]
    EditWarning { key: String },
    #[at("/outbox")]
    Outbox,
    #[at("/search")]
    Search,
    #[at("/password")]
    Password,
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[component]
pub fn App() -> Html {
    html! {
        <I18nProvider>
            <SessionProvider>
                <OutboxProvider>
                    <BrowserRouter>
                        <Shell />
                    </BrowserRouter>
                </OutboxProvider>
            </SessionProvider>
        </I18nProvider>
    }
}

#[component]
fn Shell() -> Html {
    let Some(session) = use_session() else {
        return Html::default();
    };
    match &session.state.status {
        AuthStatus::Checking => html! { <div class="splash"><Loading /></div> },
        AuthStatus::Anonymous { expired } => html! { <LoginPage expired={*expired} /> },
        // The server opens nothing else until this step is done.
        AuthStatus::SignedIn(me) if me.has_pending_step() => html! {
            <Layout><PasswordPage /></Layout>
        },
        AuthStatus::SignedIn(me) => {
            let home = me.node.id.clone();
            // What the field forms need, as the server answered for the
            // user's own node at sign-in.
            let may = Field {
                record: records_inspections(&me.allowed_actions),
                report: me.allowed_actions.contains(&Action::ReportHazard),
                meeting: me.allowed_actions.contains(&Action::RecordVillageMeeting),
                ceremony: me.allowed_actions.contains(&Action::RecordCeremonyNotice),
                reminder: me.allowed_actions.contains(&Action::RecordOnSiteReminder),
                vehicle: me.allowed_actions.contains(&Action::RegisterVehicle),
                persuasion: me.allowed_actions.contains(&Action::RecordPersuasion),
                publicity: me.allowed_actions.contains(&Action::RecordPublicity),
                warning: me.allowed_actions.contains(&Action::RecordSeasonalWarning),
            };
            // Officers and liaisons on a phone land on the field actions.
            let field_first = matches!(me.role, Role::VillageOfficer | Role::GroupLiaison)
                && crate::device::is_narrow();
            html! {
                <Layout>
                    <Switch<Route> render={move |route| switch(route, &home, field_first, may)} />
                </Layout>
            }
        }
    }
}

/// Which field forms the user's account may open.
#[derive(Clone, Copy)]
struct Field {
    record: bool,
    report: bool,
    meeting: bool,
    ceremony: bool,
    reminder: bool,
    vehicle: bool,
    persuasion: bool,
    publicity: bool,
    warning: bool,
}

fn switch(route: Route, home: &str, field_first: bool, may: Field) -> Html {
    match route {
        Route::RecordPatrol | Route::EditPatrol { .. } if !may.record => html! { <NotAllowed /> },
        Route::ReportHazard | Route::EditHazard { .. } | Route::HazardFromPatrol { .. }
            if !may.report =>
        {
            html! { <NotAllowed /> }
        }
        Route::RecordMeeting | Route::EditMeeting { .. } if !may.meeting => {
            html! { <NotAllowed /> }
        }
        Route::RecordCeremony | Route::EditCeremony { .. } if !may.ceremony => {
            html! { <NotAllowed /> }
        }
        Route::RecordReminder | Route::EditReminder { .. } if !may.reminder => {
            html! { <NotAllowed /> }
        }
        Route::RegisterVehicle | Route::EditVehicle { .. } if !may.vehicle => {
            html! { <NotAllowed /> }
        }
        Route::RecordPersuasion | Route::EditPersuasion { .. } if !may.persuasion => {
            html! { <NotAllowed /> }
        }
        Route::RecordPublicity | Route::EditPublicity { .. } if !may.publicity => {
            html! { <NotAllowed /> }
        }
        Route::RecordWarning | Route::EditWarning { .. } if !may.warning => {
            html! { <NotAllowed /> }
        }
        Route::Home if field_first => html! { <FieldHome /> },
        Route::Home => html! { <NodePage id={home.to_owned()} /> },
        Route::Month { id } => html! { <MonthPage {id} /> },
        Route::Year { id } => html! { <YearPage {id} /> },
        Route::Campaigns { id } => html! { <CampaignsPage {id} /> },
        Route::Subsidies { id } => html! { <SubsidiesPage {id} /> },
        Route::Sanctions { id } => html! { <SanctionsPage {id} /> },
        Route::Integrity { id } => html! { <IntegrityPage {id} /> },
        Route::Scorecards { id } => html! { <ScorecardsPage {id} /> },
        Route::Scorecard { id } => html! { <ScorecardPage {id} /> },
        Route::Payroll { id } => html! { <PayrollPage {id} /> },
        Route::Assessments { id } => html! { <AssessmentsPage {id} /> },
        Route::Assessment { id } => html! { <AssessmentPage {id} /> },
        Route::Inspections { id } => html! { <InspectionsPage {id} /> },
        Route::Hazards { id } => html! { <HazardsPage {id} /> },
        Route::Hazard { id } => html! { <HazardPage {id} /> },
        Route::Field => html! { <FieldHome /> },
        Route::RecordPatrol => html! { <PatrolPage /> },
        Route::EditPatrol { key } => {
            html! { <PatrolPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::ReportHazard => html! { <HazardReportPage /> },
        Route::EditHazard { key } => {
            html! { <HazardReportPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::HazardFromPatrol { patrol } => html! { <HazardReportPage patrol={Some(patrol)} /> },
        Route::RecordMeeting => html! { <MeetingFormPage /> },
        Route::EditMeeting { key } => {
            html! { <MeetingFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RecordCeremony => html! { <CeremonyFormPage /> },
        Route::EditCeremony { key } => {
            html! { <CeremonyFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RecordReminder => html! { <ReminderFormPage /> },
        Route::EditReminder { key } => {
            html! { <ReminderFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RegisterVehicle => html! { <VehicleFormPage /> },
        Route::EditVehicle { key } => {
            html! { <VehicleFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RecordPersuasion => html! { <PersuasionFormPage /> },
        Route::EditPersuasion { key } => {
            html! { <PersuasionFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RecordPublicity => html! { <PublicityFormPage /> },
        Route::EditPublicity { key } => {
            html! { <PublicityFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::RecordWarning => html! { <WarningFormPage /> },
        Route::EditWarning { key } => {
            html! { <WarningFormPage key={key.clone()} edit={Some(key.clone())} /> }
        }
        Route::Meetings { id } => html! { <MeetingsPage {id} /> },
        Route::Meeting { id } => html! { <MeetingPage {id} /> },
        Route::Documents { id } => html! { <DocumentsPage {id} /> },
        Route::DeskList { id, kind } => html! { <DeskListPage {id} {kind} /> },
        Route::DeskRecord { id } => html! { <DeskRecordPage {id} /> },
        Route::Outbox => html! { <OutboxPage /> },
        Route::Login => html! { <Redirect<Route> to={Route::Home} /> },
        Route::Node { id } => html! { <NodePage {id} /> },
        Route::Accounts { id } => html! { <AccountsPage {id} /> },
        Route::Roster { id } => html! { <RosterPage {id} /> },
        Route::Tokens { id } => html! { <TokensPage {id} /> },
        Route::Search => html! { <SearchPage /> },
        Route::Password => html! { <PasswordPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
