//! 记录村安全会议 / record a village safety meeting, phone first: the day,
//! the topics, whether the grid work was on the agenda, how many came, the
//! minutes and photos, at the officer's own village. Saving puts it in the
//! outbox with its idempotency key, like a patrol; opened with an outbox
//! key, it edits that refused record instead.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::saved::SavedNotice;
use super::{load_item, save_item, TextArea};
use crate::api::MeetingKind;
use crate::components::{release, CheckField, PhotoInput, PhotoPick, TextField};
use crate::dates::today;
use crate::i18n::{labels, use_i18n, F, K, R};
use crate::outbox::{use_outbox, Draft, MeetingDraft};
use crate::session::use_session;

#[derive(Clone, PartialEq)]
struct Form {
    draft: MeetingDraft,
    count: String,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Problem {
    BadDate,
    FutureDate,
    NoTopics,
    BadCount,
}

/// What is wrong with the form, first problem first.
fn check(f: &Form, today: &str) -> Result<i64, Problem> {
    let day = f.draft.held_on.trim();
    if day.len() != 10 {
        return Err(Problem::BadDate);
    }
    // `YYYY-MM-DD` compares as text.
    if day > today {
        return Err(Problem::FutureDate);
    }
    if f.draft.topics.trim().is_empty() {
        return Err(Problem::NoTopics);
    }
    match f.count.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(Problem::BadCount),
    }
}

#[derive(Properties, PartialEq)]
pub struct MeetingFormPageProps {
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn MeetingFormPage(props: &MeetingFormPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                draft: MeetingDraft {
                    node_id: me.node.id.clone(),
                    node_name: me.node.name.clone(),
                    kind: MeetingKind::VillageSafety,
                    held_on: today(),
                    topics: String::new(),
                    covers_grid_work: true,
                    attendee_count: 0,
                    minutes: String::new(),
                },
                count: String::new(),
                photos: Rc::new(Vec::new()),
            })
        }
    };
    let form = use_state(fresh.clone());
    let problem = use_state(|| None::<Problem>);
    let saved = use_state(|| None::<String>);
    let store_error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    {
        let (form, store_error) = (form.clone(), store_error.clone());
        use_effect_with(props.edit.clone(), move |edit| {
            if let Some(key) = edit.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match load_item(&key).await {
                        Ok(Some((Draft::Meeting(d), photos))) => form.set(Some(Form {
                            count: d.attendee_count.to_string(),
                            draft: d,
                            photos: Rc::new(photos),
                        })),
                        Ok(_) => store_error.set(Some(String::new())),
                        Err(e) => store_error.set(Some(e)),
                    }
                });
            }
        });
    }
    let (Some(me), Some(current)) = (me, (*form).clone()) else {
        return Html::default();
    };
    if let Some(key) = (*saved).clone() {
        let on_another = {
            let (form, saved, fresh) = (form.clone(), saved.clone(), fresh.clone());
            Callback::from(move |()| {
                form.set(fresh());
                saved.set(None);
            })
        };
        return html! {
            <div class="field-page"><SavedNotice saved={key} {on_another} /></div>
        };
    }
    let set = |change: fn(&mut Form, String)| edit(&form, change);
    let on_covers = edit(&form, |f: &mut Form, v: bool| f.draft.covers_grid_work = v);
    let on_photos = edit(&form, |f: &mut Form, p: Rc<Vec<PhotoPick>>| f.photos = p);
    let onsubmit = {
        let (form, problem, saved, busy, store_error) = (
            form.clone(),
            problem.clone(),
            saved.clone(),
            busy.clone(),
            store_error.clone(),
        );
        let (owner, edit, kick) = (me.id.clone(), props.edit.clone(), outbox.map(|o| o.kick));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*form).clone() else { return };
            if *busy {
                return;
            }
            let count = match check(&f, &today()) {
                Ok(n) => n,
                Err(p) => return problem.set(Some(p)),
            };
            problem.set(None);
            let mut draft = f.draft.clone();
            draft.attendee_count = count;
            busy.set(true);
            let (saved, busy, store_error, kick, owner, edit) = (
                saved.clone(),
                busy.clone(),
                store_error.clone(),
                kick.clone(),
                owner.clone(),
                edit.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = save_item(&owner, edit, Draft::Meeting(draft), &f.photos).await;
                busy.set(false);
                match result {
                    Ok(key) => {
                        release(&f.photos);
                        saved.set(Some(key));
                        if let Some(kick) = kick {
                            kick.emit(());
                        }
                    }
                    Err(e) => store_error.set(Some(e)),
                }
            });
        })
    };
    let problem_text = |ps: &[Problem]| {
        problem.filter(|p| ps.contains(p)).map(|p| {
            AttrValue::from(i18n.t(match p {
                Problem::BadDate => R::BadDate,
                Problem::FutureDate => R::FutureDate,
                Problem::NoTopics => R::TopicsRequired,
                Problem::BadCount => R::BadCount,
            }))
        })
    };
    let d = &current.draft;
    html! {
        <div class="field-page">
            <h1 class="field-title">{ i18n.t(R::RecordMeeting) }</h1>
            if let Some(e) = &*store_error {
                <div class="alert alert-error" role="alert">{ i18n.f(F::StorageFailed, &[e]) }</div>
            }
            <form class="form field-form" id="meeting-form" {onsubmit}>
                <p class="field-static"><span class="field-label">{ i18n.t(F::RecordNode) }</span>
                    <strong>{ d.node_name.clone() }</strong></p>
                <p class="field-static"><span class="field-label">{ i18n.t(F::Kind) }</span>
                    <strong>{ labels::meeting_kind(&i18n, d.kind) }</strong></p>
                <TextField id="meeting-date" label={i18n.t(R::HeldOn)} kind="date"
                    value={d.held_on.clone()} oninput={set(|f, v| f.draft.held_on = v)}
                    error={problem_text(&[Problem::BadDate, Problem::FutureDate])} />
                <TextArea id="meeting-topics" label={i18n.t(R::Topics)} value={d.topics.clone()}
                    oninput={set(|f, v| f.draft.topics = v)} placeholder={i18n.t(R::TopicsPlaceholder)}
                    error={problem_text(&[Problem::NoTopics])} />
                <CheckField id="meeting-covers" label={i18n.t(R::CoversGridWork)}
                    checked={d.covers_grid_work} onchange={on_covers} />
                <TextField id="meeting-count" label={i18n.t(R::AttendeeCount)} kind="number"
                    inputmode="numeric" value={current.count.clone()} oninput={set(|f, v| f.count = v)}
                    error={problem_text(&[Problem::BadCount])} />
                <TextArea id="meeting-minutes" label={i18n.t(R::Minutes)} value={d.minutes.clone()}
                    oninput={set(|f, v| f.draft.minutes = v)} placeholder={i18n.t(R::MinutesPlaceholder)} />
                <PhotoInput id="meeting-photos" photos={current.photos.clone()} onchange={on_photos} />
                <button id="meeting-submit" type="submit" class="btn btn-primary btn-big btn-block"
                    disabled={*busy}>
                    { if *busy { i18n.t(K::Working) } else { i18n.t(R::SaveMeeting) } }
                </button>
            </form>
        </div>
    }
}
