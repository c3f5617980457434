//! The county's campaign editor (新建工作部署 / 编辑): name, year and the
//! milestones, one row each (what meets it, its title, its due day and,
//! for a document, the document kind), rows added and removed freely. An
//! edit asks why (kept with the old version) and sends the `version` read,
//! so a campaign someone else changed meanwhile is refused (CONFLICT) and
//! said so. Shown only where `allowedActions` has CREATE_CAMPAIGN or
//! EDIT_CAMPAIGN; the server checks again.

use yew::prelude::*;

use super::kinds::{kind_name, DOCUMENT, KINDS};
use crate::api::{
    create_campaign, document_kinds, update_campaign, Campaign, CampaignDraft, MilestoneDraft,
};
use crate::components::{SelectField, TextField};
use crate::dates::today;
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, Lang, C, K};
use crate::pages::forms::FormFrame;

/// Fields whose server message shows at the field; a milestone's own
/// refusals (its title, its document kind) show above, naming the key.
const FIELDS: &[&str] = &["name", "year", "reason"];

#[derive(Properties, PartialEq)]
pub struct CampaignEditorProps {
    /// The county (or higher) node a new campaign is set at.
    pub node_id: String,
    /// The campaign edited; `None` sets a new one.
    #[prop_or_default]
    pub campaign: Option<Campaign>,
    /// The saved campaign's id.
    pub on_saved: Callback<String>,
    pub on_cancel: Callback<()>,
}

/// The rows with keys that survive removing one above.
#[derive(Clone, PartialEq)]
struct Rows {
    next: u32,
    items: Vec<(u32, MilestoneDraft)>,
}

impl Rows {
    fn of(drafts: Vec<MilestoneDraft>) -> Rows {
        let items: Vec<_> = (0u32..).zip(drafts).collect();
        Rows {
            next: items.len() as u32,
            items,
        }
    }
}

fn draft_of(campaign: &Option<Campaign>) -> CampaignDraft {
    match campaign {
        Some(c) => CampaignDraft {
            name: c.name.clone(),
            year: c.year.to_string(),
            milestones: c
                .milestones
                .iter()
                .map(|m| MilestoneDraft {
                    kind: m.kind.clone().unwrap_or_default(),
                    title: m.title.clone(),
                    due_on: m.due_on.clone(),
                    document_kind: m.document_kind.clone().unwrap_or_default(),
                })
                .collect(),
        },
        None => CampaignDraft {
            name: String::new(),
            year: today()[..4].to_owned(),
            milestones: vec![new_row()],
        },
    }
}

fn new_row() -> MilestoneDraft {
    MilestoneDraft {
        kind: KINDS[0].to_owned(),
        due_on: today(),
        ..MilestoneDraft::default()
    }
}

#[component]
pub fn CampaignEditor(props: &CampaignEditorProps) -> Html {
    let i18n = use_i18n();
    let start = draft_of(&props.campaign);
    let name = use_state(|| start.name.clone());
    let year = use_state(|| start.year.clone());
    let rows = use_state(|| Rows::of(start.milestones.clone()));
    let reason = use_state(String::new);
    let problem = use_state(|| None::<(&'static str, C)>);
    let submit = use_submit();
    let doc_kinds = use_fetch(
        (),
        |client, ()| async move { document_kinds(&client).await },
    );
    let editing = props.campaign.clone();

    let onsubmit = {
        let (name, year, rows, reason, problem, submit) = (
            name.clone(),
            year.clone(),
            rows.clone(),
            reason.clone(),
            problem.clone(),
            submit.clone(),
        );
        let (node_id, editing, on_saved) = (
            props.node_id.clone(),
            editing.clone(),
            props.on_saved.clone(),
        );
        Callback::from(move |()| {
            let draft = CampaignDraft {
                name: (*name).clone(),
                year: (*year).clone(),
                milestones: rows.items.iter().map(|(_, m)| m.clone()).collect(),
            };
            let Some(input) = draft.input().filter(|_| year.trim().len() == 4) else {
                problem.set(Some(("year", C::YearRequired)));
                return;
            };
            if editing.is_some() && reason.trim().is_empty() {
                problem.set(Some(("reason", C::ReasonRequired)));
                return;
            }
            problem.set(None);
            let (node_id, editing, reason, on_saved) = (
                node_id.clone(),
                editing.clone(),
                (*reason).clone(),
                on_saved.clone(),
            );
            submit.run(
                move |client| async move {
                    let id = match editing {
                        Some(c) => {
                            update_campaign(&client, &c.id, c.version, &reason, input).await?
                        }
                        None => create_campaign(&client, &node_id, input).await?,
                    };
                    on_saved.emit(id);
                    Ok(())
                },
                Callback::noop(),
            );
        })
    };
    let text = |handle: &UseStateHandle<String>| {
        let handle = handle.clone();
        Callback::from(move |v: String| handle.set(v))
    };
    // The message at a field: the form's own check first, then the server's.
    let error_at = |field: &'static str| -> Option<AttrValue> {
        match *problem {
            Some((f, key)) if f == field => Some(AttrValue::from(i18n.t(key))),
            _ => submit
                .error
                .as_ref()
                .and_then(|e| e.field_message(field, &i18n))
                .map(AttrValue::from),
        }
    };
    let kind_options: Vec<(AttrValue, AttrValue)> = KINDS
        .iter()
        .map(|k| {
            let words = kind_name(k).map_or(*k, |c| i18n.t(c));
            (AttrValue::from(*k), AttrValue::from(words))
        })
        .collect();
    let mut doc_options = vec![(
        AttrValue::from(""),
        AttrValue::from(i18n.t(C::PickDocumentKind)),
    )];
    if let Some(list) = doc_kinds.data.as_deref() {
        doc_options.extend(list.iter().map(|k| {
            let words = if i18n.lang == Lang::Zh {
                &k.name_zh
            } else {
                &k.name_en
            };
            (
                AttrValue::from(k.code.clone()),
                AttrValue::from(words.clone()),
            )
        }));
    }
    let count = rows.items.len();
    let row_views = rows.items.iter().enumerate().map(|(i, (key, m))| {
        // Edits one row's field through `edit`.
        let change = |edit: fn(&mut MilestoneDraft, String)| {
            let (rows, key) = (rows.clone(), *key);
            Callback::from(move |v: String| {
                let mut next = (*rows).clone();
                if let Some((_, m)) = next.items.iter_mut().find(|(k, _)| *k == key) {
                    edit(m, v);
                }
                rows.set(next);
            })
        };
        let remove = {
            let (rows, key) = (rows.clone(), *key);
            Callback::from(move |_: MouseEvent| {
                let mut next = (*rows).clone();
                next.items.retain(|(k, _)| *k != key);
                rows.set(next);
            })
        };
        let n = i + 1;
        html! {
            <fieldset key={*key} class="milestone-row" id={format!("milestone-{n}")}>
                <legend class="field-label">{ i18n.f(C::MilestoneNo, &[&n]) }</legend>
                <SelectField id={format!("milestone-{n}-kind")} label={i18n.t(C::Kind)}
                    options={kind_options.clone()} value={m.kind.clone()}
                    onchange={change(|m, v| m.kind = v)} />
                <TextField id={format!("milestone-{n}-title")} label={i18n.t(C::MilestoneTitle)}
                    value={m.title.clone()} oninput={change(|m, v| m.title = v)} required=true
                    maxlength={AttrValue::from("100")} />
                <TextField id={format!("milestone-{n}-due")} label={i18n.t(C::Due)} kind="date"
                    value={m.due_on.clone()} oninput={change(|m, v| m.due_on = v)} required=true />
                if m.kind == DOCUMENT {
                    <SelectField id={format!("milestone-{n}-document-kind")} label={i18n.t(C::DocumentKind)}
                        options={doc_options.clone()} value={m.document_kind.clone()}
                        onchange={change(|m, v| m.document_kind = v)} />
                }
                if count > 1 {
                    <button type="button" class="btn btn-secondary btn-small milestone-remove" onclick={remove}>
                        { i18n.t(C::RemoveMilestone) }
                    </button>
                }
            </fieldset>
        }
    });
    let add = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*rows).clone();
            next.items.push((next.next, new_row()));
            next.next += 1;
            rows.set(next);
        })
    };
    let (title, submit_key) = match &editing {
        Some(c) => (i18n.f(C::EditTitle, &[&c.name]), K::Save),
        None => (i18n.t(C::NewTitle).to_owned(), K::Create),
    };
    html! {
        <div class="campaign-editor no-print" id="campaign-editor">
            <FormFrame {title} submit={submit_key} busy={submit.busy} error={submit.error.clone()}
                fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
                <TextField id="campaign-name" label={i18n.t(C::Name)} value={(*name).clone()}
                    oninput={text(&name)} required=true maxlength={AttrValue::from("100")}
                    error={error_at("name")} />
                <TextField id="campaign-year" label={i18n.t(C::Year)} value={(*year).clone()}
                    oninput={text(&year)} required=true inputmode={AttrValue::from("numeric")}
                    maxlength={AttrValue::from("4")} error={error_at("year")} />
                <div class="milestone-rows">
                    <p class="form-section">{ i18n.t(C::Milestones) }</p>
                    { for row_views }
                    <button id="milestone-add" type="button" class="btn btn-secondary btn-small" onclick={add}>
                        { i18n.t(C::AddMilestone) }
                    </button>
                    <p class="field-hint">{ i18n.t(C::EditorHint) }</p>
                </div>
                // Not `required`: the form's own message says what is missing.
                if editing.is_some() {
                    <TextField id="campaign-reason" label={i18n.t(C::Reason)} value={(*reason).clone()}
                        oninput={text(&reason)} hint={AttrValue::from(i18n.t(C::ReasonHint))}
                        error={error_at("reason")} />
                }
            </FormFrame>
        </div>
    }
}
