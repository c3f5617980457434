//! Small labels: a node's level and its flags.

use yew::prelude::*;

use crate::api::Level;
use crate::i18n::{labels, use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct LevelBadgeProps {
    pub level: Level,
    pub level_name: AttrValue,
}

#[component]
pub fn LevelBadge(props: &LevelBadgeProps) -> Html {
    let i18n = use_i18n();
    let class = format!(
        "badge badge-level level-{}",
        labels::level_slug(props.level)
    );
    html! { <span class={class}>{ labels::level(&i18n, props.level, &props.level_name) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct FlagBadgesProps {
    pub level: Level,
    pub subsidy_exempt: bool,
    pub demonstration: bool,
}

#[component]
pub fn FlagBadges(props: &FlagBadgesProps) -> Html {
    let i18n = use_i18n();
    let demo = match props.level {
        Level::Group => K::DemonstrationGroup,
        _ => K::DemonstrationVillage,
    };
    html! {
        <>
            if props.demonstration {
                <span class="badge badge-demo">{ i18n.t(demo) }</span>
            }
            if props.subsidy_exempt {
                <span class="badge badge-exempt">{ i18n.t(K::SubsidyExempt) }</span>
            }
        </>
    }
}
