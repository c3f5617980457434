//! Designate a village or group its township's demonstration site
//! (示范村/示范组) from its node page: the first day (default today) and,
//! optionally, the township's decision among the documents it uploaded.
//! The idempotency key is made when the form opens, so a retry after a
//! lost answer designates once; the server's refusals (already the site,
//! before the current one's day, a closed month) show by their key.

use yew::prelude::*;

use super::field_error;
use super::frame::FormFrame;
use crate::api::{documents_page, set_demonstration, Level, NewDemonstration, RecordFilter};
use crate::components::{CheckField, TextField};
use crate::dates::today;
use crate::device::uuid_v4;
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, D, K};

const FIELDS: &[&str] = &["since", "documentIds"];
/// Documents offered to cite: the township's newest.
const DOCUMENTS_SHOWN: i64 = 20;

#[derive(Properties, PartialEq)]
pub struct DemonstrationFormProps {
    pub node_id: String,
    pub node_name: String,
    pub level: Level,
    /// The node's township, whose documents may be cited (None when the
    /// caller may not see it: nothing is offered then).
    pub township_id: Option<String>,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// "设为示范村" or "设为示范组".
pub fn set_label(level: Level) -> D {
    match level {
        Level::Group => D::SetGroup,
        _ => D::SetVillage,
    }
}

#[component]
pub fn DemonstrationForm(props: &DemonstrationFormProps) -> Html {
    let i18n = use_i18n();
    let key = use_state(uuid_v4);
    let since = use_state(today);
    let chosen = use_state(Vec::<String>::new);
    let submit = use_submit();
    let documents = use_fetch(props.township_id.clone(), |client, under| async move {
        let Some(under) = under else {
            return Ok(None);
        };
        let filter = RecordFilter {
            under,
            kind: None,
            from: None,
            to: None,
        };
        documents_page(&client, &filter, false, DOCUMENTS_SHOWN, None)
            .await
            .map(Some)
    });
    let onsubmit = {
        let (since, chosen, key, submit, on_done) = (
            since.clone(),
            chosen.clone(),
            key.clone(),
            submit.clone(),
            props.on_done.clone(),
        );
        let node_id = props.node_id.clone();
        Callback::from(move |()| {
            let new = NewDemonstration {
                node_id: node_id.clone(),
                since: (*since).clone(),
                document_ids: (*chosen).clone(),
                idempotency_key: (*key).clone(),
            };
            submit.run(
                move |client| async move { set_demonstration(&client, &new).await },
                on_done.clone(),
            );
        })
    };
    let on_since = {
        let since = since.clone();
        // A date input gives "" while being edited.
        Callback::from(move |v: String| {
            if v.len() == 10 {
                since.set(v)
            }
        })
    };
    let docs = match documents.data.as_deref() {
        Some(Some(page)) if page.edges.is_empty() => {
            html! { <p class="muted small">{ i18n.t(D::NoTownshipDocuments) }</p> }
        }
        Some(Some(page)) => page
            .edges
            .iter()
            .map(|e| {
                let id = e.node.id.clone();
                let checked = chosen.contains(&id);
                let onchange = {
                    let (chosen, id) = (chosen.clone(), id.clone());
                    Callback::from(move |on: bool| {
                        let mut next: Vec<String> =
                            chosen.iter().filter(|d| **d != id).cloned().collect();
                        if on {
                            next.push(id.clone());
                        }
                        chosen.set(next);
                    })
                };
                html! {
                    <CheckField id={format!("demo-doc-{id}")} label={e.node.title.clone()}
                        {checked} {onchange} />
                }
            })
            .collect::<Html>(),
        _ => Html::default(),
    };
    let title = i18n.f(
        D::SetTitle,
        &[&i18n.t(set_label(props.level)), &props.node_name],
    );
    html! {
        <FormFrame {title} submit={K::Save} busy={submit.busy} error={submit.error.clone()}
            fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="demo-since" label={i18n.t(D::SetSince)} kind="date"
                value={(*since).clone()} oninput={on_since} required=true
                error={field_error(&submit.error, "since")} />
            if props.township_id.is_some() {
                <fieldset class="field demo-documents">
                    <legend class="field-label">{ i18n.t(D::SetDocuments) }</legend>
                    { docs }
                    if let Some(e) = field_error(&submit.error, "documentIds") {
                        <p class="field-error" role="alert">{ e }</p>
                    }
                </fieldset>
            }
            <p class="muted small">{ i18n.t(D::SetHint) }</p>
        </FormFrame>
    }
}
