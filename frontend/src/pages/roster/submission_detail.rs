//! One submitted roster as the county received it: every post held that
//! day with its holder and phone, then the posts nobody held. Read when
//! opened (a township's list is long); cards on a phone.

use yew::prelude::*;

use crate::api::{roster_submission, RosterSubmission};
use crate::components::{ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::desk_labels::{word, POSTS};
use crate::i18n::{use_i18n, M};

#[derive(Properties, PartialEq)]
pub struct SubmissionDetailProps {
    pub submission: RosterSubmission,
}

#[component]
pub fn SubmissionDetailView(props: &SubmissionDetailProps) -> Html {
    let i18n = use_i18n();
    let s = &props.submission;
    let detail = use_fetch(s.id.clone(), |client, id| async move {
        roster_submission(&client, &id).await
    });
    let title = i18n.f(M::DetailTitle, &[&s.node.name, &s.submitted_on]);
    let body = match (&detail.data, &detail.error) {
        (_, Some(err)) => {
            html! { <ErrorBanner error={err.clone()} retry={detail.reload.clone()} /> }
        }
        (None, None) => html! { <Loading /> },
        (Some(d), None) => {
            let (place, post, name, phone) = (
                i18n.t(M::ColPlace),
                i18n.t(M::ColPost),
                i18n.t(M::ColName),
                i18n.t(M::ColPhone),
            );
            let entries = d.entries.iter().map(|e| {
                html! {
                    <tr class="submitted-entry">
                        <td data-label={place}>{ e.node_name.clone() }</td>
                        <td data-label={post}>{ word(&i18n, POSTS, &e.role) }</td>
                        <td data-label={name}><span class="person-name">{ e.name.clone() }</span></td>
                        <td data-label={phone} class="mono nowrap">{ e.phone.clone() }</td>
                    </tr>
                }
            });
            let missing = d.missing.iter().map(|m| {
                html! {
                    <tr class="submitted-missing">
                        <td data-label={place}>{ m.node_name.clone() }</td>
                        <td data-label={post}><span class="chip chip-gap">{ word(&i18n, POSTS, &m.role) }</span></td>
                    </tr>
                }
            });
            html! {
                <>
                    <h4 class="card-subtitle">{ i18n.f(M::EntriesTitle, &[&d.entries.len()]) }</h4>
                    <div class="table-wrap">
                        <table class="table stack submitted-entries" id="submitted-entries">
                            <thead><tr>
                                <th scope="col">{ place }</th>
                                <th scope="col">{ post }</th>
                                <th scope="col">{ name }</th>
                                <th scope="col">{ phone }</th>
                            </tr></thead>
                            <tbody>{ for entries }</tbody>
                        </table>
                    </div>
                    <h4 class="card-subtitle">{ i18n.f(M::MissingTitle, &[&d.missing.len()]) }</h4>
                    if d.missing.is_empty() {
                        <p class="muted">{ i18n.t(M::NoMissing) }</p>
                    } else {
                        <div class="table-wrap">
                            <table class="table stack submitted-missing-table" id="submitted-missing">
                                <thead><tr>
                                    <th scope="col">{ place }</th>
                                    <th scope="col">{ post }</th>
                                </tr></thead>
                                <tbody>{ for missing }</tbody>
                            </table>
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <section class="submission-detail" id="submission-detail" data-id={s.id.clone()}>
            <h3 class="form-title">{ title }</h3>
            { body }
        </section>
    }
}
