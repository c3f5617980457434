//! The steps this user may take on the assessment now, as big buttons:
//! submit a draft (SUBMIT_ASSESSMENT), approve a submitted one from the
//! level above (APPROVE_ASSESSMENT), correct an approved one with a reason
//! (REVISE_ASSESSMENT), which opens the new draft version. Which show is
//! the server's `allowedActions`; a refusal shows translated by its key.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{assessment_step, Action, ApiError, Assessment, AssessmentStep};
use crate::app::Route;
use crate::components::ErrorBanner;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, A, K};
use crate::pages::field::TextArea;

#[derive(Properties, PartialEq)]
pub struct AssessmentStepsProps {
    pub assessment: Rc<Assessment>,
    pub on_step: Callback<Assessment>,
}

#[component]
pub fn AssessmentSteps(props: &AssessmentStepsProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let submit = use_submit();
    let revising = use_state(|| false);
    let reason = use_state(String::new);
    let missing = use_state(|| false);
    let a = &props.assessment;
    let offered: Vec<(Action, A, &str)> = [
        (Action::SubmitAssessment, A::Submit, "assessment-submit"),
        (Action::ApproveAssessment, A::Approve, "assessment-approve"),
        (Action::ReviseAssessment, A::Revise, "assessment-revise"),
    ]
    .into_iter()
    .filter(|(action, _, _)| a.allows(*action))
    .collect();
    if offered.is_empty() {
        return Html::default();
    }
    let run = {
        let (submit, on_step, id) = (submit.clone(), props.on_step.clone(), a.id.clone());
        move |step: AssessmentStep| {
            let (on_step, id, navigator) = (on_step.clone(), id.clone(), navigator.clone());
            submit.run(
                move |client| async move {
                    let after = assessment_step(&client, &id, &step).await?;
                    // A correction is a new version at its own address.
                    if after.id != id {
                        if let Some(nav) = navigator {
                            nav.push(&Route::Assessment {
                                id: after.id.clone(),
                            });
                        }
                    }
                    on_step.emit(after);
                    Ok::<(), ApiError>(())
                },
                Callback::noop(),
            );
        }
    };
    let buttons = offered.iter().map(|(action, label, id)| {
        let onclick = {
            let (run, revising, action) = (run.clone(), revising.clone(), *action);
            Callback::from(move |_: MouseEvent| match action {
                Action::ReviseAssessment => revising.set(true),
                Action::ApproveAssessment => run(AssessmentStep::Approve),
                _ => run(AssessmentStep::Submit),
            })
        };
        let class = if *action == Action::ReviseAssessment {
            "btn btn-secondary"
        } else {
            "btn btn-primary"
        };
        html! {
            <button type="button" id={*id} {class} disabled={submit.busy} {onclick}>
                { if submit.busy { i18n.t(K::Working) } else { i18n.t(*label) } }
            </button>
        }
    });
    let revise_form = (*revising).then(|| {
        let onsubmit = {
            let (run, reason, missing) = (run.clone(), reason.clone(), missing.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let why = reason.trim().to_owned();
                missing.set(why.is_empty());
                if !why.is_empty() {
                    run(AssessmentStep::Revise { reason: why });
                }
            })
        };
        let oninput = {
            let reason = reason.clone();
            Callback::from(move |v: String| reason.set(v))
        };
        let cancel = {
            let revising = revising.clone();
            Callback::from(move |_: MouseEvent| revising.set(false))
        };
        html! {
            <form class="form inline-form revise-form" {onsubmit}>
                <p class="hint">{ i18n.t(A::ReviseHint) }</p>
                <TextArea id="assessment-revise-reason" label={i18n.t(A::ReviseReason)} value={(*reason).clone()}
                    {oninput} required=true error={(*missing).then(|| AttrValue::from(i18n.t(A::ReviseReason)))} />
                <div class="form-actions">
                    <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                    <button type="submit" id="assessment-revise-submit" class="btn btn-primary" disabled={submit.busy}>
                        { i18n.t(A::ReviseConfirm) }
                    </button>
                </div>
            </form>
        }
    });
    html! {
        <section class="card assessment-steps no-print">
            <h2 class="card-title">{ i18n.t(A::StepsTitle) }</h2>
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
            <div class="step-buttons">{ for buttons }</div>
            { revise_form.unwrap_or_default() }
        </section>
    }
}
