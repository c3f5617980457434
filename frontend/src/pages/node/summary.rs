//! The node's name, level, codes and flags, with the flag editor.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{Action, Level, NodeDetail};
use crate::app::Route;
use crate::components::{FlagBadges, LevelBadge};
use crate::i18n::{use_i18n, A, C, F, G, I, K, P, R, X, Y};
use crate::pages::forms::EditNodeForm;

#[derive(Properties, PartialEq)]
pub struct SummaryCardProps {
    pub node: Rc<NodeDetail>,
    pub can_edit: bool,
    pub can_manage_accounts: bool,
    pub on_change: Callback<()>,
}

#[component]
pub fn SummaryCard(props: &SummaryCardProps) -> Html {
    let i18n = use_i18n();
    let editing = use_state(|| false);
    let node = &props.node;

    let toggle = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(!*editing))
    };
    let on_done = {
        let (editing, on_change) = (editing.clone(), props.on_change.clone());
        Callback::from(move |()| {
            editing.set(false);
            on_change.emit(());
        })
    };
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(false))
    };

    html! {
        <section class="card node-summary">
            <div class="node-title-row">
                <div>
                    <h1 class="node-title">{ node.name.clone() }</h1>
                    <div class="node-badges">
                        <LevelBadge level={node.level} level_name={node.level_name.clone()} />
                        <FlagBadges level={node.level} subsidy_exempt={node.subsidy_exempt}
                            demonstration={node.demonstration} />
                    </div>
                </div>
                <div class="card-actions">
                    <Link<Route> to={Route::Roster { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small roster-link">
                        { i18n.t(K::Roster) }
                    </Link<Route>>
                    <Link<Route> to={Route::Month { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small month-link">
                        { i18n.t(F::MonthLink) }
                    </Link<Route>>
                    <Link<Route> to={Route::Year { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small year-link">
                        { i18n.t(Y::YearLink) }
                    </Link<Route>>
                    <Link<Route> to={Route::Campaigns { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small campaigns-link">
                        { i18n.t(C::CampaignsLink) }
                    </Link<Route>>
                    // Every account reads the subsidy ledger of any node it
                    // sees (the scope matrix's subsidyLedger rows).
                    <Link<Route> to={Route::Subsidies { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small subsidies-link">
                        { i18n.t(P::SubsidiesLink) }
                    </Link<Route>>
                    <Link<Route> to={Route::Sanctions { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small sanctions-link">
                        { i18n.t(X::SanctionsLink) }
                    </Link<Route>>
                    // Only who reads the signals: never the officers and
                    // liaisons they are about.
                    if node.allowed_actions.contains(&Action::ListIntegritySignals) {
                        <Link<Route> to={Route::Integrity { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small integrity-link">
                            { i18n.t(I::IntegrityLink) }
                        </Link<Route>>
                    }
                    // Townships and villages assess their posts; the county
                    // (and above) reads the results.
                    if matches!(node.level, Level::County | Level::Township | Level::Village) {
                        <Link<Route> to={Route::Assessments { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small assessments-link">
                            { i18n.t(A::AssessmentsLink) }
                        </Link<Route>>
                    }
                    // The server answers the ranking for a county and the
                    // card for a township, to whoever sees the node (a
                    // township reads its own card only).
                    if node.level == Level::County {
                        <Link<Route> to={Route::Scorecards { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small scorecards-link">
                            { i18n.t(G::RankingLink) }
                        </Link<Route>>
                    }
                    if node.level == Level::Township {
                        <Link<Route> to={Route::Scorecard { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small scorecard-link">
                            { i18n.t(G::CardLink) }
                        </Link<Route>>
                    }
                    <Link<Route> to={Route::Inspections { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small inspections-link">
                        { i18n.t(F::InspectionsLink) }
                    </Link<Route>>
                    <Link<Route> to={Route::Hazards { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small hazards-link">
                        { i18n.t(F::Hazards) }
                    </Link<Route>>
                    <Link<Route> to={Route::Meetings { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small meetings-link">
                        { i18n.t(R::Meetings) }
                    </Link<Route>>
                    <Link<Route> to={Route::Documents { id: node.id.clone() }}
                        classes="btn btn-secondary btn-small documents-link">
                        { i18n.t(R::Documents) }
                    </Link<Route>>
                    if props.can_manage_accounts {
                        <Link<Route> to={Route::Accounts { id: node.id.clone() }}
                            classes="btn btn-secondary btn-small">
                            { i18n.t(K::ManageAccounts) }
                        </Link<Route>>
                    }
                    if props.can_edit && !*editing {
                        <button type="button" class="btn btn-secondary btn-small" onclick={toggle}>
                            { i18n.t(K::EditNode) }
                        </button>
                    }
                </div>
            </div>
            <dl class="facts">
                <div><dt>{ i18n.t(K::DivisionCode) }</dt><dd class="mono">{ node.division_code.clone() }</dd></div>
                <div><dt>{ i18n.t(K::GridCode) }</dt><dd class="mono">{ node.code.clone() }</dd></div>
            </dl>
            if *editing {
                <EditNodeForm node={node.clone()} {on_done} {on_cancel} />
            }
        </section>
    }
}
