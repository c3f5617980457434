//! Correcting a desk record: a new version with a reason (the server keeps
//! the old one in `earlierVersions`). Each kind says which fields may be
//! corrected ([`CorrectSpec`]); only the fields that changed are sent.

use serde_json::json;
use yew::prelude::*;

use crate::api::{correct_desk_record, DeskCorrection, DeskRecord};
use crate::components::{CheckField, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, D, K, R};
use crate::pages::field::TextArea;
use crate::pages::forms::FormFrame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Text,
    Long,
    Int,
    Float,
    Bool,
}

impl Input {
    fn graphql_type(self) -> &'static str {
        match self {
            Input::Text | Input::Long => "String",
            Input::Int => "Int",
            Input::Float => "Float",
            Input::Bool => "Boolean",
        }
    }
}

pub struct Editable {
    /// The mutation's argument, which is also the record's field.
    pub name: &'static str,
    pub label: D,
    pub input: Input,
}

pub struct CorrectSpec {
    pub mutation: &'static str,
    pub reason_arg: &'static str,
    pub fields: &'static [Editable],
    /// The argument names whose refusals show beside their field.
    pub names: &'static [&'static str],
}

/// Why a form cannot be sent yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Reason,
    /// The field at this index is not a number.
    Number(usize),
}

/// The correction the form asks for: a field only when it changed.
pub fn correction(
    spec: &CorrectSpec,
    r: &DeskRecord,
    reason: &str,
    values: &[String],
) -> Result<DeskCorrection, Missing> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Missing::Reason);
    }
    let mut changes = Vec::new();
    for (i, (f, v)) in spec.fields.iter().zip(values).enumerate() {
        let v = v.trim();
        if v == r.text(f.name).trim() {
            continue;
        }
        let value = match f.input {
            Input::Text | Input::Long => json!(v),
            Input::Bool => json!(v == "true"),
            Input::Int => json!(v.parse::<i64>().map_err(|_| Missing::Number(i))?),
            Input::Float => json!(v.parse::<f64>().map_err(|_| Missing::Number(i))?),
        };
        changes.push((f.name, f.input.graphql_type(), value));
    }
    Ok(DeskCorrection {
        mutation: spec.mutation,
        reason_arg: spec.reason_arg,
        reason: reason.to_owned(),
        changes,
    })
}

#[derive(Properties)]
pub struct CorrectFormProps {
    pub spec: &'static CorrectSpec,
    pub record: DeskRecord,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

impl PartialEq for CorrectFormProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.spec, other.spec) && self.record == other.record
    }
}

#[component]
pub fn DeskCorrectForm(props: &CorrectFormProps) -> Html {
    let i18n = use_i18n();
    let (spec, r) = (props.spec, &props.record);
    let reason = use_state(String::new);
    let values = use_state(|| {
        spec.fields
            .iter()
            .map(|f| r.text(f.name))
            .collect::<Vec<_>>()
    });
    let missing = use_state(|| None::<Missing>);
    let submit = use_submit();
    let set = |i: usize| {
        let values = values.clone();
        Callback::from(move |v: String| {
            let mut next = (*values).clone();
            next[i] = v;
            values.set(next);
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let onsubmit = {
        let (r, reason, values, missing, submit, done) = (
            r.clone(),
            reason.clone(),
            values.clone(),
            missing.clone(),
            submit.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |()| {
            let change = match correction(spec, &r, &reason, &values) {
                Ok(change) => change,
                Err(m) => return missing.set(Some(m)),
            };
            missing.set(None);
            let (id, version) = (r.id.clone(), r.version);
            submit.run(
                move |client| async move { correct_desk_record(&client, &id, version, &change).await },
                done.clone(),
            );
        })
    };
    let field_error = |name: &str| {
        submit
            .error
            .as_ref()
            .and_then(|e| e.field_message(name, &i18n))
            .map(AttrValue::from)
    };
    let reason_error = match *missing {
        Some(Missing::Reason) => Some(AttrValue::from(i18n.t(R::ReasonRequired))),
        _ => field_error(spec.reason_arg),
    };
    let inputs = spec.fields.iter().enumerate().map(|(i, f)| {
        let id = format!("correct-{}", f.name);
        let label = i18n.t(f.label);
        let value = values[i].clone();
        let error = match *missing {
            Some(Missing::Number(n)) if n == i => Some(AttrValue::from(i18n.t(D::NotANumber))),
            _ => field_error(f.name),
        };
        match f.input {
            Input::Long => html! {
                <TextArea {id} {label} {value} oninput={set(i)} {error} />
            },
            Input::Bool => {
                let on = set(i);
                html! {
                    <CheckField {id} {label} checked={value == "true"}
                        onchange={Callback::from(move |b: bool| on.emit(b.to_string()))} />
                }
            }
            Input::Int | Input::Float => html! {
                <TextField {id} {label} kind="number" {value} oninput={set(i)} {error} />
            },
            Input::Text => html! { <TextField {id} {label} {value} oninput={set(i)} {error} /> },
        }
    });
    html! {
        <FormFrame title={i18n.t(R::CorrectTitle)} submit={K::Save} busy={submit.busy}
            error={submit.error.clone()} fields={spec.names} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <p class="muted small">{ i18n.t(R::CorrectHint) }</p>
            <TextField id="correct-reason" label={i18n.t(R::Reason)} value={(*reason).clone()}
                oninput={on_reason} required=true error={reason_error} />
            { for inputs }
        </FormFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::desk::DeskKind;

    fn record() -> DeskRecord {
        serde_json::from_value(json!({
            "__typename": "Drill", "id": "d1", "node": { "id": "v", "name": "凌云村" },
            "authorName": "张三", "locked": false, "version": 3, "createdAt": "2026-05-01T00:00:00Z",
            "allowedActions": [], "photos": [], "documents": [], "earlierVersions": [],
            "heldOn": "2026-05-01", "scenario": "防汛", "participantCount": 30, "notes": ""
        }))
        .expect("record")
    }

    #[test]
    fn only_what_changed_is_sent_with_its_type() {
        let spec = DeskKind::Drills.correction();
        let values = ["防汛".to_owned(), " 32 ".to_owned(), String::new()];
        let c = correction(spec, &record(), " 按签到表 ", &values).expect("sendable");
        assert_eq!(c.reason, "按签到表");
        assert_eq!(c.changes, vec![("participantCount", "Int", json!(32))]);
    }

    #[test]
    fn no_reason_or_no_number_sends_nothing() {
        let spec = DeskKind::Drills.correction();
        let values = ["防汛".to_owned(), "三十".to_owned(), String::new()];
        assert_eq!(
            correction(spec, &record(), " ", &values),
            Err(Missing::Reason)
        );
        assert_eq!(
            correction(spec, &record(), "改", &values),
            Err(Missing::Number(1))
        );
    }
}
