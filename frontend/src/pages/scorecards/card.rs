//! One township's card for a year (`/node/:id/scorecard`): the total and
//! whether it is locked (and its rank) up front, then each part with its
//! items. The township reads its own; the county office also scores the
//! items its `allowedActions` allow.

use yew::prelude::*;

use super::part::PartCard;
use super::year_query;
use crate::api::{node_detail, scorecard};
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::dates::local_datetime;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, G};
use crate::pages::year_picker::YearPicker;

#[derive(Properties, PartialEq)]
pub struct ScorecardPageProps {
    pub id: String,
}

#[component]
pub fn ScorecardPage(props: &ScorecardPageProps) -> Html {
    let i18n = use_i18n();
    let year = use_state(year_query::year_in_url);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let card = use_fetch((props.id.clone(), *year), |client, (id, year)| async move {
        scorecard(&client, &id, year).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let year_text = year.to_string();
    let summary = card.data.as_ref().map(|c| {
        let (state, class) = if c.locked {
            (i18n.t(G::Locked), "badge-ok")
        } else {
            (i18n.t(G::NotLocked), "badge-warn")
        };
        let rank = match c.rank {
            Some(rank) => i18n.f(G::RankOf, &[&rank]),
            None => i18n.t(G::Provisional).to_owned(),
        };
        html! {
            <>
                <dl class="facts scorecard-facts">
                    <div><dt>{ i18n.t(G::ColTotal) }</dt>
                        <dd id="card-total" class="scorecard-total">{ i18n.f(G::TotalOf, &[&c.total, &c.max_points()]) }</dd></div>
                    <div><dt>{ i18n.t(G::ColRank) }</dt><dd id="card-rank">{ rank }</dd></div>
                    <div><dt>{ i18n.t(G::ColState) }</dt>
                        <dd><span id="card-state" class={classes!("badge", class)}>{ state }</span></dd></div>
                    if let Some(at) = &c.locked_at {
                        <div><dt>{ i18n.t(G::LockedAt) }</dt><dd id="card-locked-at">{ local_datetime(at) }</dd></div>
                    }
                </dl>
                <p class="hint">{ if c.locked { i18n.t(G::LockedHint) } else { i18n.t(G::ProvisionalHint) } }</p>
            </>
        }
    });
    let parts = card.data.clone().map(|c| {
        let may_score = c.may_score();
        c.parts
            .iter()
            .map(|p| {
                html! {
                    <PartCard key={p.key.clone()} part={p.clone()} card_id={c.id.clone()}
                        {may_score} on_saved={card.reload.clone()} />
                }
            })
            .collect::<Html>()
    });
    html! {
        <div class="month-page scorecard-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card scorecard-head">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(G::CardTitle, &[&detail.name, &year_text]) }</h1>
                </div>
                <div class="roster-toolbar no-print">
                    <YearPicker year={year.clone()}
                        ids={["card-year-prev".into(), "card-year".into(), "card-year-next".into()]}
                        labels={[i18n.t(G::PrevYear).into(), i18n.t(G::Year).into(), i18n.t(G::NextYear).into()]} />
                </div>
                if let Some(err) = card.error.clone() {
                    <ErrorBanner error={err} retry={card.reload.clone()} />
                }
                if let Some(summary) = summary { { summary } } else if card.loading { <Loading /> }
            </section>
            if let Some(parts) = parts { { parts } }
        </div>
    }
}
