//! The assessments of the period as a table (cards on a phone): the
//! person's real name linking to the form, the post, the points of the
//! full points, the grade, the status, the version and the assessor.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::words;
use crate::api::{AssessmentRow, AssessmentStatus};
use crate::app::Route;
use crate::i18n::{use_i18n, A, P};
use crate::pages::subsidies::words::role;

#[derive(Properties, PartialEq)]
pub struct AssessmentListProps {
    pub rows: Rc<Vec<AssessmentRow>>,
    /// Only this status; none for all.
    pub status: Option<AssessmentStatus>,
}

#[component]
pub fn AssessmentList(props: &AssessmentListProps) -> Html {
    let i18n = use_i18n();
    let shown: Vec<&AssessmentRow> = props
        .rows
        .iter()
        .filter(|r| props.status.is_none_or(|s| r.status == s))
        .collect();
    if shown.is_empty() {
        return html! { <p class="empty" id="assessments-empty">{ i18n.t(A::NoAssessments) }</p> };
    }
    let labels = [
        i18n.t(A::ColPerson),
        i18n.t(A::ColPost),
        i18n.t(A::ColTotal),
        i18n.t(A::ColGrade),
        i18n.t(A::ColStatus),
        i18n.t(A::ColVersion),
        i18n.t(A::ColAssessor),
    ];
    let head = labels.iter().map(|l| html! { <th scope="col">{ *l }</th> });
    let body = shown.into_iter().map(|r| {
        let name = r.person_name.clone().unwrap_or_else(|| i18n.t(P::Unknown).to_owned());
        let place = r.appointment.as_ref().map(|a| a.node.name.clone()).unwrap_or_default();
        let post = format!("{} · {}", i18n.t(role(r.role)), place);
        html! {
            <tr key={r.id.clone()} class="assessment-row" data-id={r.id.clone()}>
                <td data-label={labels[0]}>
                    <Link<Route> to={Route::Assessment { id: r.id.clone() }}
                        classes="person-name assessment-link">{ name }</Link<Route>>
                </td>
                <td data-label={labels[1]} class="assessment-post">{ post }</td>
                <td data-label={labels[2]} class="assessment-total">
                    { i18n.f(A::PointsOf, &[&r.total, &r.max_total]) }
                </td>
                <td data-label={labels[3]}>
                    <span class={words::grade_class(r.grade)}>{ words::text_or_unknown(&i18n, words::grade(r.grade)) }</span>
                </td>
                <td data-label={labels[4]}>
                    <span class={words::status_class(r.status)}>{ words::text_or_unknown(&i18n, words::status(r.status)) }</span>
                </td>
                <td data-label={labels[5]} class="assessment-version">{ i18n.f(A::VersionN, &[&r.version]) }</td>
                <td data-label={labels[6]}>{ r.assessor.clone().unwrap_or_default() }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="table stack assessments-table" id="assessments-table">
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}
