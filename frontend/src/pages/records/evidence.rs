//! A record's evidence: its photos (thumbnails that open full size) and
//! the documents it cites, each opened with the bearer header.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::{document_object_url, DocumentItem, PhotoRef};
use crate::components::AuthImage;
use crate::dates::local_datetime;
use crate::i18n::{use_i18n, F, R};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct EvidenceProps {
    pub photos: Rc<Vec<PhotoRef>>,
    pub documents: Rc<Vec<DocumentItem>>,
}

#[component]
pub fn Evidence(props: &EvidenceProps) -> Html {
    let i18n = use_i18n();
    html! {
        <section class="card evidence-card">
            <h2 class="card-title">{ i18n.t(R::Evidence) }</h2>
            if props.photos.is_empty() && props.documents.is_empty() {
                <p class="muted">{ i18n.t(R::NoneYet) }</p>
            }
            <div class="thumbs" id="record-photos">
                { for props.photos.iter().map(|p| html! {
                    <AuthImage key={p.id.clone()} class="thumb" url={p.thumbnail_url.clone()}
                        full_url={Some(AttrValue::from(p.url.clone()))} alt={i18n.t(F::Photos)} />
                }) }
            </div>
            if !props.documents.is_empty() {
                <ul class="document-list" id="record-documents">
                    { for props.documents.iter().map(|d| html! {
                        <li key={d.id.clone()}>
                            <span>{ d.title.clone() }</span>
                            <span class="muted small">{ format!(" · {} · {}", d.uploaded_by_name, local_datetime(&d.created_at)) }</span>
                            <OpenDocument doc={d.clone()} />
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenDocumentProps {
    pub doc: DocumentItem,
}

/// "Open": fetches the file with the bearer header and opens it in a new
/// tab as a `blob:` URL of its own type.
#[component]
pub fn OpenDocument(props: &OpenDocumentProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let failed = use_state(|| false);
    let open = {
        let (doc, failed) = (props.doc.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(session) = session.clone() else {
                return;
            };
            let (doc, failed) = (doc.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match document_object_url(&session.client, &doc.url, &doc.mime).await {
                    Ok(object) => {
                        if let Some(w) = web_sys::window() {
                            let _ = w.open_with_url_and_target(&object, "_blank");
                        }
                    }
                    Err(_) => failed.set(true),
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="btn btn-secondary btn-small doc-open" onclick={open}>
                { i18n.t(R::Open) }
            </button>
            if *failed { <span class="bad small">{ i18n.t(F::PhotoUnavailable) }</span> }
        </>
    }
}
