//! 记录巡查 / record a patrol, phone first: the node (own by default),
//! the kind the role does, when, what was checked, notes, the position and
//! photos. Saving puts it in the outbox; the sender takes it from there.
//! Opened with an outbox key, it edits that refused record instead.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::node_choice::{NodeChoice, NodeChoiceField};
use super::saved::SavedNotice;
use super::sector_checks::SectorChecks;
use super::{load_item, save_item};
use crate::api::{InspectionKind, Role};
use crate::components::{release, ErrorBanner, LocationField, PhotoInput, PhotoPick};
use crate::dates::{local_input_to_rfc3339, now_local_input};
use crate::device::Position;
use crate::hooks::use_sectors;
use crate::i18n::{labels, use_i18n, F, K};
use crate::outbox::{use_outbox, Draft, InspectionDraft};
use crate::session::use_session;

/// The kinds a role records; the first is the default.
pub fn kinds_for(role: Role) -> Vec<InspectionKind> {
    match role {
        Role::GroupLiaison => vec![InspectionKind::GroupPatrol],
        Role::VillageOfficer => vec![InspectionKind::VillageInspection],
        Role::Leader => vec![
            InspectionKind::LeaderVisit,
            InspectionKind::VillageInspection,
            InspectionKind::GroupPatrol,
        ],
        _ => vec![
            InspectionKind::VillageInspection,
            InspectionKind::GroupPatrol,
            InspectionKind::LeaderVisit,
        ],
    }
}

#[derive(Clone, PartialEq)]
struct Form {
    node: NodeChoice,
    kind: InspectionKind,
    occurred_at: String,
    sectors: Vec<String>,
    notes: String,
    position: Option<Position>,
    photos: Rc<Vec<PhotoPick>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Problem {
    NoSectors,
    BadTime,
    FutureTime,
}

#[derive(Properties, PartialEq)]
pub struct PatrolPageProps {
    /// An outbox key: edit that record instead of making a new one.
    #[prop_or_default]
    pub edit: Option<String>,
}

#[component]
pub fn PatrolPage(props: &PatrolPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let sectors = use_sectors();
    let fresh = {
        let me = me.clone();
        move || {
            me.as_ref().map(|me| Form {
                node: NodeChoice {
                    id: me.node.id.clone(),
                    name: me.node.name.clone(),
                },
                kind: kinds_for(me.role)[0],
                occurred_at: now_local_input(),
                sectors: Vec::new(),
                notes: String::new(),
                position: None,
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
        // Editing: fill the form from the outbox record.
        let (form, store_error) = (form.clone(), store_error.clone());
        use_effect_with(props.edit.clone(), move |edit| {
            if let Some(key) = edit.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match load_item(&key).await {
                        Ok(Some((Draft::Inspection(d), photos))) => form.set(Some(Form {
                            node: NodeChoice {
                                id: d.node_id,
                                name: d.node_name,
                            },
                            kind: d.kind,
                            occurred_at: super::rfc3339_to_local_input(&d.occurred_at),
                            sectors: d.sectors,
                            notes: d.notes,
                            position: d.position,
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
            <div class="field-page">
                <SavedNotice saved={key} patrol=true {on_another} />
            </div>
        };
    }

    let set = |change: fn(&mut Form, String)| edit(&form, change);
    let on_node = edit(&form, |f: &mut Form, node: NodeChoice| f.node = node);
    let on_sectors = edit(&form, |f: &mut Form, sectors: Vec<String>| {
        f.sectors = sectors
    });
    let on_position = edit(&form, |f: &mut Form, position: Option<Position>| {
        f.position = position
    });
    let on_photos = edit(&form, |f: &mut Form, photos: Rc<Vec<PhotoPick>>| {
        f.photos = photos
    });
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
            let occurred_at = match local_input_to_rfc3339(&f.occurred_at) {
                None => return problem.set(Some(Problem::BadTime)),
                // A minute of slack for a phone clock a little ahead.
                Some(_) if super::is_future(&f.occurred_at) => {
                    return problem.set(Some(Problem::FutureTime))
                }
                Some(at) => at,
            };
            if f.sectors.is_empty() {
                return problem.set(Some(Problem::NoSectors));
            }
            problem.set(None);
            let draft = Draft::Inspection(InspectionDraft {
                node_id: f.node.id.clone(),
                node_name: f.node.name.clone(),
                kind: f.kind,
                occurred_at,
                sectors: f.sectors.clone(),
                notes: f.notes.clone(),
                position: f.position,
            });
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
                let result = save_item(&owner, edit, draft, &f.photos).await;
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

    let kinds = kinds_for(me.role);
    let kind_options: Vec<(AttrValue, AttrValue)> = kinds
        .iter()
        .map(|k| {
            (
                AttrValue::from(k.slug()),
                AttrValue::from(labels::inspection_kind(&i18n, *k)),
            )
        })
        .collect();
    let on_kind = set(|f, v| {
        if let Some(k) = InspectionKind::from_slug(&v) {
            f.kind = k;
        }
    });
    let problem_text = |p: Problem| {
        (*problem == Some(p)).then(|| {
            AttrValue::from(i18n.t(match p {
                Problem::NoSectors => F::ChooseSectors,
                Problem::BadTime => F::BadTime,
                Problem::FutureTime => F::FutureTime,
            }))
        })
    };
    let title = if props.edit.is_some() {
        F::EditPatrol
    } else {
        F::RecordPatrol
    };
    html! {
        <div class="field-page">
            <h1 class="field-title">{ i18n.t(title) }</h1>
            if let Some(e) = &*store_error {
                <div class="alert alert-error" role="alert">{ i18n.f(F::StorageFailed, &[e]) }</div>
            }
            if let Some(err) = sectors.error.clone() {
                <ErrorBanner error={err} />
            }
            <form class="form field-form" id="patrol-form" {onsubmit}>
                <NodeChoiceField id="patrol-node" node={current.node.clone()} onchange={on_node} />
                if kinds.len() > 1 {
                    <crate::components::SelectField id="patrol-kind" label={i18n.t(F::Kind)}
                        options={kind_options} value={current.kind.slug()} onchange={on_kind} />
                } else {
                    <p class="field-static"><span class="field-label">{ i18n.t(F::Kind) }</span>
                        <strong>{ labels::inspection_kind(&i18n, current.kind) }</strong></p>
                }
                <crate::components::TextField id="patrol-time" label={i18n.t(F::OccurredAt)}
                    kind="datetime-local" value={current.occurred_at.clone()}
                    oninput={set(|f, v| f.occurred_at = v)}
                    error={problem_text(Problem::BadTime).or(problem_text(Problem::FutureTime))} />
                <SectorChecks label={i18n.t(F::SectorsChecked)} sectors={sectors.list.clone()}
                    chosen={current.sectors.clone()} onchange={on_sectors}
                    error={problem_text(Problem::NoSectors)} />
                <super::TextArea id="patrol-notes" label={i18n.t(F::Notes)}
                    value={current.notes.clone()} oninput={set(|f, v| f.notes = v)}
                    placeholder={i18n.t(F::NotesPlaceholder)} />
                <LocationField id="patrol-locate" position={current.position} onchange={on_position} />
                <PhotoInput id="patrol-photos" photos={current.photos.clone()} onchange={on_photos} />
                <button id="patrol-submit" type="submit" class="btn btn-primary btn-big btn-block"
                    disabled={*busy}>
                    { if *busy { i18n.t(K::Working) } else { i18n.t(F::SavePatrol) } }
                </button>
            </form>
        </div>
    }
}
