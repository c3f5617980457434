//! One document in the list: title, kind, version, who uploaded it when,
//! its size; "open", and "upload a newer version" when allowed.

use yew::prelude::*;

use crate::api::{Action, DocumentItem};
use crate::dates::local_datetime;
use crate::i18n::{use_i18n, R};
use crate::pages::records::OpenDocument;

#[derive(Properties, PartialEq)]
pub struct DocumentRowProps {
    pub doc: DocumentItem,
    pub kind_name: String,
    pub on_newer: Callback<DocumentItem>,
}

/// A byte count as people read it.
pub fn size_text(bytes: i64) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
        b if b >= 1024 => format!("{} KB", (b + 512) / 1024),
        b => format!("{b} B"),
    }
}

#[component]
pub fn DocumentRow(props: &DocumentRowProps) -> Html {
    let i18n = use_i18n();
    let d = &props.doc;
    let newer = {
        let (cb, doc) = (props.on_newer.clone(), d.clone());
        Callback::from(move |_: MouseEvent| cb.emit(doc.clone()))
    };
    let may_supersede = d.allowed_actions.contains(&Action::SupersedeDocument);
    let place = d.node.as_ref().map(|n| n.name.clone()).unwrap_or_default();
    html! {
        <li class="record-row document-row" data-title={d.title.clone()}>
            <div class="record-main">
                <div class="record-head">
                    <strong>{ d.title.clone() }</strong>
                    <span>{ props.kind_name.clone() }</span>
                    <span class="muted">{ i18n.f(R::VersionN, &[&d.version]) }</span>
                </div>
                <p class="muted small">
                    { format!("{place} · {} · {} · {}", d.uploaded_by_name, local_datetime(&d.created_at), size_text(d.byte_size)) }
                </p>
            </div>
            <div class="row-actions">
                <OpenDocument doc={d.clone()} />
                if may_supersede {
                    <button type="button" class="btn btn-secondary btn-small doc-newer" onclick={newer}>
                        { i18n.t(R::UploadNewer) }
                    </button>
                }
            </div>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::size_text;

    #[test]
    fn sizes_read_in_bytes_kilobytes_and_megabytes() {
        assert_eq!(size_text(900), "900 B");
        assert_eq!(size_text(2048), "2 KB");
        assert_eq!(size_text(3 * 1024 * 1024 + 100_000), "3.1 MB");
    }
}
