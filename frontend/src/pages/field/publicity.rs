//! 宣传教育 / a publicity session, phone first: the day, the topic, how
//! many listened, at the user's village or group. Checked here as the
//! server checks it, so a mistake is caught with no signal; saved into
//! the outbox under the key made when the form opened.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::TextArea;
use crate::components::{PhotoPick, TextField};
use crate::dates::today;
use crate::device::uuid_v4;
use crate::i18n::{use_i18n, L, R};
use crate::outbox::{use_outbox, Draft, PublicityDraft};
use crate::session::use_session;

/// The server's `MAX_COUNT` and `MAX_TITLE`.
const MAX_AUDIENCE: i64 = 10_000;
const MAX_TOPIC: usize = 200;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: PublicityDraft,
    audience: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Problem {
    BadDate,
    FutureDate,
    NoTopic,
    BadAudience,
}

/// The draft to save, or the first problem; `today` is `YYYY-MM-DD`.
fn check(f: &Form, today: &str) -> Result<PublicityDraft, Problem> {
    let d = &f.draft;
    let day = d.held_on.trim();
    let shaped = day.len() == 10 && day.as_bytes()[4] == b'-' && day.as_bytes()[7] == b'-';
    if !shaped {
        return Err(Problem::BadDate);
    }
    // `YYYY-MM-DD` compares as text.
    if day > today {
        return Err(Problem::FutureDate);
    }
    if d.topic.trim().is_empty() || d.topic.trim().chars().count() > MAX_TOPIC {
        return Err(Problem::NoTopic);
    }
    match f.audience.trim().parse::<i64>() {
        Ok(n) if (1..=MAX_AUDIENCE).contains(&n) => Ok(PublicityDraft {
            held_on: day.to_owned(),
            audience_count: n,
            ..d.clone()
        }),
        _ => Err(Problem::BadAudience),
    }
}

#[derive(Properties, PartialEq)]
pub struct PublicityFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn PublicityFormPage(props: &PublicityFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: PublicityDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    held_on: today(),
                    topic: String::new(),
                    audience_count: 0,
                    notes: String::new(),
                },
                audience: String::new(),
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let shell = use_field_form(
        props.edit.clone(),
        fresh,
        |key, draft, photos| match draft {
            Draft::Publicity(d) => Some(Form {
                key,
                audience: d.audience_count.to_string(),
                draft: d,
                photos: Rc::new(photos),
            }),
            _ => None,
        },
    );
    let problem = use_state(|| None::<Problem>);
    let (form, saving) = (&shell.form, &shell.saving);
    let (Some(me), Some(current)) = (me, (**form).clone()) else {
        return Html::default();
    };
    let set = |change: fn(&mut Form, String)| edit(form, change);
    let on_photos = edit(form, |f: &mut Form, p: Rc<Vec<PhotoPick>>| f.photos = p);
    let onsubmit = {
        let (form, problem, saving) = (form.clone(), problem.clone(), saving.clone());
        let (owner, kick) = (me.id.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            let draft = match check(&f, &today()) {
                Ok(d) => d,
                Err(p) => return problem.set(Some(p)),
            };
            problem.set(None);
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Publicity(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(match p {
                Problem::BadDate => i18n.t(R::BadDate),
                Problem::FutureDate => i18n.t(R::FutureDate),
                Problem::NoTopic => i18n.t(L::TopicRequired),
                Problem::BadAudience => i18n.t(L::BadAudience),
            })
        })
    };
    let d = &current.draft;
    html! {
        <FieldFormShell name="publicity" title={i18n.t(L::RecordPublicity)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SavePublicity)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos}>
            <TextField id="publicity-date" label={i18n.t(L::PublicityHeldOn)} kind="date"
                value={d.held_on.clone()} oninput={set(|f, v| f.draft.held_on = v)}
                error={problem_text(&[Problem::BadDate, Problem::FutureDate])} />
            <TextField id="publicity-topic" label={i18n.t(L::PublicityTopic)} value={d.topic.clone()}
                oninput={set(|f, v| f.draft.topic = v)} maxlength="200"
                placeholder={i18n.t(L::PublicityTopicPlaceholder)}
                error={problem_text(&[Problem::NoTopic])} />
            <TextField id="publicity-audience" label={i18n.t(L::AudienceCount)} kind="number"
                inputmode="numeric" value={current.audience.clone()} oninput={set(|f, v| f.audience = v)}
                error={problem_text(&[Problem::BadAudience])} />
            <TextArea id="publicity-notes" label={i18n.t(L::PublicityNotes)} value={d.notes.clone()}
                oninput={set(|f, v| f.draft.notes = v)} />
        </FieldFormShell>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(day: &str, topic: &str, audience: &str) -> Form {
        Form {
            key: "k".into(),
            draft: PublicityDraft {
                node_id: "g".into(),
                node_name: "一组".into(),
                held_on: day.into(),
                topic: topic.into(),
                audience_count: 0,
                notes: String::new(),
            },
            audience: audience.into(),
            photos: Rc::new(Vec::new()),
        }
    }

    #[test]
    fn a_session_today_with_a_topic_and_listeners_is_saved_with_its_count() {
        let saved = check(&form("2026-12-02", "冬季防火", " 35 "), "2026-12-02");
        assert_eq!(saved.map(|d| d.audience_count), Ok(35));
    }

    #[test]
    fn a_future_day_no_topic_or_no_listeners_is_refused_on_the_phone() {
        let today = "2026-12-02";
        assert_eq!(
            check(&form("2026-12-03", "冬季防火", "35"), today),
            Err(Problem::FutureDate)
        );
        assert_eq!(
            check(&form("2026-12", "冬季防火", "35"), today),
            Err(Problem::BadDate)
        );
        assert_eq!(
            check(&form(today, "  ", "35"), today),
            Err(Problem::NoTopic)
        );
        assert_eq!(
            check(&form(today, "冬季防火", "0"), today),
            Err(Problem::BadAudience)
        );
        assert_eq!(
            check(&form(today, "冬季防火", "10001"), today),
            Err(Problem::BadAudience)
        );
    }
}
