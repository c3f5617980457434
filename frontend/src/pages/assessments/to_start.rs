//! The posts the node assesses that have no assessment for the period,
//! each with 开始考核 where its `allowedActions` has START_ASSESSMENT
//! (nobody is offered their own post); starting opens the new form.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::period::held_during;
use crate::api::{assessable_posts, start_assessment, Action, AppointmentRole, AssessmentRow};
use crate::app::Route;
use crate::components::{ErrorBanner, Loading};
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, A, K};

#[derive(Properties, PartialEq)]
pub struct ToStartCardProps {
    pub node_id: String,
    pub role: AppointmentRole,
    pub period: String,
    /// The period's assessments, whose posts are not listed here.
    pub assessed: Rc<Vec<AssessmentRow>>,
}

#[component]
pub fn ToStartCard(props: &ToStartCardProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let submit = use_submit();
    let posts = use_fetch(
        (props.node_id.clone(), props.role),
        |client, (under, role)| async move { assessable_posts(&client, &under, role).await },
    );
    let body = posts.data.clone().map(|posts| {
        let open: Vec<_> = posts
            .iter()
            .filter(|p| held_during(&props.period, &p.start_date, p.end_date.as_deref()))
            .filter(|p| {
                !props
                    .assessed
                    .iter()
                    .any(|a| a.appointment.as_ref().is_some_and(|post| post.id == p.id))
            })
            .collect();
        if open.is_empty() {
            return html! { <p class="empty">{ i18n.t(A::NoneToStart) }</p> };
        }
        let labels = [i18n.t(A::ColPerson), i18n.t(A::ColPost), i18n.t(K::Actions)];
        let rows = open.into_iter().map(|p| {
            let action = p.allowed_actions.contains(&Action::StartAssessment).then(|| {
                let busy = submit.busy;
                let (submit, navigator, id, period) =
                    (submit.clone(), navigator.clone(), p.id.clone(), props.period.clone());
                let onclick = Callback::from(move |_: MouseEvent| {
                    let (navigator, id, period) = (navigator.clone(), id.clone(), period.clone());
                    submit.run(
                        move |client| async move {
                            let made = start_assessment(&client, &id, &period).await?;
                            if let Some(nav) = navigator {
                                nav.push(&Route::Assessment { id: made });
                            }
                            Ok(())
                        },
                        Callback::noop(),
                    );
                });
                html! {
                    <button type="button" class="btn btn-primary btn-small assessment-start"
                        disabled={busy} {onclick}>{ i18n.t(A::Start) }</button>
                }
            });
            html! {
                <tr key={p.id.clone()} class="post-row" data-appointment={p.id.clone()}>
                    <td data-label={labels[0]} class="person-name">{ p.person.name.clone() }</td>
                    <td data-label={labels[1]}>{ p.node.name.clone() }</td>
                    <td data-label={labels[2]} class="cell-actions">
                        <div class="row-actions">{ action.unwrap_or_default() }</div>
                    </td>
                </tr>
            }
        });
        html! {
            <div class="table-scroll">
                <table class="table stack posts-table" id="posts-to-assess">
                    <thead><tr>{ for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        }
    });
    html! {
        <section class="card to-start-card">
            <h2 class="card-title">{ i18n.t(A::ToStartTitle) }</h2>
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
            if let Some(err) = posts.error.clone() {
                <ErrorBanner error={err} retry={posts.reload.clone()} />
            }
            if let Some(body) = body { { body } } else if posts.loading { <Loading /> }
        </section>
    }
}
