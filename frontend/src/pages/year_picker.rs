//! The year picker of the year pages (the year table, the subsidy ledger):
//! previous, the year typed, next. The caller keeps the year; the labels
//! and element ids are the page's own.
use yew::prelude::*;

use crate::components::TextField;

/// The years a page may show.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

#[derive(Properties, PartialEq)]
pub struct YearPickerProps {
    pub year: UseStateHandle<i32>,
    /// Ids of the previous button, the input and the next button.
    pub ids: [AttrValue; 3],
    /// Labels of the previous button, the input and the next button.
    pub labels: [AttrValue; 3],
}

#[component]
pub fn YearPicker(props: &YearPickerProps) -> Html {
    let on_year = {
        let year = props.year.clone();
        // A number input gives "" or a partial year while being edited.
        Callback::from(move |v: String| {
            if let Ok(y) = v.parse::<i32>() {
                if YEARS.contains(&y) {
                    year.set(y)
                }
            }
        })
    };
    let step = |by: i32| {
        let year = props.year.clone();
        Callback::from(move |_: MouseEvent| {
            year.set((*year + by).clamp(*YEARS.start(), *YEARS.end()))
        })
    };
    let [prev_id, input_id, next_id] = props.ids.clone();
    let [prev, label, next] = props.labels.clone();
    html! {
        <div class="roster-filters year-pick">
            <button id={prev_id} type="button" class="btn btn-secondary btn-small"
                onclick={step(-1)}>{ prev }</button>
            <TextField id={input_id} label={label} kind="number"
                value={props.year.to_string()} oninput={on_year} />
            <button id={next_id} type="button" class="btn btn-secondary btn-small"
                onclick={step(1)}>{ next }</button>
        </div>
    }
}
