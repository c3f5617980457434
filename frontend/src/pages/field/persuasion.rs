//! 劝导 / a persuasion talk with a driver, phone first: who, when, about
//! what (drink-driving, no helmet, …), what was said, photos. The outbox
//! key (the idempotency key) is made when the form opens.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::{from_wire, is_future, options, rfc3339_to_local_input, wire, TextArea};
use crate::api::PersuasionReason;
use crate::components::{PhotoPick, SelectField, TextField};
use crate::dates::{local_input_to_rfc3339, now_local_input};
use crate::device::uuid_v4;
use crate::i18n::{labels, use_i18n, F, L};
use crate::outbox::{use_outbox, Draft, PersuasionDraft};
use crate::session::use_session;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: PersuasionDraft,
    /// `datetime-local`, turned into RFC 3339 on saving.
    at: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Problem {
    NoDriver,
    BadTime,
    FutureTime,
}

#[derive(Properties, PartialEq)]
pub struct PersuasionFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn PersuasionFormPage(props: &PersuasionFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: PersuasionDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    driver_name: String::new(),
                    talked_at: String::new(),
                    reason: PersuasionReason::NoHelmet,
                    notes: String::new(),
                },
                at: now_local_input(),
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let shell = use_field_form(
        props.edit.clone(),
        fresh,
        |key, draft, photos| match draft {
            Draft::Persuasion(draft) => Some(Form {
                key,
                at: rfc3339_to_local_input(&draft.talked_at),
                draft,
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
    let on_reason = edit(form, |f: &mut Form, v: String| {
        if let Some(reason) = from_wire(&v) {
            f.draft.reason = reason;
        }
    });
    let onsubmit = {
        let (form, problem, saving) = (form.clone(), problem.clone(), saving.clone());
        let (owner, kick) = (me.id.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            if f.draft.driver_name.trim().is_empty() {
                return problem.set(Some(Problem::NoDriver));
            }
            let talked_at = match local_input_to_rfc3339(&f.at) {
                None => return problem.set(Some(Problem::BadTime)),
                // A minute of slack for a phone clock a little ahead.
                Some(_) if is_future(&f.at) => return problem.set(Some(Problem::FutureTime)),
                Some(at) => at,
            };
            problem.set(None);
            let draft = PersuasionDraft {
                talked_at,
                ..f.draft.clone()
            };
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Persuasion(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(match p {
                Problem::NoDriver => i18n.t(L::DriverRequired),
                Problem::BadTime => i18n.t(F::BadTime),
                Problem::FutureTime => i18n.t(F::FutureTime),
            })
        })
    };
    let reasons = options(&PersuasionReason::ALL, |r| {
        labels::persuasion_reason(&i18n, r)
    });
    let d = &current.draft;
    html! {
        <FieldFormShell name="persuasion" title={i18n.t(L::RecordPersuasion)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SavePersuasion)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos}>
            <TextField id="persuasion-driver" label={i18n.t(L::DriverName)}
                value={d.driver_name.clone()} oninput={set(|f, v| f.draft.driver_name = v)}
                maxlength="40" error={problem_text(&[Problem::NoDriver])} />
            <TextField id="persuasion-at" label={i18n.t(L::TalkedAt)} kind="datetime-local"
                value={current.at.clone()} oninput={set(|f, v| f.at = v)}
                error={problem_text(&[Problem::BadTime, Problem::FutureTime])} />
            <SelectField id="persuasion-reason" label={i18n.t(L::Reason)} options={reasons}
                value={wire(&d.reason)} onchange={on_reason} />
            <TextArea id="persuasion-notes" label={i18n.t(L::PersuasionNotes)}
                value={d.notes.clone()} oninput={set(|f, v| f.draft.notes = v)} />
        </FieldFormShell>
    }
}
