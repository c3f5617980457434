//! 上报隐患 / report a hazard, phone first: what and where, how serious,
//! which sector; fixed on the spot (with a note) or to be rectified by a
//! deadline (responsible person, measures); position and photos. Opened
//! from a saved patrol it remembers that patrol; with an outbox key it
//! edits that refused record.

use std::rc::Rc;

use yew::prelude::*;

use super::form_edit::edit;
use super::node_choice::{NodeChoice, NodeChoiceField};
use super::saved::SavedNotice;
use super::{load_item, save_item, sector_name, TextArea};
use crate::api::HazardSeverity;
use crate::components::{
    release, ErrorBanner, LocationField, PhotoInput, PhotoPick, SelectField, TextField,
};
use crate::dates::days_from_today;
use crate::device::Position;
use crate::hooks::use_sectors;
use crate::i18n::{use_i18n, F, K};
use crate::outbox::{use_outbox, Draft, HazardDraft};
use crate::session::use_session;

#[derive(Clone, PartialEq)]
struct Form {
    node: NodeChoice,
    title: String,
    description: String,
    severity: HazardSeverity,
    category: String,
    fixed_on_spot: bool,
    fix_note: String,
    deadline: String,
    responsible_name: String,
    measures: String,
    position: Option<Position>,
    photos: Rc<Vec<PhotoPick>>,
    inspection_key: Option<String>,
}

/// What is missing, named by its field.
#[derive(Clone, Copy, PartialEq)]
enum Missing {
    Title,
    Description,
    Category,
    FixNote,
    Deadline,
    Measures,
}

#[derive(Properties, PartialEq)]
pub struct HazardReportPageProps {
    #[prop_or_default]
    pub edit: Option<String>,
    /// The outbox key of the patrol it was found on.
    #[prop_or_default]
    pub patrol: Option<String>,
}

#[component]
pub fn HazardReportPage(props: &HazardReportPageProps) -> Html {
    let i18n = use_i18n();
    let me = use_session().and_then(|s| s.me());
    let outbox = use_outbox();
    let sectors = use_sectors();
    let fresh = {
        let (me, patrol) = (me.clone(), props.patrol.clone());
        move || {
            me.as_ref().map(|me| Form {
                node: NodeChoice {
                    id: me.node.id.clone(),
                    name: me.node.name.clone(),
                },
                title: String::new(),
                description: String::new(),
                severity: HazardSeverity::General,
                category: String::new(),
                fixed_on_spot: false,
                fix_note: String::new(),
                deadline: days_from_today(7),
                responsible_name: String::new(),
                measures: String::new(),
                position: None,
                photos: Rc::new(Vec::new()),
                inspection_key: patrol.clone(),
            })
        }
    };
    let form = use_state(fresh.clone());
    let missing = use_state(|| None::<Missing>);
    let saved = use_state(|| None::<String>);
    let store_error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    {
        let (form, store_error) = (form.clone(), store_error.clone());
        use_effect_with(props.edit.clone(), move |edit| {
            if let Some(key) = edit.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match load_item(&key).await {
                        Ok(Some((Draft::Hazard(d), photos))) => form.set(Some(Form {
                            node: NodeChoice {
                                id: d.node_id,
                                name: d.node_name,
                            },
                            title: d.title,
                            description: d.description,
                            severity: d.severity,
                            category: d.category,
                            fixed_on_spot: d.fixed_on_spot,
                            fix_note: d.fix_note,
                            deadline: d.deadline,
                            responsible_name: d.responsible_name,
                            measures: d.measures,
                            position: d.position,
                            photos: Rc::new(photos),
                            inspection_key: d.inspection_key,
                        })),
                        Ok(_) => store_error.set(Some(String::new())),
                        Err(e) => store_error.set(Some(e)),
                    }
                });
            }
        });
    }
    {
        // The category defaults to the first sector once they are known.
        let form = form.clone();
        let first = sectors.list.first().map(|s| s.code.clone());
        use_effect_with(first, move |first| {
            if let (Some(code), Some(f)) = (first, (*form).clone()) {
                if f.category.is_empty() {
                    form.set(Some(Form {
                        category: code.clone(),
                        ..f
                    }));
                }
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
        return html! { <div class="field-page"><SavedNotice saved={key} {on_another} /></div> };
    }

    let update = |change: Rc<dyn Fn(&mut Form)>| {
        let form = form.clone();
        move || {
            if let Some(mut f) = (*form).clone() {
                change(&mut f);
                form.set(Some(f));
            }
        }
    };
    let set = |change: fn(&mut Form, String)| edit(&form, change);
    let on_node = edit(&form, |f: &mut Form, node: NodeChoice| f.node = node);
    let on_position = edit(&form, |f: &mut Form, position: Option<Position>| {
        f.position = position
    });
    let on_photos = edit(&form, |f: &mut Form, photos: Rc<Vec<PhotoPick>>| {
        f.photos = photos
    });
    let choose = |fixed: bool| {
        let go = update(Rc::new(move |f: &mut Form| f.fixed_on_spot = fixed));
        Callback::from(move |_: Event| go())
    };
    let severity = |s: HazardSeverity| {
        let go = update(Rc::new(move |f: &mut Form| {
            f.severity = s;
            // A major hazard is never closed on the spot (the server's rule).
            if s == HazardSeverity::Major {
                f.fixed_on_spot = false;
            }
        }));
        Callback::from(move |_: Event| go())
    };
    let onsubmit = {
        let (form, missing, saved, busy, store_error) = (
            form.clone(),
            missing.clone(),
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
            let blank = |s: &str| s.trim().is_empty();
            let gap = if blank(&f.title) {
                Some(Missing::Title)
            } else if blank(&f.description) {
                Some(Missing::Description)
            } else if blank(&f.category) {
                Some(Missing::Category)
            } else if f.fixed_on_spot && blank(&f.fix_note) {
                Some(Missing::FixNote)
            } else if !f.fixed_on_spot && blank(&f.deadline) {
                Some(Missing::Deadline)
            } else if !f.fixed_on_spot && blank(&f.measures) {
                Some(Missing::Measures)
            } else {
                None
            };
            missing.set(gap);
            if gap.is_some() {
                return;
            }
            let draft = Draft::Hazard(HazardDraft {
                node_id: f.node.id.clone(),
                node_name: f.node.name.clone(),
                title: f.title.clone(),
                description: f.description.clone(),
                severity: f.severity,
                category: f.category.clone(),
                fixed_on_spot: f.fixed_on_spot,
                fix_note: f.fix_note.clone(),
                deadline: f.deadline.clone(),
                responsible_name: f.responsible_name.clone(),
                measures: f.measures.clone(),
                position: f.position,
                inspection_key: f.inspection_key.clone(),
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
    let need = |m: Missing| (*missing == Some(m)).then(|| AttrValue::from(i18n.t(F::Required)));
    let categories: Vec<(AttrValue, AttrValue)> = sectors
        .list
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.code.clone()),
                AttrValue::from(sector_name(i18n.lang, s)),
            )
        })
        .collect();
    let title = if props.edit.is_some() {
        F::EditHazard
    } else {
        F::ReportHazard
    };
    html! {
        <div class="field-page">
            <h1 class="field-title">{ i18n.t(title) }</h1>
            if current.inspection_key.is_some() {
                <p class="alert alert-info">{ i18n.t(F::FoundOnPatrol) }</p>
            }
            if let Some(e) = &*store_error {
                <div class="alert alert-error" role="alert">{ i18n.f(F::StorageFailed, &[e]) }</div>
            }
            if let Some(err) = sectors.error.clone() {
                <ErrorBanner error={err} />
            }
            <form class="form field-form" id="hazard-form" {onsubmit}>
                <NodeChoiceField id="hazard-node" node={current.node.clone()} onchange={on_node} />
                <TextField id="hazard-title" label={i18n.t(F::HazardTitle)} value={current.title.clone()}
                    oninput={set(|f, v| f.title = v)} maxlength="100"
                    placeholder={i18n.t(F::HazardTitleExample)} error={need(Missing::Title)} />
                <TextArea id="hazard-description" label={i18n.t(F::Description)}
                    value={current.description.clone()} oninput={set(|f, v| f.description = v)}
                    error={need(Missing::Description)} />
                <fieldset class="field choice-row">
                    <legend class="field-label">{ i18n.t(F::Severity) }</legend>
                    <label class="choice"><input type="radio" name="severity" id="severity-general"
                        checked={current.severity == HazardSeverity::General}
                        onchange={severity(HazardSeverity::General)} />{ i18n.t(F::SeverityGeneral) }</label>
                    <label class="choice"><input type="radio" name="severity" id="severity-major"
                        checked={current.severity == HazardSeverity::Major}
                        onchange={severity(HazardSeverity::Major)} />{ i18n.t(F::SeverityMajor) }</label>
                </fieldset>
                <SelectField id="hazard-category" label={i18n.t(F::Category)} options={categories}
                    value={current.category.clone()} onchange={set(|f, v| f.category = v)}
                    error={need(Missing::Category)} />
                <fieldset class="field choice-row">
                    <legend class="field-label">{ i18n.t(F::FixedOnSpotQ) }</legend>
                    <label class="choice"><input type="radio" name="fixed" id="fixed-yes"
                        checked={current.fixed_on_spot} onchange={choose(true)}
                        disabled={current.severity == HazardSeverity::Major} />{ i18n.t(F::Yes) }</label>
                    <label class="choice"><input type="radio" name="fixed" id="fixed-no"
                        checked={!current.fixed_on_spot} onchange={choose(false)} />{ i18n.t(F::NoRectify) }</label>
                </fieldset>
                if current.fixed_on_spot {
                    <TextArea id="hazard-fix-note" label={i18n.t(F::FixNote)} value={current.fix_note.clone()}
                        oninput={set(|f, v| f.fix_note = v)} error={need(Missing::FixNote)} />
                } else {
                    <TextField id="hazard-deadline" label={i18n.t(F::Deadline)} kind="date"
                        value={current.deadline.clone()} oninput={set(|f, v| f.deadline = v)}
                        error={need(Missing::Deadline)} />
                    <TextField id="hazard-responsible" label={i18n.t(F::Responsible)}
                        value={current.responsible_name.clone()} oninput={set(|f, v| f.responsible_name = v)} />
                    <TextArea id="hazard-measures" label={i18n.t(F::Measures)} value={current.measures.clone()}
                        oninput={set(|f, v| f.measures = v)} error={need(Missing::Measures)} />
                }
                <LocationField id="hazard-locate" position={current.position} onchange={on_position} />
                <PhotoInput id="hazard-photos" photos={current.photos.clone()} onchange={on_photos} />
                <button id="hazard-submit" type="submit" class="btn btn-danger btn-big btn-block" disabled={*busy}>
                    { if *busy { i18n.t(K::Working) } else { i18n.t(F::SaveHazard) } }
                </button>
            </form>
        </div>
    }
}
