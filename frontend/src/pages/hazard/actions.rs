//! The steps this user may take on a hazard now, as buttons; each opens its
//! small form. Which buttons show is the server's `allowedActions`, decided
//! by the same rule that accepts or refuses the step. Photos for a step are uploaded
//! first (online: these are desk actions), then the step is sent.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{hazard_act, upload_photo, Action, ApiError, HazardAction, HazardDetail};
use crate::components::{ErrorBanner, PhotoInput, PhotoPick, TextField};
use crate::dates::days_from_today;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, F, K};
use crate::pages::field::TextArea;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Plan,
    FixOnSpot,
    Rectify,
    Verify,
    Reopen,
    Escalate,
}

impl Step {
    fn label(self) -> F {
        match self {
            Step::Plan => F::ActPlan,
            Step::FixOnSpot => F::ActFixOnSpot,
            Step::Rectify => F::ActRectify,
            Step::Verify => F::ActVerify,
            Step::Reopen => F::ActReopen,
            Step::Escalate => F::ActEscalate,
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Step::Plan => "plan",
            Step::FixOnSpot => "fix",
            Step::Rectify => "rectify",
            Step::Verify => "verify",
            Step::Reopen => "reopen",
            Step::Escalate => "escalate",
        }
    }
}

/// The steps offered for a hazard, in a sensible order, from the actions
/// the server allows this user.
fn steps(h: &HazardDetail) -> Vec<Step> {
    let order = [
        (Action::FixOnSpot, Step::FixOnSpot),
        (Action::PlanRectification, Step::Plan),
        (Action::Rectify, Step::Rectify),
        (Action::Verify, Step::Verify),
        (Action::Reopen, Step::Reopen),
        (Action::Escalate, Step::Escalate),
    ];
    order
        .into_iter()
        .filter(|(action, _)| h.allowed_actions.contains(action))
        .map(|(_, step)| step)
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct HazardActionsProps {
    pub hazard: Rc<HazardDetail>,
    pub on_step: Callback<HazardDetail>,
}

#[derive(Clone, Default, PartialEq)]
struct Inputs {
    note: String,
    deadline: String,
    responsible: String,
    passed: bool,
    photos: Rc<Vec<PhotoPick>>,
}

#[component]
pub fn HazardActions(props: &HazardActionsProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| None::<Step>);
    let inputs = use_state(Inputs::default);
    let submit = use_submit();
    let offered = steps(&props.hazard);
    if offered.is_empty() {
        return Html::default();
    }
    let buttons = offered.iter().map(|step| {
        let (open, inputs, step) = (open.clone(), inputs.clone(), *step);
        let onclick = Callback::from(move |_: MouseEvent| {
            inputs.set(Inputs { deadline: days_from_today(14), passed: true, ..Inputs::default() });
            open.set(Some(step));
        });
        let class = if step == Step::Escalate || step == Step::Reopen { "btn btn-danger-outline" } else { "btn btn-primary" };
        html! { <button type="button" id={format!("act-{}", step.slug())} {class} {onclick}>{ i18n.t(step.label()) }</button> }
    });
    let form = (*open).map(|step| {
        let set = |change: fn(&mut Inputs, String)| {
            let inputs = inputs.clone();
            Callback::from(move |v: String| {
                let mut next = (*inputs).clone();
                change(&mut next, v);
                inputs.set(next);
            })
        };
        let on_photos = {
            let inputs = inputs.clone();
            Callback::from(move |photos: Rc<Vec<PhotoPick>>| inputs.set(Inputs { photos, ..(*inputs).clone() }))
        };
        let on_passed = |passed: bool| {
            let inputs = inputs.clone();
            Callback::from(move |_: Event| inputs.set(Inputs { passed, ..(*inputs).clone() }))
        };
        let cancel = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(None))
        };
        let onsubmit = {
            let (inputs, open, submit, id, on_step) =
                (inputs.clone(), open.clone(), submit.clone(), props.hazard.item.id.clone(), props.on_step.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let i = (*inputs).clone();
                let (id, on_step, open) = (id.clone(), on_step.clone(), open.clone());
                let result = Rc::new(std::cell::RefCell::new(None::<HazardDetail>));
                let kept = result.clone();
                let done = Callback::from(move |()| {
                    if let Some(h) = kept.borrow_mut().take() {
                        on_step.emit(h);
                    }
                    open.set(None);
                });
                submit.run(move |client| async move {
                    let mut photo_ids = Vec::new();
                    for p in i.photos.iter() {
                        photo_ids.push(match &p.id {
                            Some(id) => id.clone(),
                            None => upload_photo(&client, &p.blob, 180_000).await?,
                        });
                    }
                    let note = i.note.trim().to_owned();
                    let action = match step {
                        Step::Plan => HazardAction::Plan {
                            deadline: i.deadline.clone(),
                            responsible_name: (!i.responsible.trim().is_empty()).then(|| i.responsible.trim().to_owned()),
                            measures: note,
                        },
                        Step::FixOnSpot => HazardAction::FixOnSpot { note, photo_ids },
                        Step::Rectify => HazardAction::Rectify { note, photo_ids },
                        Step::Verify => HazardAction::Verify { passed: i.passed, note, photo_ids },
                        Step::Reopen => HazardAction::Reopen { reason: note },
                        Step::Escalate => HazardAction::Escalate { reason: note },
                    };
                    let h = hazard_act(&client, &id, &action).await?;
                    *result.borrow_mut() = Some(h);
                    Ok::<(), ApiError>(())
                }, done);
            })
        };
        let note_label = match step {
            Step::Plan => F::Measures,
            Step::Reopen | Step::Escalate => F::Reason,
            _ => F::Note,
        };
        let with_photos = matches!(step, Step::FixOnSpot | Step::Rectify | Step::Verify);
        html! {
            <form class="form inline-form" id="hazard-step" {onsubmit}>
                <h3 class="form-title">{ i18n.t(step.label()) }</h3>
                if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
                if step == Step::Plan {
                    <TextField id="step-deadline" label={i18n.t(F::Deadline)} kind="date"
                        value={inputs.deadline.clone()} oninput={set(|i, v| i.deadline = v)} required=true />
                    <TextField id="step-responsible" label={i18n.t(F::Responsible)}
                        value={inputs.responsible.clone()} oninput={set(|i, v| i.responsible = v)} />
                }
                if step == Step::Verify {
                    <fieldset class="field choice-row">
                        <legend class="field-label">{ i18n.t(F::VerifyResult) }</legend>
                        <label class="choice"><input type="radio" name="passed" id="verify-passed"
                            checked={inputs.passed} onchange={on_passed(true)} />{ i18n.t(F::VerifyPassed) }</label>
                        <label class="choice"><input type="radio" name="passed" id="verify-failed"
                            checked={!inputs.passed} onchange={on_passed(false)} />{ i18n.t(F::VerifyFailed) }</label>
                    </fieldset>
                }
                <TextArea id="step-note" label={i18n.t(note_label)} value={inputs.note.clone()}
                    oninput={set(|i, v| i.note = v)} required=true />
                if with_photos {
                    <PhotoInput id="step-photos" photos={inputs.photos.clone()} onchange={on_photos} />
                }
                <div class="form-actions">
                    <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                    <button type="submit" id="step-submit" class="btn btn-primary" disabled={submit.busy}>
                        { if submit.busy { i18n.t(K::Working) } else { i18n.t(step.label()) } }
                    </button>
                </div>
            </form>
        }
    });
    html! {
        <section class="card hazard-actions no-print">
            <h2 class="card-title">{ i18n.t(F::NextSteps) }</h2>
            <div class="card-actions">{ for buttons }</div>
            { form.unwrap_or_default() }
        </section>
    }
}
