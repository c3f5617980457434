//! Form fields: a label, the control, an optional hint and the server's
//! message for this field when it rejected the input.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The current text of the input that fired `e`.
pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub children: Html,
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { props.children.clone() }
            if let Some(hint) = &props.hint {
                <p class="field-hint">{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| cb.emit(input_value(&e)))
    };
    let described = props.error.as_ref().map(|_| format!("{}-error", props.id));
    html! {
        <Field id={props.id.clone()} label={props.label.clone()}
            hint={props.hint.clone()} error={props.error.clone()}>
            <input id={props.id.clone()} name={props.id.clone()} type={props.kind.clone()}
                class="input" value={props.value.clone()} {oninput}
                required={props.required}
                autocomplete={props.autocomplete.clone()}
                inputmode={props.inputmode.clone()}
                maxlength={props.maxlength.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described} />
        </Field>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, text) pairs; the empty value means "none".
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let options = props.options.iter().map(|(value, text)| {
        html! {
            <option value={value.clone()} selected={*value == props.value}>{ text.clone() }</option>
        }
    });
    html! {
        <Field id={props.id.clone()} label={props.label.clone()} error={props.error.clone()}>
            <select id={props.id.clone()} class="input" {onchange}>{ for options }</select>
        </Field>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="field field-check">
            <label for={props.id.clone()}>
                <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
                <span>{ props.label.clone() }</span>
            </label>
            if let Some(hint) = &props.hint {
                <p class="field-hint">{ hint.clone() }</p>
            }
        </div>
    }
}
