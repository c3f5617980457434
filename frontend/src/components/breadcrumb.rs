//! The path from the top of the grid to the current node. Ancestors above
//! the user's scope come without an id and show as plain text.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::PathEntry;
use crate::app::Route;
use crate::i18n::{use_i18n, K};

#[derive(Properties, PartialEq)]
pub struct BreadcrumbProps {
    pub path: Vec<PathEntry>,
    pub current: AttrValue,
}

#[component]
pub fn Breadcrumb(props: &BreadcrumbProps) -> Html {
    let i18n = use_i18n();
    let crumbs = props.path.iter().map(|entry| match &entry.id {
        Some(id) => html! {
            <li>
                <Link<Route> to={Route::Node { id: id.clone() }} classes="node-link crumb">
                    { entry.name.clone() }
                </Link<Route>>
            </li>
        },
        None => html! { <li><span class="crumb-text">{ entry.name.clone() }</span></li> },
    });
    html! {
        <nav class="breadcrumb" aria-label={i18n.t(K::BreadcrumbLabel)}>
            <ol>
                { for crumbs }
                <li aria-current="page"><span class="crumb-current">{ props.current.clone() }</span></li>
            </ol>
        </nav>
    }
}
