//! One signal as a table row (a card on a phone): its kind and sentence,
//! the place, when it was found, the records behind it, and either the
//! dismissal (who, when, why) or the form to dismiss it where allowed.

use yew::prelude::*;
use yew_router::prelude::*;

use super::dismiss::DismissForm;
use super::evidence::EvidenceList;
use super::sentence::{kind_title, sentence};
use crate::api::{IntegritySignal, IntegritySignalStatus};
use crate::app::Route;
use crate::dates::local_datetime;
use crate::i18n::{use_i18n, I};

#[derive(Properties, PartialEq)]
pub struct SignalRowProps {
    pub signal: IntegritySignal,
    pub on_dismissed: Callback<()>,
}

#[component]
pub fn SignalRow(props: &SignalRowProps) -> Html {
    let i18n = use_i18n();
    let s = &props.signal;
    let labels = [
        i18n.t(I::ColSignal),
        i18n.t(I::ColPlace),
        i18n.t(I::ColDetected),
        i18n.t(I::ColEvidence),
        i18n.t(I::ColStatus),
    ];
    let review = if s.status == IntegritySignalStatus::Dismissed {
        let by = s.dismissed_by.clone().unwrap_or_default();
        let at = s
            .dismissed_at
            .as_deref()
            .map(local_datetime)
            .unwrap_or_default();
        html! {
            <div class="dismissal">
                <span class="badge badge-ok signal-status">{ i18n.t(I::StatusDismissed) }</span>
                <p class="dismissed-by small">{ i18n.f(I::DismissedByOn, &[&by, &at]) }</p>
                <p class="dismiss-reason">{ i18n.f(I::Reason, &[&s.dismiss_reason.clone().unwrap_or_default()]) }</p>
            </div>
        }
    } else {
        html! {
            <div class="review">
                <span class="badge badge-warn signal-status">{ i18n.t(I::StatusOpen) }</span>
                if s.dismissable() {
                    <DismissForm signal_id={s.id.clone()} on_dismissed={props.on_dismissed.clone()} />
                }
            </div>
        }
    };
    html! {
        <tr class="signal-row" data-id={s.id.clone()} data-kind={s.kind.slug()}
            data-status={s.status.slug()}>
            <td data-label={labels[0]} class="signal-what">
                <strong class="signal-kind">{ i18n.t(kind_title(s.kind)) }</strong>
                <span class="signal-sentence">{ sentence(&i18n, s.kind, &s.summary) }</span>
            </td>
            <td data-label={labels[1]} class="signal-place">
                <Link<Route> to={Route::Node { id: s.node.id.clone() }}>{ s.node.name.clone() }</Link<Route>>
            </td>
            <td data-label={labels[2]} class="signal-detected nowrap">{ local_datetime(&s.detected_at) }</td>
            <td data-label={labels[3]} class="signal-evidence"><EvidenceList evidence={s.evidence.clone()} /></td>
            <td data-label={labels[4]} class="signal-review">{ review }</td>
        </tr>
    }
}
