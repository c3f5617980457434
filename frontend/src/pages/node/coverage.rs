//! Coverage: how many villages have an officer and how many groups have a
//! liaison below this node, and the lists of those that do not.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{Level, NodeDetail, NodeListSource};
use crate::components::NodeList;
use crate::i18n::{use_i18n, I18n, K};

/// Gap lists up to this long start open; longer ones start folded so the
/// children below stay in reach on a phone.
const OPEN_GAPS: i64 = 10;

#[derive(Properties, PartialEq)]
pub struct CoverageCardProps {
    pub node: Rc<NodeDetail>,
    pub refresh: u32,
}

#[component]
pub fn CoverageCard(props: &CoverageCardProps) -> Html {
    let i18n = use_i18n();
    let c = &props.node.coverage;
    let id = props.node.id.clone();
    // A village's own officer is shown above; its meter would say 1/1 or 0/1.
    let show_villages = props.node.level != Level::Village && c.village_count > 0;
    let village_gaps = c.village_count - c.villages_covered;
    let group_gaps = c.group_count - c.groups_covered;

    html! {
        <section class="card">
            <h2 class="card-title">{ i18n.t(K::Coverage) }</h2>
            <div class="meters">
                if show_villages {
                    { meter(&i18n, K::VillagesCovered, c.villages_covered, c.village_count) }
                }
                { meter(&i18n, K::GroupsCovered, c.groups_covered, c.group_count) }
            </div>
            if show_villages && village_gaps > 0 {
                <details class="gaps" open={village_gaps <= OPEN_GAPS}>
                    <summary>{ i18n.f(K::VillagesWithoutOfficer, &[&village_gaps]) }</summary>
                    <NodeList source={NodeListSource::VillagesWithoutOfficer(id.clone())}
                        empty={K::NoGaps} show_parent=true refresh={props.refresh} />
                </details>
            }
            if group_gaps > 0 {
                <details class="gaps" open={group_gaps <= OPEN_GAPS || props.node.level == Level::Village}>
                    <summary>{ i18n.f(K::GroupsWithoutLiaison, &[&group_gaps]) }</summary>
                    <NodeList source={NodeListSource::GroupsWithoutLiaison(id)}
                        empty={K::NoGaps} show_parent={props.node.level != Level::Village}
                        refresh={props.refresh} />
                </details>
            }
            if village_gaps <= 0 && group_gaps <= 0 && (c.village_count > 0 || c.group_count > 0) {
                <p class="alert alert-success">{ i18n.t(K::FullyCovered) }</p>
            }
        </section>
    }
}

fn meter(i18n: &I18n, label: K, covered: i64, total: i64) -> Html {
    let percent = if total > 0 {
        covered * 100 / total
    } else {
        100
    };
    let state = if covered >= total {
        "ok"
    } else if percent >= 80 {
        "warn"
    } else {
        "bad"
    };
    html! {
        <div class={classes!("meter", format!("meter-{state}"))}>
            <div class="meter-label">
                <span>{ i18n.t(label) }</span>
                <strong>{ format!("{covered}/{total}") }</strong>
            </div>
            <div class="meter-bar" role="progressbar" aria-valuemin="0" aria-valuemax={total.to_string()}
                aria-valuenow={covered.to_string()} aria-label={i18n.t(label)}>
                <span style={format!("width:{percent}%")}></span>
            </div>
        </div>
    }
}
