//! The county's townships ranked for a year: rank, township (opening its
//! card), total, each part's points and whether the card is locked; then
//! the average of each column (a sum of scores would mean nothing). A
//! table on the desk, a card per township on a phone.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::words::{average, points_of};
use super::year_query::YearQuery;
use crate::api::ScorecardRank;
use crate::app::Route;
use crate::i18n::{use_i18n, G};

#[derive(Properties, PartialEq)]
pub struct RankingTableProps {
    pub rows: Rc<Vec<ScorecardRank>>,
    pub year: i32,
}

#[component]
pub fn RankingTable(props: &RankingTableProps) -> Html {
    let i18n = use_i18n();
    let rows = &props.rows;
    let Some(first) = rows.first() else {
        return html! { <p class="empty">{ i18n.t(G::NoTownships) }</p> };
    };
    // Every card of a county and year follows one template.
    let parts: Vec<String> = first
        .parts
        .iter()
        .map(|p| i18n.f(G::PartHead, &[&p.title, &p.max_points]))
        .collect();
    let (rank_l, town_l, total_l, state_l) = (
        i18n.t(G::ColRank),
        i18n.t(G::ColTownship),
        i18n.t(G::ColTotal),
        i18n.t(G::ColState),
    );
    let max_total: i32 = first.parts.iter().map(|p| p.max_points).sum();
    let body = rows.iter().map(|r| {
        let locked = r.scorecard.locked;
        let cells = r.parts.iter().zip(&parts).map(|(p, label)| html! {
            <td data-label={label.clone()} class="num part-points" data-part={p.key.clone()}>
                { points_of(&i18n, p.points, p.max_points) }
            </td>
        });
        html! {
            <tr key={r.township.id.clone()} class="ranking-row" data-township={r.township.id.clone()}>
                <td data-label={rank_l} class="num ranking-rank">
                    <span class="rank-number">{ r.rank }</span>
                    if !locked { <span class="badge badge-warn rank-provisional">{ i18n.t(G::Provisional) }</span> }
                </td>
                <td data-label={town_l} class="ranking-township">
                    <Link<Route, YearQuery> to={Route::Scorecard { id: r.township.id.clone() }}
                        query={Some(YearQuery { year: props.year })} classes="scorecard-link">
                        { r.township.name.clone() }
                    </Link<Route, YearQuery>>
                </td>
                <td data-label={total_l} class="num ranking-total">{ r.total }</td>
                { for cells }
                <td data-label={state_l} class="ranking-state">
                    <span class={classes!("badge", if locked { "badge-ok" } else { "badge-warn" })}>
                        { if locked { i18n.t(G::Locked) } else { i18n.t(G::NotLocked) } }
                    </span>
                </td>
            </tr>
        }
    });
    let head = parts
        .iter()
        .map(|l| html! { <th scope="col" class="num">{ l.clone() }</th> });
    // One township has nothing to average against.
    let averages = (rows.len() > 1).then(|| {
        let totals: Vec<i32> = rows.iter().map(|r| r.total).collect();
        let cells = (0..parts.len()).map(|i| {
            let points: Vec<i32> = rows
                .iter()
                .filter_map(|r| r.parts.get(i))
                .map(|p| p.points)
                .collect();
            html! { <td data-label={parts[i].clone()} class="num">{ average(&points) }</td> }
        });
        html! {
            <tfoot>
                <tr class="row-total" id="ranking-average">
                    <th scope="row" colspan="2">{ i18n.t(G::Average) }</th>
                    <td data-label={total_l} class="num">{ average(&totals) }</td>
                    { for cells }
                    <td class="cell-blank"></td>
                </tr>
            </tfoot>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="table stack ranking-table" id="ranking-table">
                <thead>
                    <tr>
                        <th scope="col" class="num">{ rank_l }</th>
                        <th scope="col">{ town_l }</th>
                        <th scope="col" class="num">{ i18n.f(G::PartHead, &[&total_l, &max_total]) }</th>
                        { for head }
                        <th scope="col">{ state_l }</th>
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
                { for averages }
            </table>
        </div>
    }
}
