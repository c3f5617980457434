//! Uploading a document: the file (PDF or an image), its kind and title;
//! as a newer version, the one it replaces (same kind, its title to start
//! from). The server sniffs the type and caps the size.

use yew::prelude::*;

use crate::api::{upload_document, ApiError, DocumentItem, NewDocument};
use crate::components::{SelectField, TextField};
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, K, R};
use crate::pages::forms::FormFrame;

const ACCEPT: &str = "application/pdf,image/jpeg,image/png,image/webp";
const FIELDS: &[&str] = &["file", "title", "kind"];

#[derive(Properties, PartialEq)]
pub struct UploadFormProps {
    pub node_id: String,
    /// Codes and names of the document kinds.
    pub kinds: Vec<(String, String)>,
    pub newer_of: Option<DocumentItem>,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Missing {
    File,
    Title,
    Kind,
}

#[component]
pub fn UploadForm(props: &UploadFormProps) -> Html {
    let i18n = use_i18n();
    let old = props.newer_of.clone();
    let title = use_state(|| old.as_ref().map(|d| d.title.clone()).unwrap_or_default());
    let kind = use_state(|| {
        old.as_ref()
            .map(|d| d.kind.clone())
            .or_else(|| props.kinds.first().map(|(c, _)| c.clone()))
            .unwrap_or_default()
    });
    let file = use_state(|| None::<web_sys::File>);
    let missing = use_state(|| None::<Missing>);
    let submit = use_submit();
    let on_file = {
        let file = file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            file.set(input.files().and_then(|l| l.get(0)));
        })
    };
    let onsubmit = {
        let (title, kind, file, missing, submit) = (
            title.clone(),
            kind.clone(),
            file.clone(),
            missing.clone(),
            submit.clone(),
        );
        let (node_id, old, done) = (props.node_id.clone(), old.clone(), props.on_done.clone());
        Callback::from(move |()| {
            let Some(f) = (*file).clone() else {
                return missing.set(Some(Missing::File));
            };
            if title.trim().is_empty() {
                return missing.set(Some(Missing::Title));
            }
            if kind.is_empty() {
                return missing.set(Some(Missing::Kind));
            }
            missing.set(None);
            let doc = NewDocument {
                node_id: node_id.clone(),
                kind: (*kind).clone(),
                title: (*title).clone(),
                supersedes: old.as_ref().map(|d| d.id.clone()),
            };
            submit.run(
                move |client| async move { upload_document(&client, &doc, &f).await.map(|_| ()) },
                done.clone(),
            );
        })
    };
    let error_at = |name: &str, mine: Missing, text: R| {
        if *missing == Some(mine) {
            return Some(AttrValue::from(i18n.t(text)));
        }
        submit
            .error
            .as_ref()
            .and_then(|e: &ApiError| e.field_message(name, &i18n))
            .map(AttrValue::from)
    };
    let options: Vec<(AttrValue, AttrValue)> = props
        .kinds
        .iter()
        .map(|(c, n)| (AttrValue::from(c.clone()), AttrValue::from(n.clone())))
        .collect();
    let heading = match &old {
        Some(d) => i18n.f(R::NewerOf, &[&d.title, &d.version]),
        None => i18n.t(R::Upload).to_owned(),
    };
    let file_error = error_at("file", Missing::File, R::ChooseFile);
    html! {
        <FormFrame title={heading} submit={K::Save} busy={submit.busy} error={submit.error.clone()}
            fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <div class={classes!("field", file_error.is_some().then_some("has-error"))}>
                <label for="document-file">{ i18n.t(R::DocFile) }</label>
                <input id="document-file" type="file" class="input" accept={ACCEPT} onchange={on_file} />
                if let Some(e) = file_error { <p class="field-error" role="alert">{ e }</p> }
            </div>
            if old.is_none() {
                <SelectField id="document-kind" label={i18n.t(R::DocKind)} {options}
                    value={(*kind).clone()} error={error_at("kind", Missing::Kind, R::ChooseKind)}
                    onchange={let k = kind.clone(); Callback::from(move |v: String| k.set(v))} />
            }
            <TextField id="document-title" label={i18n.t(R::Title)} value={(*title).clone()}
                error={error_at("title", Missing::Title, R::TitleRequired)}
                oninput={let t = title.clone(); Callback::from(move |v: String| t.set(v))} />
        </FormFrame>
    }
}
