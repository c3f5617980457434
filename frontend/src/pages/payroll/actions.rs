//! The steps this user may take on a payroll now, as buttons: approve,
//! mark paid (with the day and the reference), adjust (a post, an amount
//! in yuan, a reason). Which show is the server's `allowedActions`, the
//! same decision that accepts or refuses the step; a refusal shows
//! translated by its key.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::api::{
    parse_yuan, payroll_step, Action, ApiError, PayrollDetail, PayrollLineKind, PayrollStep,
};
use crate::components::{ErrorBanner, SelectField, TextField};
use crate::dates::today;
use crate::device::uuid_v4;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, P};
use crate::pages::field::TextArea;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Approve,
    MarkPaid,
    Adjust,
}

impl Step {
    fn label(self) -> P {
        match self {
            Step::Approve => P::Approve,
            Step::MarkPaid => P::MarkPaid,
            Step::Adjust => P::Adjust,
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Step::Approve => "approve",
            Step::MarkPaid => "pay",
            Step::Adjust => "adjust",
        }
    }
}

fn steps(p: &PayrollDetail) -> Vec<Step> {
    [
        (Action::ApprovePayroll, Step::Approve),
        (Action::MarkPayrollPaid, Step::MarkPaid),
        (Action::AdjustPayroll, Step::Adjust),
    ]
    .into_iter()
    .filter(|(a, _)| p.allowed_actions.contains(a))
    .map(|(_, s)| s)
    .collect()
}

#[derive(Clone, Default, PartialEq)]
struct Inputs {
    paid_on: String,
    reference: String,
    appointment: String,
    amount: String,
    reason: String,
    /// Made when the form opens: a retry of the same adjustment is one line.
    key: String,
}

#[derive(Properties, PartialEq)]
pub struct PayrollActionsProps {
    pub payroll: Rc<PayrollDetail>,
    pub on_step: Callback<PayrollDetail>,
}

#[component]
pub fn PayrollActions(props: &PayrollActionsProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| None::<Step>);
    let inputs = use_state(Inputs::default);
    let invalid = use_state(|| false);
    let submit = use_submit();
    let offered = steps(&props.payroll);
    if offered.is_empty() {
        return Html::default();
    }
    // The posts the payroll pays, once each, for the adjustment.
    let mut posts: Vec<(AttrValue, AttrValue)> = Vec::new();
    for l in props
        .payroll
        .lines
        .iter()
        .filter(|l| l.kind == PayrollLineKind::Ledger)
    {
        if let Some(a) = &l.appointment {
            if !posts.iter().any(|(id, _)| id.as_str() == a.id) {
                posts.push((a.id.clone().into(), l.person_name.clone().into()));
            }
        }
    }
    let first_post = posts
        .first()
        .map(|(id, _)| id.to_string())
        .unwrap_or_default();
    let buttons = offered.iter().map(|step| {
        let (open, inputs, invalid, step, first_post) =
            (open.clone(), inputs.clone(), invalid.clone(), *step, first_post.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            inputs.set(Inputs { paid_on: today(), appointment: first_post.clone(), key: uuid_v4(), ..Inputs::default() });
            invalid.set(false);
            open.set(Some(step));
        });
        let class = if step == Step::Adjust { "btn btn-secondary" } else { "btn btn-primary" };
        html! { <button type="button" id={format!("payroll-{}", step.slug())} {class} {onclick}>{ i18n.t(step.label()) }</button> }
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
        let cancel = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(None))
        };
        let onsubmit = {
            let (inputs, open, invalid, submit, id, on_step) = (
                inputs.clone(),
                open.clone(),
                invalid.clone(),
                submit.clone(),
                props.payroll.item.id.clone(),
                props.on_step.clone(),
            );
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let i = (*inputs).clone();
                let action = match step {
                    Step::Approve => PayrollStep::Approve,
                    Step::MarkPaid => PayrollStep::MarkPaid { paid_on: i.paid_on.clone(), reference: i.reference.trim().to_owned() },
                    Step::Adjust => match parse_yuan(&i.amount).filter(|f| *f != 0) {
                        Some(amount_fen) => PayrollStep::Adjust {
                            appointment_id: i.appointment.clone(),
                            amount_fen,
                            reason: i.reason.trim().to_owned(),
                            idempotency_key: i.key.clone(),
                        },
                        None => {
                            invalid.set(true);
                            return;
                        }
                    },
                };
                invalid.set(false);
                let (id, on_step, open) = (id.clone(), on_step.clone(), open.clone());
                let result = Rc::new(RefCell::new(None::<PayrollDetail>));
                let kept = result.clone();
                let done = Callback::from(move |()| {
                    if let Some(p) = kept.borrow_mut().take() {
                        on_step.emit(p);
                    }
                    open.set(None);
                });
                submit.run(move |client| async move {
                    let p = payroll_step(&client, &id, &action).await?;
                    *result.borrow_mut() = Some(p);
                    Ok::<(), ApiError>(())
                }, done);
            })
        };
        let amount_error = (*invalid).then(|| AttrValue::from(i18n.t(P::AmountInvalid)));
        html! {
            <form class="form inline-form" id="payroll-step" {onsubmit}>
                <h3 class="form-title">{ i18n.t(step.label()) }</h3>
                if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
                if step == Step::Approve {
                    <p class="hint">{ i18n.t(P::ApproveHint) }</p>
                }
                if step == Step::MarkPaid {
                    <TextField id="pay-on" label={i18n.t(P::PaidOn)} kind="date"
                        value={inputs.paid_on.clone()} oninput={set(|i, v| i.paid_on = v)} required=true />
                    <TextField id="pay-reference" label={i18n.t(P::Reference)} maxlength="100"
                        value={inputs.reference.clone()} oninput={set(|i, v| i.reference = v)} required=true />
                }
                if step == Step::Adjust {
                    <SelectField id="adjust-post" label={i18n.t(P::AdjustPost)} options={posts.clone()}
                        value={inputs.appointment.clone()} onchange={set(|i, v| i.appointment = v)} />
                    <TextField id="adjust-amount" label={i18n.t(P::AdjustAmount)} inputmode="decimal"
                        value={inputs.amount.clone()} oninput={set(|i, v| i.amount = v)} required=true
                        error={amount_error} />
                    <TextArea id="adjust-reason" label={i18n.t(P::AdjustReason)} value={inputs.reason.clone()}
                        oninput={set(|i, v| i.reason = v)} required=true />
                }
                <div class="form-actions">
                    <button type="button" class="btn btn-secondary" onclick={cancel}>{ i18n.t(K::Cancel) }</button>
                    <button type="submit" id="payroll-step-submit" class="btn btn-primary" disabled={submit.busy}>
                        { if submit.busy { i18n.t(K::Working) } else { i18n.t(step.label()) } }
                    </button>
                </div>
            </form>
        }
    });
    html! {
        <section class="card payroll-actions no-print">
            <h2 class="card-title">{ i18n.t(P::NextSteps) }</h2>
            <div class="card-actions">{ for buttons }</div>
            { form.unwrap_or_default() }
        </section>
    }
}
