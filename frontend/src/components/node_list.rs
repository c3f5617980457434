//! A paged list of nodes (children, coverage gaps, search results) with
//! "load more". Each row links to the node page.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{ErrorBanner, FlagBadges, LevelBadge, ListFooter, Loading};
use crate::api::{node_page, ApiError, Level, NodeItem, NodeListSource};
use crate::app::Route;
use crate::i18n::{use_i18n, I18n, K};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct NodeListProps {
    pub source: NodeListSource,
    /// Shown when the list is empty.
    pub empty: K,
    /// Show the parent's name (for lists that span many villages).
    #[prop_or_default]
    pub show_parent: bool,
    /// Bump to reload from the first page.
    #[prop_or_default]
    pub refresh: u32,
}

#[derive(Clone, Default, PartialEq)]
struct Pages {
    items: Vec<NodeItem>,
    total: i64,
    end_cursor: Option<String>,
    has_next: bool,
    loaded: bool,
}

#[component]
pub fn NodeList(props: &NodeListProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let pages = use_state(Pages::default);
    let loading = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let generation = use_mut_ref(|| 0u32);

    // Fetches one page; `reset` starts the list over.
    let fetch = {
        let (pages, loading, error) = (pages.clone(), loading.clone(), error.clone());
        let source = props.source.clone();
        let generation = generation.clone();
        Callback::from(move |reset: bool| {
            let Some(session) = session.clone() else {
                return;
            };
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let base = if reset {
                Pages::default()
            } else {
                (*pages).clone()
            };
            if reset {
                pages.set(Pages::default());
            }
            loading.set(true);
            error.set(None);
            let (pages, loading, error) = (pages.clone(), loading.clone(), error.clone());
            let (source, generation) = (source.clone(), generation.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = node_page(&session.client, &source, base.end_cursor.clone()).await;
                if *generation.borrow() != mine {
                    return;
                }
                loading.set(false);
                match result {
                    Ok(page) => {
                        let mut next = base;
                        next.items.extend(page.edges.into_iter().map(|e| e.node));
                        next.total = page.total_count;
                        next.end_cursor = page.page_info.end_cursor;
                        next.has_next = page.page_info.has_next_page;
                        next.loaded = true;
                        pages.set(next);
                    }
                    Err(err) => error.set(Some(err)),
                }
            });
        })
    };
    {
        let fetch = fetch.clone();
        use_effect_with((props.source.clone(), props.refresh), move |_| {
            fetch.emit(true)
        });
    }

    let rows = pages
        .items
        .iter()
        .map(|item| row(&i18n, item, props.show_parent));
    let more = {
        let fetch = fetch.clone();
        Callback::from(move |()| fetch.emit(false))
    };
    let retry = {
        let empty = pages.items.is_empty();
        Callback::from(move |()| fetch.emit(empty))
    };

    html! {
        <div class="node-list-wrap">
            if pages.loaded && pages.items.is_empty() {
                <p class="empty">{ i18n.t(props.empty) }</p>
            }
            if !pages.items.is_empty() {
                <ul class="node-list">{ for rows }</ul>
            }
            if *loading {
                <Loading />
            }
            if let Some(err) = &*error {
                <ErrorBanner error={err.clone()} retry={retry} />
            }
            if pages.loaded && !pages.items.is_empty() {
                <ListFooter
                    shown={pages.items.len()}
                    total={pages.total}
                    can_load_more={pages.has_next && !*loading}
                    on_more={more}
                />
            }
        </div>
    }
}

fn row(i18n: &I18n, item: &NodeItem, show_parent: bool) -> Html {
    let parent = item.parent.as_ref().filter(|_| show_parent);
    html! {
        <li class="node-row" key={item.id.clone()}>
            <div class="node-row-main">
                <Link<Route> to={Route::Node { id: item.id.clone() }} classes="node-link">
                    { item.name.clone() }
                </Link<Route>>
                <div class="node-row-meta">
                    <LevelBadge level={item.level} level_name={item.level_name.clone()} />
                    <FlagBadges level={item.level} subsidy_exempt={item.subsidy_exempt}
                        demonstration={item.demonstration} />
                    if let Some(p) = parent {
                        <span class="muted">{ p.name.clone() }</span>
                    }
                </div>
            </div>
            { coverage_summary(i18n, item) }
            <span class="chevron" aria-hidden="true">{ "›" }</span>
        </li>
    }
}

/// A one-line coverage summary for a list row.
fn coverage_summary(i18n: &I18n, item: &NodeItem) -> Html {
    let Some(c) = &item.coverage else {
        return Html::default();
    };
    let chip = |ok: bool, text: String| {
        html! { <span class={classes!("chip", if ok { "chip-ok" } else { "chip-gap" })}>{ text }</span> }
    };
    let villages = chip(
        c.villages_covered >= c.village_count,
        i18n.f(K::VillagesShort, &[&c.villages_covered, &c.village_count]),
    );
    let groups = chip(
        c.groups_covered >= c.group_count,
        i18n.f(K::GroupsShort, &[&c.groups_covered, &c.group_count]),
    );
    let body = match item.level {
        Level::Group if c.group_count > 0 => {
            let ok = c.groups_covered >= c.group_count;
            chip(
                ok,
                i18n.t(if ok {
                    K::LiaisonPresent
                } else {
                    K::LiaisonMissing
                })
                .to_owned(),
            )
        }
        Level::Group => Html::default(),
        Level::Village => {
            html! { <>{ officer_chip(i18n, c.villages_covered, c.village_count) }{ groups }</> }
        }
        _ if c.village_count > 0 || c.group_count > 0 => html! { <>{ villages }{ groups }</> },
        _ => Html::default(),
    };
    html! { <div class="node-row-coverage">{ body }</div> }
}

fn officer_chip(i18n: &I18n, covered: i64, count: i64) -> Html {
    if count == 0 {
        return Html::default();
    }
    let ok = covered >= count;
    let text = i18n.t(if ok {
        K::OfficerPresent
    } else {
        K::OfficerMissing
    });
    html! { <span class={classes!("chip", if ok { "chip-ok" } else { "chip-gap" })}>{ text }</span> }
}
