//! Links to the node's programme records beside meetings (work plans,
//! trainings, drills, … vehicles, warnings): each opens the kind's list
//! under this node, so a county, township or village desk finds them all
//! in one place.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::i18n::{use_i18n, D};
use crate::pages::desk::{DemonstrationSpec, DeskKind};
use crate::pages::records::RecordSpec;

#[derive(Properties, PartialEq)]
pub struct ProgrammeCardProps {
    pub node_id: String,
}

#[component]
pub fn ProgrammeCard(props: &ProgrammeCardProps) -> Html {
    let i18n = use_i18n();
    // The kinds, then the demonstration sites (the same list, no detail page).
    let kinds = DeskKind::ALL.into_iter().map(|k| (k.slug(), k.name()));
    let sites = std::iter::once((DemonstrationSpec::SLUG, D::Demonstrations));
    let links = kinds.chain(sites).map(|(slug, name)| {
        let route = Route::DeskList { id: props.node_id.clone(), kind: slug.to_owned() };
        html! {
            <Link<Route> to={route} classes={classes!("btn", "btn-secondary", "btn-small", format!("{slug}-link"))}>
                { i18n.t(name) }
            </Link<Route>>
        }
    });
    html! {
        <section class="card programme-card no-print" id="programme-records">
            <h2 class="card-title">{ i18n.t(D::ProgrammeRecords) }</h2>
            <p class="muted small">{ i18n.t(D::ProgrammeHint) }</p>
            <div class="card-actions programme-links">{ for links }</div>
        </section>
    }
}
