//! One assessment (`/assessment/:id`): the header (person, post, period,
//! status, version, assessor), each item of the form as a card (points of
//! full points, from the records or by hand, the measure and the evidence
//! behind it), the total and the grade, and the steps the server allows
//! this user now: scoring an item and submitting a draft, approving a
//! submitted one, correcting an approved one as a new version.

mod header;
mod item;
mod steps;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{
    assessment_detail, Action, ApiError, Assessment, AssessmentStatus, Level, PathEntry,
};
use crate::app::Route;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, A, K};
use header::AssessmentHeader;
use item::ItemCard;
use steps::AssessmentSteps;

#[derive(Properties, PartialEq)]
pub struct AssessmentPageProps {
    pub id: String,
}

#[component]
pub fn AssessmentPage(props: &AssessmentPageProps) -> Html {
    let i18n = use_i18n();
    let fetched = use_fetch(props.id.clone(), |client, id| async move {
        assessment_detail(&client, &id).await
    });
    // The assessment after a step, until the page is read again.
    let stepped = use_state(|| None::<Rc<Assessment>>);
    let current = (*stepped)
        .clone()
        .filter(|a| a.id == props.id)
        .or(fetched.data.clone());
    let Some(a) = current else {
        return match fetched.error {
            Some(ApiError::NotFound) => html! {
                <section class="card empty-state">
                    <h1>{ i18n.t(K::NodeNotFound) }</h1>
                    <Link<Route> to={Route::Home} classes="btn btn-primary">{ i18n.t(K::BackHome) }</Link<Route>>
                </section>
            },
            Some(err) => html! { <ErrorBanner error={err} retry={fetched.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let on_step = {
        let stepped = stepped.clone();
        Callback::from(move |next: Assessment| stepped.set(Some(Rc::new(next))))
    };
    let name = a.person_name.clone().unwrap_or_default();
    let title = i18n.f(A::FormTitle, &[&name, &a.period]);
    let mut path: Vec<PathEntry> = Vec::new();
    if let Some(post) = &a.appointment {
        path = post.node.path.clone();
        path.push(PathEntry {
            id: Some(post.node.id.clone()),
            name: post.node.name.clone(),
            level: post.node.level,
        });
    }
    // The list of the level that assesses the post: its parent (the
    // township of a village officer, the village of a liaison).
    let list_node = a
        .appointment
        .as_ref()
        .and_then(|p| {
            p.node
                .path
                .iter()
                .rev()
                .find(|e| e.id.is_some() && e.level != Level::Group)
        })
        .and_then(|e| e.id.clone());
    let scoring = a.status == AssessmentStatus::Draft && a.allows(Action::ScoreAssessment);
    let items = a.items.iter().map(|item| {
        html! {
            <ItemCard key={format!("{}-{}-{}", a.id, item.key, a.total)} assessment_id={a.id.clone()}
                item={item.clone()} {scoring} on_step={on_step.clone()} />
        }
    });
    html! {
        <div class="month-page assessment-page">
            <Breadcrumb {path} current={title.clone()} />
            <AssessmentHeader assessment={a.clone()} {title} {list_node} />
            <section class="assessment-items" id="assessment-items">{ for items }</section>
            <AssessmentSteps key={format!("{}-{:?}", a.id, a.status)} assessment={a.clone()} {on_step} />
        </div>
    }
}
