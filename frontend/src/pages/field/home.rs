//! The landing screen of a village officer or group liaison on a phone:
//! the two field actions as big buttons, what is waiting to be sent, and
//! the way to their node's page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{records_inspections, Action};
use crate::app::Route;
use crate::i18n::{use_i18n, Text, F, L, R};
use crate::outbox::use_outbox;
use crate::session::use_session;

#[component]
pub fn FieldHome() -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let counts = use_outbox().map(|o| o.counts).unwrap_or_default();
    let Some(me) = me else {
        return Html::default();
    };
    // Offered as the server allows this account at its own node.
    let record = records_inspections(&me.allowed_actions);
    let report = me.allowed_actions.contains(&Action::ReportHazard);
    let meeting = me.allowed_actions.contains(&Action::RecordVillageMeeting);
    let may = |a: Action| me.allowed_actions.contains(&a);
    // The group liaison's own records (a village officer may keep some
    // too), each offered only when allowed.
    let liaison = [
        (
            Action::RecordCeremonyNotice,
            Route::RecordCeremony,
            "ceremony",
            "喜",
            L::RecordCeremony,
            L::RecordCeremonyHint,
        ),
        (
            Action::RecordOnSiteReminder,
            Route::RecordReminder,
            "reminder",
            "提",
            L::RecordReminder,
            L::RecordReminderHint,
        ),
        (
            Action::RegisterVehicle,
            Route::RegisterVehicle,
            "vehicle",
            "车",
            L::RegisterVehicle,
            L::RegisterVehicleHint,
        ),
        (
            Action::RecordPersuasion,
            Route::RecordPersuasion,
            "persuasion",
            "劝",
            L::RecordPersuasion,
            L::RecordPersuasionHint,
        ),
        (
            Action::RecordPublicity,
            Route::RecordPublicity,
            "publicity",
            "宣",
            L::RecordPublicity,
            L::RecordPublicityHint,
        ),
        (
            Action::RecordSeasonalWarning,
            Route::RecordWarning,
            "warning",
            "季",
            L::RecordWarning,
            L::RecordWarningHint,
        ),
    ];
    let liaison_links = liaison.into_iter().filter(|l| may(l.0)).map(|(_, to, class, icon, title, hint)| {
        html! {
            <Link<Route> {to} classes={classes!("field-action", format!("field-action-{class}"))}>
                <span class="field-action-icon" aria-hidden="true">{ icon }</span>
                <span class="field-action-text">
                    <strong>{ title.text(i18n.lang) }</strong>
                    <span>{ hint.text(i18n.lang) }</span>
                </span>
            </Link<Route>>
        }
    });
    html! {
        <div class="field-page field-home">
            <p class="field-home-where muted">{ me.node.name.clone() }</p>
            if record {
            <Link<Route> to={Route::RecordPatrol} classes="field-action field-action-patrol">
                <span class="field-action-icon" aria-hidden="true">{ "✓" }</span>
                <span class="field-action-text">
                    <strong>{ i18n.t(F::RecordPatrol) }</strong>
                    <span>{ i18n.t(F::RecordPatrolHint) }</span>
                </span>
            </Link<Route>>
            }
            if report {
            <Link<Route> to={Route::ReportHazard} classes="field-action field-action-hazard">
                <span class="field-action-icon" aria-hidden="true">{ "!" }</span>
                <span class="field-action-text">
                    <strong>{ i18n.t(F::ReportHazard) }</strong>
                    <span>{ i18n.t(F::ReportHazardHint) }</span>
                </span>
            </Link<Route>>
            }
            if meeting {
            <Link<Route> to={Route::RecordMeeting} classes="field-action field-action-meeting">
                <span class="field-action-icon" aria-hidden="true">{ "会" }</span>
                <span class="field-action-text">
                    <strong>{ i18n.t(R::RecordMeeting) }</strong>
                    <span>{ i18n.t(R::RecordMeetingHint) }</span>
                </span>
            </Link<Route>>
            }
            { for liaison_links }
            if counts.waiting + counts.failed > 0 {
                <Link<Route> to={Route::Outbox} classes="field-action field-action-outbox">
                    <span class="field-action-icon" aria-hidden="true">{ "⇡" }</span>
                    <span class="field-action-text">
                        <strong>{ i18n.f(F::WaitingN, &[&counts.waiting]) }</strong>
                        if counts.failed > 0 {
                            <span class="bad">{ i18n.f(F::FailedN, &[&counts.failed]) }</span>
                        }
                    </span>
                </Link<Route>>
            }
            <div class="field-links">
                <Link<Route> to={Route::Node { id: me.node.id.clone() }} classes="btn btn-secondary btn-big">
                    { i18n.t(F::MyNodePage) }
                </Link<Route>>
                <Link<Route> to={Route::Hazards { id: me.node.id.clone() }} classes="btn btn-secondary btn-big">
                    { i18n.t(F::Hazards) }
                </Link<Route>>
                if meeting {
                    <Link<Route> to={Route::Meetings { id: me.node.id.clone() }} classes="btn btn-secondary btn-big">
                        { i18n.t(R::Meetings) }
                    </Link<Route>>
                }
            </div>
        </div>
    }
}
