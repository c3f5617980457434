//! One part of a card (组织领导 20, …): its points of its maximum, then
//! its items, a table on the desk and a card per item on a phone.

use yew::prelude::*;

use super::item::ItemRows;
use crate::api::ScorecardPart;
use crate::i18n::{use_i18n, G};

#[derive(Properties, PartialEq)]
pub struct PartCardProps {
    pub part: ScorecardPart,
    pub card_id: String,
    /// The card's `allowedActions` has SET_SCORECARD_ITEM and it is open.
    pub may_score: bool,
    pub on_saved: Callback<()>,
}

/// The column headings, in order; every item row labels its cells with them.
pub fn columns(i18n: &crate::i18n::I18n) -> [&'static str; 5] {
    [
        i18n.t(G::ColItem),
        i18n.t(G::ColPoints),
        i18n.t(G::ColScoring),
        i18n.t(G::ColReason),
        i18n.t(G::ColNote),
    ]
}

#[component]
pub fn PartCard(props: &PartCardProps) -> Html {
    let i18n = use_i18n();
    let p = &props.part;
    let head = columns(&i18n)
        .into_iter()
        .map(|l| html! { <th scope="col">{ l }</th> });
    let rows = p.items.iter().map(|item| {
        html! {
            <ItemRows key={item.key.clone()} item={item.clone()} card_id={props.card_id.clone()}
                may_score={props.may_score} on_saved={props.on_saved.clone()} />
        }
    });
    html! {
        <section class="card scorecard-part" data-part={p.key.clone()}>
            <div class="card-head">
                <h2 class="card-title">{ p.title.clone() }</h2>
                <span class="part-points">{ i18n.f(G::TotalOf, &[&p.points, &p.max_points]) }</span>
            </div>
            <div class="table-scroll">
                <table class="table stack scorecard-items">
                    <thead><tr>{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
