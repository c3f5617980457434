//! The records behind a signal, one line each: what it is, whose, where
//! (a link to the place's page, or its inspections for an inspection, the
//! web app having no page of one inspection), when, and a photo's
//! thumbnail.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{IntegrityEvidence, IntegrityEvidenceKind as Kind};
use crate::app::Route;
use crate::components::AuthImage;
use crate::dates::local_datetime;
use crate::i18n::{use_i18n, I18n, I};

fn kind_label(kind: Kind) -> I {
    match kind {
        Kind::Appointment => I::EvAppointment,
        Kind::Person => I::EvPerson,
        Kind::Inspection => I::EvInspection,
        Kind::Photo => I::EvPhoto,
        Kind::PayrollLine => I::EvPayrollLine,
        Kind::Other => I::EvOther,
    }
}

/// When, as the kind of record has it: a post's span, a payroll's year,
/// an inspection's time.
fn when(i18n: &I18n, e: &IntegrityEvidence) -> Option<String> {
    match e.kind {
        Kind::Appointment => e.on.as_ref().map(|on| match &e.until {
            Some(until) => i18n.f(I::EvPostSpan, &[on, until]),
            None => i18n.f(I::EvPostDays, &[on]),
        }),
        Kind::PayrollLine => {
            e.on.as_ref()
                .map(|on| i18n.f(I::EvPayrollYear, &[&on.get(..4).unwrap_or(on)]))
        }
        _ => e.at.as_deref().map(local_datetime).or_else(|| e.on.clone()),
    }
}

#[derive(Properties, PartialEq)]
pub struct EvidenceListProps {
    pub evidence: Vec<IntegrityEvidence>,
}

#[component]
pub fn EvidenceList(props: &EvidenceListProps) -> Html {
    let i18n = use_i18n();
    let items = props.evidence.iter().map(|e| {
        let place = match &e.node {
            Some(n) => {
                let to = match e.kind {
                    Kind::Inspection | Kind::Photo => Route::Inspections { id: n.id.clone() },
                    _ => Route::Node { id: n.id.clone() },
                };
                html! { <Link<Route> {to} classes="evidence-place">{ n.name.clone() }</Link<Route>> }
            }
            None => html! { <span class="muted">{ i18n.t(I::PlaceHidden) }</span> },
        };
        let photo = (e.kind == Kind::Photo).then(|| {
            let url = format!("/api/photos/{}/thumbnail", e.id);
            let full = format!("/api/photos/{}", e.id);
            html! {
                <AuthImage url={url} full_url={Some(AttrValue::from(full))}
                    alt={i18n.t(I::EvPhoto)} class={classes!("evidence-photo")} />
            }
        });
        let at = match (e.latitude, e.longitude) {
            (Some(lat), Some(lng)) => Some(format!("{lat:.4}, {lng:.4}")),
            _ => None,
        };
        html! {
            <li class="evidence" data-kind={format!("{:?}", e.kind)} data-id={e.id.clone()}>
                <span class="chip chip-info evidence-kind">{ i18n.t(kind_label(e.kind)) }</span>
                if let Some(name) = &e.person_name { <span class="evidence-person">{ name.clone() }</span> }
                { place }
                if let Some(when) = when(&i18n, e) { <span class="evidence-when">{ when }</span> }
                if let Some(at) = at { <span class="evidence-at muted small">{ at }</span> }
                { for photo }
            </li>
        }
    });
    html! { <ul class="evidence-list">{ for items }</ul> }
}
