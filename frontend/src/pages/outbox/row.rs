//! One record in the outbox: what it is, where, when it was made, how
//! sending goes; for a refused one the reason and the three choices.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::dates::local_datetime;
use crate::i18n::{labels, use_i18n, F, L};
use crate::outbox::{store, Draft, ItemMeta, ItemState};

#[derive(Properties, PartialEq)]
pub struct OutboxRowProps {
    pub item: ItemMeta,
    /// After a change; `true` when the item should be sent now.
    pub on_change: Callback<bool>,
}

fn made_at(ms: f64) -> String {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    local_datetime(&String::from(at.to_iso_string()))
}

#[component]
pub fn OutboxRow(props: &OutboxRowProps) -> Html {
    let i18n = use_i18n();
    let confirming = use_state(|| false);
    let item = &props.item;
    let (what, summary, edit_route) = match &item.draft {
        Draft::Inspection(d) => (
            labels::inspection_kind(&i18n, d.kind).to_owned(),
            d.notes.clone(),
            Route::EditPatrol {
                key: item.id.clone(),
            },
        ),
        Draft::Hazard(d) => (
            i18n.t(F::HazardWord).to_owned(),
            d.title.clone(),
            Route::EditHazard {
                key: item.id.clone(),
            },
        ),
        Draft::Meeting(d) => (
            labels::meeting_kind(&i18n, d.kind).to_owned(),
            d.topics.clone(),
            Route::EditMeeting {
                key: item.id.clone(),
            },
        ),
        Draft::Ceremony(d) => (
            i18n.t(L::RecordCeremony).to_owned(),
            format!(
                "{} · {} · {}",
                labels::ceremony_kind(&i18n, d.kind),
                d.host_name,
                d.date
            ),
            Route::EditCeremony {
                key: item.id.clone(),
            },
        ),
        Draft::Reminder(d) => (
            i18n.t(L::RecordReminder).to_owned(),
            d.ceremony_label.clone(),
            Route::EditReminder {
                key: item.id.clone(),
            },
        ),
        Draft::Vehicle(d) => (
            i18n.t(L::RegisterVehicle).to_owned(),
            format!(
                "{} · {} · {}",
                d.plate,
                labels::vehicle_kind(&i18n, d.kind),
                d.owner_name
            ),
            Route::EditVehicle {
                key: item.id.clone(),
            },
        ),
        Draft::Persuasion(d) => (
            i18n.t(L::RecordPersuasion).to_owned(),
            format!(
                "{} · {}",
                labels::persuasion_reason(&i18n, d.reason),
                d.driver_name
            ),
            Route::EditPersuasion {
                key: item.id.clone(),
            },
        ),
        Draft::Publicity(d) => (
            i18n.t(L::RecordPublicity).to_owned(),
            format!("{} · {} · {}", d.held_on, d.topic, d.audience_count),
            Route::EditPublicity {
                key: item.id.clone(),
            },
        ),
        Draft::Warning(d) => (
            i18n.t(L::RecordWarning).to_owned(),
            format!(
                "{} · {}",
                labels::warning_topic(&i18n, d.topic),
                local_datetime(&d.given_at)
            ),
            Route::EditWarning {
                key: item.id.clone(),
            },
        ),
    };
    let resend = {
        let (meta, cb) = (item.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut meta = meta.clone();
            meta.state = ItemState::Waiting;
            meta.attempts = 0;
            meta.next_attempt_at = 0.0;
            meta.error = None;
            let cb = cb.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = store::set_meta(&meta).await;
                cb.emit(true);
            });
        })
    };
    let discard = {
        let (id, cb, confirming) = (item.id.clone(), props.on_change.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            if !*confirming {
                confirming.set(true);
                return;
            }
            let (id, cb) = (id.clone(), cb.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = store::delete(&id).await;
                cb.emit(false);
            });
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let failed = item.state == ItemState::Failed;
    let photos = item.photo_ids.len();
    html! {
        <li class={classes!("outbox-item", failed.then_some("failed"))}>
            <div class="outbox-item-head">
                <strong>{ what }</strong>
                <span class="muted">{ item.draft.node_name().to_owned() }</span>
            </div>
            if !summary.trim().is_empty() {
                <p class="outbox-item-summary">{ summary }</p>
            }
            <p class="muted small">
                { i18n.f(F::MadeAt, &[&made_at(item.created_at)]) }
                if photos > 0 { { " · " }{ i18n.f(F::PhotoCount, &[&photos]) } }
            </p>
            if failed {
                <p class="alert alert-error outbox-error" role="alert">
                    { i18n.f(F::RefusedBecause, &[&item.error.clone().unwrap_or_default()]) }
                </p>
            } else if item.attempts > 0 {
                <p class="muted small outbox-retry">
                    { i18n.f(F::RetryAt, &[&item.attempts, &made_at(item.next_attempt_at)]) }
                </p>
            } else {
                <p class="muted small">{ i18n.t(F::WaitingToSend) }</p>
            }
            if *confirming {
                <div class="alert alert-warn" role="alert">{ i18n.t(F::DiscardQuestion) }</div>
            }
            <div class="row-actions outbox-actions">
                if failed && !*confirming {
                    <Link<Route> to={edit_route} classes="btn btn-secondary btn-small">{ i18n.t(F::EditResend) }</Link<Route>>
                    <button type="button" class="btn btn-secondary btn-small" onclick={resend}>{ i18n.t(F::Resend) }</button>
                }
                if *confirming {
                    <button type="button" class="btn btn-secondary btn-small" onclick={keep}>{ i18n.t(F::Keep) }</button>
                }
                <button type="button" class="btn btn-danger-outline btn-small outbox-discard" onclick={discard}>
                    { i18n.t(if *confirming { F::DiscardConfirm } else { F::Discard }) }
                </button>
            </div>
        </li>
    }
}
