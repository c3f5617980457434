//! The form's header: who is assessed in which post for which period, the
//! status and version, who assessed and approved it, the total, the grade
//! and the pass mark; a correction's reason; a replaced version's notice.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{yuan, Assessment};
use crate::app::Route;
use crate::i18n::{use_i18n, A, P};
use crate::pages::assessments::words;
use crate::pages::subsidies::words::role;

#[derive(Properties, PartialEq)]
pub struct AssessmentHeaderProps {
    pub assessment: Rc<Assessment>,
    pub title: String,
    /// The node whose list this assessment belongs to.
    pub list_node: Option<String>,
}

#[component]
pub fn AssessmentHeader(props: &AssessmentHeaderProps) -> Html {
    let i18n = use_i18n();
    let a = &props.assessment;
    let place = a
        .appointment
        .as_ref()
        .map(|p| p.node.name.clone())
        .unwrap_or_default();
    let post = format!("{} · {}", i18n.t(role(a.role)), place);
    let not_yet = || i18n.t(P::NotYet).to_owned();
    html! {
        <section class="card assessment-summary">
            <div class="card-head">
                <h1 class="card-title">{ props.title.clone() }</h1>
                if let Some(node) = props.list_node.clone() {
                    <div class="card-actions no-print">
                        <Link<Route> to={Route::Assessments { id: node }}
                            classes="btn btn-secondary btn-small assessments-link">{ i18n.t(A::BackToList) }</Link<Route>>
                    </div>
                }
            </div>
            <dl class="facts assessment-facts">
                <div><dt>{ i18n.t(A::Person) }</dt><dd id="assessment-person" class="person-name">{ a.person_name.clone().unwrap_or_default() }</dd></div>
                <div><dt>{ i18n.t(A::Post) }</dt><dd id="assessment-post">{ post }</dd></div>
                <div><dt>{ i18n.t(A::Period) }</dt><dd id="assessment-period">{ a.period.clone() }</dd></div>
                <div><dt>{ i18n.t(A::ColStatus) }</dt><dd><span id="assessment-status" class={words::status_class(a.status)}>{ words::text_or_unknown(&i18n, words::status(a.status)) }</span></dd></div>
                <div><dt>{ i18n.t(A::ColVersion) }</dt><dd id="assessment-version">{ i18n.f(A::VersionN, &[&a.version]) }</dd></div>
                <div><dt>{ i18n.t(A::Assessor) }</dt><dd id="assessment-assessor">{ a.assessor.clone().unwrap_or_else(not_yet) }</dd></div>
                <div><dt>{ i18n.t(A::ApprovedBy) }</dt><dd id="assessment-approved-by">{ a.approved_by.clone().unwrap_or_else(not_yet) }</dd></div>
            </dl>
            <dl class="facts assessment-score">
                <div><dt>{ i18n.t(A::Total) }</dt><dd id="assessment-total" class="assessment-points">{ i18n.f(A::PointsOf, &[&a.total, &a.max_total]) }</dd></div>
                <div><dt>{ i18n.t(A::Grade) }</dt><dd><span id="assessment-grade" class={words::grade_class(a.grade)}>{ words::text_or_unknown(&i18n, words::grade(a.grade)) }</span></dd></div>
                <div><dt>{ i18n.t(A::PassMark) }</dt><dd>{ i18n.f(A::PassMarkPoints, &[&a.pass_mark]) }</dd></div>
                if let Some(fen) = a.deduction_fen {
                    <div><dt>{ i18n.t(A::Deduction) }</dt><dd id="assessment-deduction" class="money">{ yuan(fen) }</dd></div>
                }
            </dl>
            if a.default_rules {
                <p class="hint">{ i18n.t(A::DefaultRulesNote) }</p>
            }
            if let Some(reason) = &a.reason {
                <p class="hint" id="assessment-reason">{ i18n.f(A::RevisedBecause, &[reason]) }</p>
            }
            if a.superseded {
                <p class="alert alert-warn" id="assessment-superseded">{ i18n.t(A::SupersededNote) }</p>
            }
        </section>
    }
}
