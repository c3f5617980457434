//! The grid below the user's node, searchable by name and filterable by
//! level, paged with "load more".

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::api::{Level, NodeListSource};
use crate::components::{input_value, NodeList, SelectField};
use crate::i18n::{labels, use_i18n, K};
use crate::session::use_session;

const LEVELS: [Level; 6] = [
    Level::Province,
    Level::City,
    Level::County,
    Level::Township,
    Level::Village,
    Level::Group,
];

#[component]
pub fn SearchPage() -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let text = use_state(String::new);
    // What the list searches for: `text` after the user pauses typing.
    let query = use_state(String::new);
    let level = use_state(|| None::<Level>);
    let debounce = use_mut_ref(|| None::<Timeout>);

    let Some(me) = me else {
        return Html::default();
    };

    let oninput = {
        let (text, query) = (text.clone(), query.clone());
        Callback::from(move |e: InputEvent| {
            let value = input_value(&e);
            text.set(value.clone());
            let query = query.clone();
            *debounce.borrow_mut() = Some(Timeout::new(300, move || query.set(value)));
        })
    };
    let onsubmit = {
        let (text, query) = (text.clone(), query.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            query.set((*text).clone());
        })
    };
    let my_depth = LEVELS.iter().position(|l| *l == me.node.level).unwrap_or(0);
    let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t(K::AllLevels)))];
    options.extend(LEVELS.iter().skip(my_depth).map(|l| {
        (
            AttrValue::from(labels::level_slug(*l)),
            AttrValue::from(labels::level(&i18n, *l, "")),
        )
    }));
    let onchange = {
        let level = level.clone();
        Callback::from(move |v: String| {
            level.set(LEVELS.iter().copied().find(|l| labels::level_slug(*l) == v))
        })
    };
    let source = NodeListSource::Search {
        search: (*query).clone(),
        under: Some(me.node.id.clone()),
        level: *level,
    };
    let current_level = level.map(labels::level_slug).unwrap_or("");

    html! {
        <>
            <div class="page-head">
                <h1>{ i18n.t(K::SearchTitle) }</h1>
                <p class="muted">{ i18n.f(K::SearchUnder, &[&me.node.name]) }</p>
            </div>
            <section class="card">
                <form class="search-bar" role="search" {onsubmit}>
                    <div class="field grow">
                        <label for="node-search">{ i18n.t(K::SearchLabel) }</label>
                        <input id="node-search" class="input" type="search" value={(*text).clone()}
                            {oninput} placeholder={i18n.t(K::SearchPlaceholder)}
                            autocomplete="off" enterkeyhint="search" />
                    </div>
                    <SelectField id="level-filter" label={i18n.t(K::LevelFilter)} {options}
                        value={current_level} {onchange} />
                </form>
                <NodeList {source} empty={K::NoSearchResults} show_parent=true />
            </section>
        </>
    }
}
