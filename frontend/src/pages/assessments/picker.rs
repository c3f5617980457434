//! The period chooser: previous, the month or year typed, next. Which of
//! the two the rules assess by decides the input; the caller keeps the
//! period.
use yew::prelude::*;

use super::period::{is_valid, step};
use crate::api::AssessmentPeriodKind;
use crate::components::TextField;
use crate::i18n::{use_i18n, A};

#[derive(Properties, PartialEq)]
pub struct PeriodPickerProps {
    pub period: UseStateHandle<String>,
    pub kind: AssessmentPeriodKind,
}

#[component]
pub fn PeriodPicker(props: &PeriodPickerProps) -> Html {
    let i18n = use_i18n();
    let kind = props.kind;
    let on_input = {
        let period = props.period.clone();
        // An input gives "" or a partial value while being edited.
        Callback::from(move |v: String| {
            if is_valid(&v, kind) {
                period.set(v)
            }
        })
    };
    let by = |n: i32| {
        let period = props.period.clone();
        Callback::from(move |_: MouseEvent| period.set(step(&period, n)))
    };
    let (input_kind, label) = match kind {
        AssessmentPeriodKind::Month => ("month", A::PeriodMonth),
        _ => ("number", A::PeriodYear),
    };
    html! {
        <div class="roster-filters year-pick period-pick">
            <button id="assessment-period-prev" type="button" class="btn btn-secondary btn-small"
                onclick={by(-1)}>{ i18n.t(A::PrevPeriod) }</button>
            <TextField id="assessment-period" label={i18n.t(label)} kind={input_kind}
                value={(*props.period).clone()} oninput={on_input} />
            <button id="assessment-period-next" type="button" class="btn btn-secondary btn-small"
                onclick={by(1)}>{ i18n.t(A::NextPeriod) }</button>
        </div>
    }
}
