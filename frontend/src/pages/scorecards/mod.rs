//! The township scorecard (考核表, 附件1). `/node/:id/scorecards`: a
//! county's townships ranked for a year (provisional until the county
//! locks the year), with 锁定并排名 where the server allows it and 导出
//! Excel. `/node/:id/scorecard`: one township's card, each item with why
//! points were lost and, for the county office, the form to score it.

mod card;
mod item;
mod lock;
mod part;
mod ranking;
mod score_form;
pub mod words;
mod year_query;

pub use card::ScorecardPage;

use yew::prelude::*;

use crate::api::{node_detail, scorecard_ranking, Action, Ledger};
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, G};
use lock::LockButton;
use ranking::RankingTable;

use super::ledger_button::LedgerButton;
use super::year_picker::YearPicker;

#[derive(Properties, PartialEq)]
pub struct ScorecardsPageProps {
    pub id: String,
}

#[component]
pub fn ScorecardsPage(props: &ScorecardsPageProps) -> Html {
    let i18n = use_i18n();
    let year = use_state(year_query::year_in_url);
    // Bumped after the lock, so the ranking reads the published one.
    let generation = use_state(|| 0u32);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let ranking = use_fetch(
        (props.id.clone(), *year, *generation),
        |client, (id, year, _)| async move { scorecard_ranking(&client, &id, year).await },
    );
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let year_text = year.to_string();
    let locked = ranking
        .data
        .as_ref()
        .map(|rows| !rows.is_empty() && rows.iter().all(|r| r.scorecard.locked));
    // The node's decision does not know the year is locked: once it is,
    // locking again is refused, so the button is not offered.
    let may_lock =
        detail.allowed_actions.contains(&Action::LockScorecards) && locked == Some(false);
    let on_locked = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    html! {
        <div class="month-page scorecards-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(G::RankingTitle, &[&detail.name, &year_text]) }</h1>
                    if let Some(locked) = locked {
                        <span id="ranking-state" class={classes!("badge", if locked { "badge-ok" } else { "badge-warn" })}>
                            { if locked { i18n.t(G::Locked) } else { i18n.t(G::NotLocked) } }
                        </span>
                    }
                </div>
                <div class="roster-toolbar no-print">
                    <YearPicker year={year.clone()}
                        ids={["scorecard-year-prev".into(), "scorecard-year".into(), "scorecard-year-next".into()]}
                        labels={[i18n.t(G::PrevYear).into(), i18n.t(G::Year).into(), i18n.t(G::NextYear).into()]} />
                    <div class="roster-actions">
                        <LedgerButton id="scorecards-excel" ledger={Ledger::Scorecards}
                            params={vec![("nodeId", detail.id.clone()), ("year", year_text.clone())]} />
                    </div>
                </div>
                if may_lock {
                    <LockButton county_id={detail.id.clone()} year={*year} on_locked={on_locked} />
                }
                if let Some(err) = ranking.error.clone() {
                    <ErrorBanner error={err} retry={ranking.reload.clone()} />
                }
                if let Some(rows) = ranking.data.clone() {
                    <p class="hint" id="ranking-hint">
                        { if locked == Some(true) { i18n.t(G::LockedHint) } else { i18n.t(G::ProvisionalHint) } }
                    </p>
                    <RankingTable rows={rows} year={*year} />
                } else if ranking.loading {
                    <Loading />
                }
            </section>
        </div>
    }
}
