//! Who is behind: each officer's and liaison's count this month against
//! the quota, and each leader's visits, those behind first.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::csv::percent;
use crate::api::{ApiError, MonthQuota, QuotaStatus};
use crate::app::Route;
use crate::components::{ErrorBanner, Loading};
use crate::i18n::{labels, use_i18n, I18n, F, K};

/// The month's `monthQuota`, read once by the page for every card.
#[derive(Properties, PartialEq)]
pub struct QuotaCardProps {
    pub quota: Option<Rc<MonthQuota>>,
    pub error: Option<ApiError>,
    pub reload: Callback<()>,
}

/// One line of the table, from a post or a leader's visits.
struct Line {
    name: String,
    post: String,
    node_id: String,
    node_name: String,
    done: i64,
    expected: i64,
    status: QuotaStatus,
}

fn lines(i18n: &I18n, q: &MonthQuota) -> Vec<Line> {
    let mut out: Vec<Line> = q
        .posts
        .iter()
        .map(|p| Line {
            name: p.person_name.clone(),
            post: labels::appointment_role(i18n, p.role).to_owned(),
            node_id: p.node.id.clone(),
            node_name: p.node.name.clone(),
            done: p.done,
            expected: p.expected,
            status: p.status,
        })
        .chain(q.leader_visits.iter().map(|v| Line {
            name: v.name.clone(),
            post: i18n.t(F::LeaderVisits).to_owned(),
            node_id: v.node.id.clone(),
            node_name: v.node.name.clone(),
            done: v.done,
            expected: v.expected,
            status: v.status,
        }))
        .collect();
    // Behind first, the furthest behind at the top.
    out.sort_by_key(|l| (l.status == QuotaStatus::Met, l.done - l.expected));
    out
}

#[component]
pub fn QuotaCard(props: &QuotaCardProps) -> Html {
    let i18n = use_i18n();
    let body = match (&props.quota, &props.error) {
        (_, Some(err)) => {
            html! { <ErrorBanner error={err.clone()} retry={props.reload.clone()} /> }
        }
        (None, None) => html! { <Loading /> },
        (Some(q), None) if q.posts.is_empty() && q.leader_visits.is_empty() => {
            html! { <p class="empty">{ i18n.t(F::NoQuota) }</p> }
        }
        (Some(q), None) => {
            let rows = lines(&i18n, q).into_iter().map(|l| {
                let (class, key) = match l.status {
                    QuotaStatus::Met => ("chip chip-ok", F::QuotaMet),
                    QuotaStatus::Behind => ("chip chip-warn", F::QuotaBehind),
                    QuotaStatus::Missed => ("chip chip-gap", F::QuotaMissed),
                };
                html! {
                    <tr>
                        <th scope="row">{ l.name }</th>
                        <td>{ l.post }</td>
                        <td><Link<Route> to={Route::Inspections { id: l.node_id }}>{ l.node_name }</Link<Route>></td>
                        <td class="num">{ format!("{}/{}", l.done, l.expected) }</td>
                        <td><span class={class}>{ i18n.t(key) }</span></td>
                    </tr>
                }
            });
            html! {
                <>
                    <p>
                        { i18n.f(F::QuotaRate, &[&percent(q.completeness_rate)]) }
                        if q.locked { { " · " }{ i18n.t(F::MonthLocked) } }
                    </p>
                    <div class="table-scroll">
                        <table class="table quota-table" id="quota-table">
                            <thead><tr>
                                <th scope="col">{ i18n.t(K::Name) }</th>
                                <th scope="col">{ i18n.t(K::Post) }</th>
                                <th scope="col">{ i18n.t(F::ColNode) }</th>
                                <th scope="col">{ i18n.t(F::ColDoneExpected) }</th>
                                <th scope="col">{ i18n.t(F::ColQuota) }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="card quota-card">
            <h2 class="card-title">{ i18n.t(F::QuotaTitle) }</h2>
            { body }
        </section>
    }
}
