//! The register of the county's decisions for the year: kind, subject,
//! day, reason and who recorded it.

use yew::prelude::*;

use super::proposals::kind_text;
use crate::api::sanctions;
use crate::components::{ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, X};

#[derive(Properties, PartialEq)]
pub struct RegisterCardProps {
    pub node_id: String,
    pub year: i32,
    pub generation: u32,
}

#[component]
pub fn RegisterCard(props: &RegisterCardProps) -> Html {
    let i18n = use_i18n();
    let list = use_fetch(
        (props.node_id.clone(), props.year, props.generation),
        |client, (under, year, _)| async move { sanctions(&client, &under, year).await },
    );
    let labels = [
        i18n.t(X::ColKind),
        i18n.t(X::ColSubject),
        i18n.t(X::ColDecidedOn),
        i18n.t(X::ColReason),
        i18n.t(X::ColDecidedBy),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let body = list.data.clone().map(|items| {
        let rows = items.iter().map(|s| {
            let subject = match s.appointment.as_ref().and_then(|a| a.person.as_ref()) {
                Some(p) => format!("{} · {}", p.name, s.subject.name),
                None => s.subject.name.clone(),
            };
            html! {
                <tr key={s.id.clone()} class="sanction-row">
                    <td data-label={labels[0]}>{ i18n.t(kind_text(s.kind)) }</td>
                    <td data-label={labels[1]}>{ subject }</td>
                    <td data-label={labels[2]}>{ s.decided_on.clone() }</td>
                    <td data-label={labels[3]}>{ s.reason.clone() }</td>
                    <td data-label={labels[4]}>{ s.decided_by.clone().unwrap_or_default() }</td>
                </tr>
            }
        });
        if items.is_empty() {
            html! { <p class="empty">{ i18n.t(X::NoSanctions) }</p> }
        } else {
            html! {
                <div class="table-scroll">
                    <table class="table stack sanctions-table" id="sanctions-table">
                        <thead><tr>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        }
    });
    html! {
        <section class="card register-card">
            <h2 class="card-title">{ i18n.t(X::RegisterTitle) }</h2>
            if let Some(err) = list.error.clone() {
                <ErrorBanner error={err} retry={list.reload.clone()} />
            }
            if let Some(body) = body { { body } } else if list.loading { <Loading /> }
        </section>
    }
}
