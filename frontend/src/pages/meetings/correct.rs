//! Correcting a meeting: a new version with a reason (the server keeps the
//! old one in `earlierVersions`); only what changed is sent.

use yew::prelude::*;

use crate::api::{correct_meeting, MeetingCorrection, MeetingDetail};
use crate::components::{CheckField, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, R};
use crate::pages::field::TextArea;
use crate::pages::forms::FormFrame;

#[derive(Properties, PartialEq)]
pub struct CorrectFormProps {
    pub meeting: MeetingDetail,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Form {
    reason: String,
    topics: String,
    minutes: String,
    covers: bool,
    count: String,
}

/// The correction `form` asks for: a field only when it changed; `None`
/// when there is no reason or the count is not a number.
fn correction(m: &MeetingDetail, f: &Form) -> Option<MeetingCorrection> {
    let reason = f.reason.trim();
    let count: i64 = f.count.trim().parse().ok()?;
    (!reason.is_empty()).then(|| MeetingCorrection {
        reason: reason.to_owned(),
        topics: (f.topics.trim() != m.topics).then(|| f.topics.trim().to_owned()),
        covers_grid_work: (f.covers != m.covers_grid_work).then_some(f.covers),
        attendee_count: (count != m.attendee_count).then_some(count),
        minutes: (f.minutes.trim() != m.minutes).then(|| f.minutes.trim().to_owned()),
    })
}

const FIELDS: &[&str] = &["reason", "topics", "minutes", "attendeeCount"];

#[component]
pub fn CorrectForm(props: &CorrectFormProps) -> Html {
    let i18n = use_i18n();
    let m = &props.meeting;
    let form = use_state(|| Form {
        reason: String::new(),
        topics: m.topics.clone(),
        minutes: m.minutes.clone(),
        covers: m.covers_grid_work,
        count: m.attendee_count.to_string(),
    });
    let missing = use_state(|| false);
    let submit = use_submit();
    let set = |change: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            change(&mut next, v);
            form.set(next);
        })
    };
    let on_covers = {
        let form = form.clone();
        Callback::from(move |v: bool| {
            let mut next = (*form).clone();
            next.covers = v;
            form.set(next);
        })
    };
    let onsubmit = {
        let (m, form, missing, submit, done) = (
            m.clone(),
            form.clone(),
            missing.clone(),
            submit.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |()| {
            let Some(change) = correction(&m, &form) else {
                return missing.set(true);
            };
            missing.set(false);
            let (id, version) = (m.id.clone(), m.version);
            submit.run(
                move |client| async move { correct_meeting(&client, &id, version, &change).await },
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
    let reason_error = if *missing {
        Some(AttrValue::from(i18n.t(R::ReasonRequired)))
    } else {
        field_error("reason")
    };
    html! {
        <FormFrame title={i18n.t(R::CorrectTitle)} submit={K::Save} busy={submit.busy}
            error={submit.error.clone()} fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <p class="muted small">{ i18n.t(R::CorrectHint) }</p>
            <TextField id="correct-reason" label={i18n.t(R::Reason)} value={form.reason.clone()}
                oninput={set(|f, v| f.reason = v)} required=true error={reason_error} />
            <TextArea id="correct-topics" label={i18n.t(R::Topics)} value={form.topics.clone()}
                oninput={set(|f, v| f.topics = v)} error={field_error("topics")} />
            <CheckField id="correct-covers" label={i18n.t(R::CoversGridWork)} checked={form.covers}
                onchange={on_covers} />
            <TextField id="correct-count" label={i18n.t(R::AttendeeCount)} kind="number"
                value={form.count.clone()} oninput={set(|f, v| f.count = v)}
                error={field_error("attendeeCount")} />
            <TextArea id="correct-minutes" label={i18n.t(R::Minutes)} value={form.minutes.clone()}
                oninput={set(|f, v| f.minutes = v)} error={field_error("minutes")} />
        </FormFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{MeetingKind, NodeRef};

    fn meeting() -> MeetingDetail {
        MeetingDetail {
            id: "m1".into(),
            node: NodeRef {
                id: "v1".into(),
                name: "凌云村".into(),
            },
            kind: MeetingKind::VillageSafety,
            held_on: "2026-11-28".into(),
            topics: "冬季防火".into(),
            covers_grid_work: true,
            attendee_count: 15,
            minutes: "通报".into(),
            author_name: "张三".into(),
            locked: false,
            version: 1,
            created_at: "2026-11-28T10:00:00+08:00".into(),
            updated_at: "2026-11-28T10:00:00+08:00".into(),
            allowed_actions: vec![],
            attendees: vec![],
            photos: vec![],
            documents: vec![],
            earlier_versions: vec![],
        }
    }

    fn form(reason: &str, count: &str) -> Form {
        Form {
            reason: reason.into(),
            topics: "冬季防火".into(),
            minutes: "通报".into(),
            covers: true,
            count: count.into(),
        }
    }

    #[test]
    fn only_what_changed_is_sent() {
        let change = correction(&meeting(), &form(" 按签到表 ", "16"));
        assert_eq!(
            change,
            Some(MeetingCorrection {
                reason: "按签到表".into(),
                attendee_count: Some(16),
                ..MeetingCorrection::default()
            })
        );
    }

    #[test]
    fn no_reason_or_no_number_sends_nothing() {
        assert_eq!(correction(&meeting(), &form("  ", "16")), None);
        assert_eq!(correction(&meeting(), &form("按签到表", "十六")), None);
    }
}
