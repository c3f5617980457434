//! 跟场提醒 / an on-site reminder at a ceremony, phone first: pick one of
//! the group's recent ceremony notices, when, the topics reminded of, what
//! was seen, photos. The notices are read from the server and kept on the
//! phone, so the form still works at a banquet with no signal once they
//! were read. The outbox key (the idempotency key) is made when the form
//! opens.

use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

use super::form_edit::edit;
use super::shell::{use_field_form, FieldFormShell};
use super::{is_future, rfc3339_to_local_input, wire, TextArea};
use crate::api::{recent_notices, NoticeChoice, ReminderTopic};
use crate::components::{PhotoPick, SelectField, TextField};
use crate::dates::{local_input_to_rfc3339, now_local_input};
use crate::device::uuid_v4;
use crate::i18n::{labels, use_i18n, F, L};
use crate::outbox::{use_outbox, Draft, ReminderDraft};
use crate::session::use_session;

/// Where the last notices read are kept, per group.
const CACHE_KEY: &str = "sg_recent_notices";
/// A ceremony may be held up to half a year after its notice.
const RECENT_DAYS: i64 = 180;

#[derive(Clone, PartialEq)]
struct Form {
    key: String,
    draft: ReminderDraft,
    at: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Problem {
    NoCeremony,
    NoTopics,
    BadTime,
    FutureTime,
}

/// How a notice is named in the choice and the outbox.
fn notice_label(i18n: &crate::i18n::I18n, n: &NoticeChoice) -> String {
    format!(
        "{} · {} · {} · {}",
        n.date,
        labels::ceremony_kind(i18n, n.kind),
        n.host_name,
        n.place
    )
}

/// The day `days` before today, `YYYY-MM-DD`.
fn days_ago(days: i64) -> String {
    let d = js_sys::Date::new_0();
    d.set_date(d.get_date() - days as u32);
    let p = |n: u32| format!("{n:02}");
    format!(
        "{:04}-{}-{}",
        d.get_full_year(),
        p(d.get_month() + 1),
        p(d.get_date())
    )
}

#[derive(Clone, PartialEq)]
enum Notices {
    Loading,
    Ready(Rc<Vec<NoticeChoice>>),
    /// Offline and never read on this phone.
    Unavailable,
}

#[derive(Properties, PartialEq)]
pub struct ReminderFormPageProps {
    /// An outbox key: edit that refused record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn ReminderFormPage(props: &ReminderFormPageProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let me = session.as_ref().and_then(|s| s.me());
    let client = session.map(|s| s.client.clone());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                key: uuid_v4(),
                draft: ReminderDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    ceremony_notice_id: String::new(),
                    ceremony_label: String::new(),
                    reminded_at: String::new(),
                    topics: Vec::new(),
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
            Draft::Reminder(draft) => Some(Form {
                key,
                at: rfc3339_to_local_input(&draft.reminded_at),
                draft,
                photos: Rc::new(photos),
            }),
            _ => None,
        },
    );
    let problem = use_state(|| None::<Problem>);
    let notices = use_state(|| Notices::Loading);
    let (form, saving) = (&shell.form, &shell.saving);
    {
        let notices = notices.clone();
        let node = me.as_ref().map(|m| m.node.id.clone()).unwrap_or_default();
        use_effect_with(node, move |node| {
            let (node, cache) = (node.clone(), format!("{CACHE_KEY}:{node}"));
            wasm_bindgen_futures::spawn_local(async move {
                let read = match client {
                    Some(c) => recent_notices(&c, &node, &days_ago(RECENT_DAYS)).await.ok(),
                    None => None,
                };
                let list = match read {
                    Some(list) => {
                        let _ = LocalStorage::set(&cache, &list);
                        Some(list)
                    }
                    None => LocalStorage::get::<Vec<NoticeChoice>>(&cache).ok(),
                };
                notices.set(match list {
                    Some(list) => Notices::Ready(Rc::new(list)),
                    None => Notices::Unavailable,
                });
            });
        });
    }
    let (Some(me), Some(current)) = (me, (**form).clone()) else {
        return Html::default();
    };
    let set = |change: fn(&mut Form, String)| edit(form, change);
    let on_photos = edit(form, |f: &mut Form, p: Rc<Vec<PhotoPick>>| f.photos = p);
    let list: Rc<Vec<NoticeChoice>> = match &*notices {
        Notices::Ready(list) => list.clone(),
        _ => Rc::new(Vec::new()),
    };
    let on_notice = {
        let (list, i18n) = (list.clone(), i18n.clone());
        edit(form, move |f: &mut Form, id: String| {
            f.draft.ceremony_label = list
                .iter()
                .find(|n| n.id == id)
                .map(|n| notice_label(&i18n, n))
                .unwrap_or_default();
            f.draft.ceremony_notice_id = id;
        })
    };
    let onsubmit = {
        let (form, problem, saving) = (form.clone(), problem.clone(), saving.clone());
        let (owner, kick) = (me.id.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            if f.draft.ceremony_notice_id.is_empty() {
                return problem.set(Some(Problem::NoCeremony));
            }
            let reminded_at = match local_input_to_rfc3339(&f.at) {
                None => return problem.set(Some(Problem::BadTime)),
                Some(_) if is_future(&f.at) => return problem.set(Some(Problem::FutureTime)),
                Some(at) => at,
            };
            if f.draft.topics.is_empty() {
                return problem.set(Some(Problem::NoTopics));
            }
            problem.set(None);
            let draft = ReminderDraft {
                reminded_at,
                ..f.draft.clone()
            };
            saving.save(
                owner.clone(),
                f.key.clone(),
                Draft::Reminder(draft),
                f.photos.clone(),
                kick.clone(),
            );
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(match p {
                Problem::NoCeremony => i18n.t(L::ChooseCeremony),
                Problem::NoTopics => i18n.t(L::ChooseTopics),
                Problem::BadTime => i18n.t(F::BadTime),
                Problem::FutureTime => i18n.t(F::FutureTime),
            })
        })
    };
    let d = &current.draft;
    let mut choices = vec![(
        AttrValue::from(""),
        AttrValue::from(i18n.t(L::ChooseCeremony)),
    )];
    // An edited reminder keeps its ceremony even if it is no longer recent.
    if !d.ceremony_notice_id.is_empty() && !list.iter().any(|n| n.id == d.ceremony_notice_id) {
        choices.push((
            d.ceremony_notice_id.clone().into(),
            d.ceremony_label.clone().into(),
        ));
    }
    choices.extend(list.iter().map(|n| {
        (
            AttrValue::from(n.id.clone()),
            AttrValue::from(notice_label(&i18n, n)),
        )
    }));
    let topics = ReminderTopic::ALL.iter().map(|t| {
        let checked = d.topics.contains(t);
        let toggle = {
            let t = *t;
            edit(form, move |f: &mut Form, _: Event| {
                if let Some(at) = f.draft.topics.iter().position(|x| *x == t) {
                    f.draft.topics.remove(at);
                } else {
                    f.draft.topics.push(t);
                }
            })
        };
        let id = format!("topic-{}", wire(t));
        html! {
            <label class={classes!("sector-check", checked.then_some("checked"))} for={id.clone()} key={id.clone()}>
                <input {id} type="checkbox" {checked} onchange={toggle} />
                <span>{ labels::reminder_topic(&i18n, *t) }</span>
            </label>
        }
    });
    let topic_error = problem_text(&[Problem::NoTopics]);
    let alerts = html! {
        if *notices == Notices::Unavailable {
            <div class="alert alert-error" role="alert">{ i18n.t(L::NoticesOffline) }</div>
        } else if matches!(*notices, Notices::Ready(ref l) if l.is_empty()) && d.ceremony_notice_id.is_empty() {
            <div class="alert" role="status" id="no-recent-ceremony">{ i18n.t(L::NoRecentCeremony) }</div>
        }
    };
    html! {
        <FieldFormShell name="reminder" title={i18n.t(L::RecordReminder)}
            node_name={d.node_name.clone()} submit_label={i18n.t(L::SaveReminder)}
            busy={*saving.busy} store_error={(*saving.store_error).clone()}
            saved={(*saving.saved).clone()} on_another={shell.on_another.clone()}
            {onsubmit} photos={current.photos.clone()} {on_photos} {alerts}>
            <SelectField id="reminder-ceremony" label={i18n.t(L::WhichCeremony)} options={choices}
                value={d.ceremony_notice_id.clone()} onchange={on_notice}
                error={problem_text(&[Problem::NoCeremony])} />
            <TextField id="reminder-at" label={i18n.t(L::RemindedAt)} kind="datetime-local"
                value={current.at.clone()} oninput={set(|f, v| f.at = v)}
                error={problem_text(&[Problem::BadTime, Problem::FutureTime])} />
            <fieldset class={classes!("field", "sector-checks", topic_error.is_some().then_some("has-error"))}>
                <legend class="field-label">{ i18n.t(L::ReminderTopics) }</legend>
                <div class="sector-grid">{ for topics }</div>
                if let Some(e) = topic_error {
                    <p class="field-error" role="alert">{ e }</p>
                }
            </fieldset>
            <TextArea id="reminder-notes" label={i18n.t(L::ReminderNotes)} value={d.notes.clone()}
                oninput={set(|f, v| f.draft.notes = v)} />
        </FieldFormShell>
    }
}
