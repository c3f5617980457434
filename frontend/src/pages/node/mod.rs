//! A grid node: breadcrumb, summary and flags, officers or liaisons,
//! coverage and its gaps, children. Edit forms appear for editors only.

mod appointment_row;
mod appointments;
mod children;
mod coverage;
mod demonstration;
mod leader_villages;
mod programme;
mod summary;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{node_detail, Action, ApiError, Level};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, K};

use appointments::AppointmentsCard;
use children::ChildrenCard;
use coverage::CoverageCard;
use demonstration::DemonstrationAction;
use programme::ProgrammeCard;
use summary::SummaryCard;

#[derive(Properties, PartialEq)]
pub struct NodePageProps {
    pub id: String,
}

#[component]
pub fn NodePage(props: &NodePageProps) -> Html {
    let i18n = use_i18n();
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    // Bumped after an edit so the paged lists reload too.
    let refresh = use_state(|| 0u32);

    let on_change = {
        let (reload, refresh) = (node.reload.clone(), refresh.clone());
        Callback::from(move |()| {
            reload.emit(());
            refresh.set(*refresh + 1);
        })
    };

    let Some(detail) = node.data.clone() else {
        return match &node.error {
            Some(ApiError::NotFound) => html! {
                <section class="card empty-state">
                    <h1>{ i18n.t(K::NodeNotFound) }</h1>
                    <Link<Route> to={Route::Home} classes="btn btn-primary">
                        { i18n.t(K::BackHome) }
                    </Link<Route>>
                </section>
            },
            Some(err) => html! { <ErrorBanner error={err.clone()} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    // What to offer here is the server's answer for this node and user.
    let may = |a: Action| detail.allowed_actions.contains(&a);
    let (can_edit, can_add_child) = (may(Action::EditNode), may(Action::CreateChild));
    // A township appoints its leaders; a village or group its officer or liaison.
    let can_appoint = if detail.level == Level::Township {
        may(Action::AppointLeader)
    } else {
        may(Action::Appoint)
    };
    let can_manage_accounts = may(Action::CreateAccount);
    // Not offered again to the township's current site.
    let can_set_demonstration = may(Action::SetDemonstration)
        && matches!(detail.level, Level::Village | Level::Group)
        && !detail.demonstration;
    let has_appointments = detail.level.appointment_role().is_some()
        || detail.level == Level::Township
        || !detail.appointments.is_empty();

    html! {
        <div class="node-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            if let Some(err) = &node.error {
                <ErrorBanner error={err.clone()} retry={node.reload.clone()} />
            }
            <SummaryCard node={detail.clone()} {can_edit} {can_manage_accounts}
                on_change={on_change.clone()} />
            if can_set_demonstration {
                <DemonstrationAction node={detail.clone()} on_change={on_change.clone()} />
            }
            if has_appointments {
                <AppointmentsCard node={detail.clone()} can_edit={can_appoint} on_change={on_change.clone()} />
            }
            <ProgrammeCard node_id={detail.id.clone()} />
            if detail.level != Level::Group {
                <CoverageCard node={detail.clone()} refresh={*refresh} />
                <ChildrenCard node={detail.clone()} can_edit={can_add_child} refresh={*refresh}
                    on_change={on_change.clone()} />
            }
        </div>
    }
}
