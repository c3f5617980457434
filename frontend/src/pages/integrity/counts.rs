//! How many signals of each kind the chosen status has under the node, as
//! chips that open the list of that kind (one request: a count per kind).

use yew::prelude::*;
use yew_router::prelude::*;

use super::filter::{FilterQuery, IntegrityFilter};
use super::sentence::kind_title;
use crate::api::integrity_counts;
use crate::app::Route;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, I};

#[derive(Properties, PartialEq)]
pub struct KindCountsProps {
    pub node_id: String,
    pub filter: IntegrityFilter,
    /// Bumped by a scan or a dismissal: the counts change with them.
    pub generation: u32,
}

#[component]
pub fn KindCounts(props: &KindCountsProps) -> Html {
    let i18n = use_i18n();
    let status = props.filter.status;
    let counts = use_fetch(
        (props.node_id.clone(), status, props.generation),
        |client, (under, status, _)| async move {
            integrity_counts(&client, &under, status.status()).await
        },
    );
    let Some(data) = counts.data.clone() else {
        return Html::default();
    };
    let chips = data.iter().map(|(kind, n)| {
        let chosen = props.filter.kind == Some(*kind);
        let query: FilterQuery = IntegrityFilter { kind: Some(*kind), status }.to_query();
        html! {
            <li>
                <Link<Route, FilterQuery> to={Route::Integrity { id: props.node_id.clone() }} query={Some(query)}
                    classes={classes!("kind-count", chosen.then_some("chosen"), (*n == 0).then_some("zero"))}>
                    <span class="kind-count-name">{ i18n.t(kind_title(*kind)) }</span>
                    <span class="kind-count-n" data-kind={kind.slug()}>{ *n }</span>
                </Link<Route, FilterQuery>>
            </li>
        }
    });
    html! {
        <div class="kind-counts" aria-label={i18n.t(I::CountsLabel)}>
            <ul>{ for chips }</ul>
        </div>
    }
}
