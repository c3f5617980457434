//! 季节性提醒 / a seasonal warning, phone first: what it warned of (firewood
//! and straw, unsafe swimming, wild mushrooms, wasp nests, road traffic,
//! fire), when, and how many households it reached. Checked here as the
//! server checks it; saved into the outbox under the key made when the
//! form opened.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::{from_wire, is_future, options, rfc3339_to_local_input, wire, TextArea};
use crate::api::WarningTopic;
use crate::components::{PhotoPick, SelectField, TextField};
use crate::dates::{local_input_to_rfc3339, now_local_input};
use crate::device::uuid_v4;
use crate::i18n::{labels, use_i18n, F, L};
use crate::outbox::{use_outbox, Draft, WarningDraft};
use crate::session::use_session;

/// The server's `warnings::MAX_HOUSEHOLDS`.
const MAX_HOUSEHOLDS: i64 = 2000;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: WarningDraft,
    /// The `datetime-local` value.
    at: String,
    households: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Problem {
    BadTime,
    FutureTime,
    BadHouseholds,
}

/// The households, or the problem with them (0 is a warning given over
/// the loudspeaker, reaching no one door to door).
fn households(text: &str) -> Result<i64, Problem> {
    match text.trim().parse::<i64>() {
        Ok(n) if (0..=MAX_HOUSEHOLDS).contains(&n) => Ok(n),
        _ => Err(Problem::BadHouseholds),
    }
}

#[derive(Properties, PartialEq)]
pub struct WarningFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn WarningFormPage(props: &WarningFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: WarningDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    topic: WarningTopic::FirewoodStraw,
                    given_at: String::new(),
                    households: 0,
                    notes: String::new(),
                },
                at: now_local_input(),
                households: String::new(),
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let shell = use_field_form(
        props.edit.clone(),
        fresh,
        |key, draft, photos| match draft {
            Draft::Warning(d) => Some(Form {
                key,
                at: rfc3339_to_local_input(&d.given_at),
                households: d.households.to_string(),
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
    let on_topic = edit(form, |f: &mut Form, v: String| {
        if let Some(topic) = from_wire(&v) {
            f.draft.topic = topic;
        }
    });
    let onsubmit = {
        let (form, problem, saving) = (form.clone(), problem.clone(), saving.clone());
        let (owner, kick) = (me.id.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            let given_at = match local_input_to_rfc3339(&f.at) {
                None => return problem.set(Some(Problem::BadTime)),
                // A minute of slack for a phone clock a little ahead.
                Some(_) if is_future(&f.at) => return problem.set(Some(Problem::FutureTime)),
                Some(at) => at,
            };
            let reached = match households(&f.households) {
                Ok(n) => n,
                Err(p) => return problem.set(Some(p)),
            };
            problem.set(None);
            let draft = WarningDraft {
                given_at,
                households: reached,
                ..f.draft.clone()
            };
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Warning(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(match p {
                Problem::BadTime => i18n.t(F::BadTime),
                Problem::FutureTime => i18n.t(F::FutureTime),
                Problem::BadHouseholds => i18n.t(L::BadHouseholds),
            })
        })
    };
    let topics = options(&WarningTopic::ALL, |t| labels::warning_topic(&i18n, t));
    let d = &current.draft;
    html! {
        <FieldFormShell name="warning" title={i18n.t(L::RecordWarning)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SaveWarning)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos}>
            <SelectField id="warning-topic" label={i18n.t(L::WarningTopic)} options={topics}
                value={wire(&d.topic)} onchange={on_topic} />
            <TextField id="warning-at" label={i18n.t(L::GivenAt)} kind="datetime-local"
                value={current.at.clone()} oninput={set(|f, v| f.at = v)}
                error={problem_text(&[Problem::BadTime, Problem::FutureTime])} />
            <TextField id="warning-households" label={i18n.t(L::Households)} kind="number"
                inputmode="numeric" value={current.households.clone()}
                oninput={set(|f, v| f.households = v)}
                error={problem_text(&[Problem::BadHouseholds])} />
            <TextArea id="warning-notes" label={i18n.t(L::WarningNotes)} value={d.notes.clone()}
                oninput={set(|f, v| f.draft.notes = v)} placeholder={i18n.t(L::WarningNotesPlaceholder)} />
        </FieldFormShell>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn households_run_from_none_to_two_thousand() {
        assert_eq!(households("0"), Ok(0));
        assert_eq!(households(" 2000 "), Ok(2000));
        assert_eq!(households("2001"), Err(Problem::BadHouseholds));
        assert_eq!(households("-1"), Err(Problem::BadHouseholds));
        assert_eq!(households(""), Err(Problem::BadHouseholds));
    }

    #[test]
    fn every_topic_of_the_schema_is_offered_by_its_server_name() {
        let names: Vec<String> = WarningTopic::ALL.iter().map(wire).collect();
        assert_eq!(
            names,
            [
                "FIREWOOD_STRAW",
                "UNSAFE_SWIMMING",
                "WILD_MUSHROOMS",
                "WASP_NESTS",
                "ROAD_TRAFFIC",
                "FIRE"
            ]
        );
    }
}
