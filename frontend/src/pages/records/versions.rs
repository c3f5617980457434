//! A record's earlier versions, oldest first: each with its version
//! number, when and why it was corrected, and the row as it was stored.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::RecordVersion;
use crate::dates::local_datetime;
use crate::i18n::{use_i18n, R};

#[derive(Properties, PartialEq)]
pub struct EarlierVersionsProps {
    pub versions: Rc<Vec<RecordVersion>>,
}

/// The stored JSON, indented for reading (as given if it is not JSON).
fn readable(snapshot: &str) -> String {
    serde_json::from_str::<serde_json::Value>(snapshot)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| snapshot.to_owned())
}

#[component]
pub fn EarlierVersions(props: &EarlierVersionsProps) -> Html {
    let i18n = use_i18n();
    html! {
        <section class="card versions-card">
            <h2 class="card-title">{ i18n.t(R::EarlierVersions) }</h2>
            if props.versions.is_empty() {
                <p class="muted" id="no-earlier-versions">{ i18n.t(R::NoEarlierVersions) }</p>
            }
            <ol class="version-list" id="earlier-versions">
                { for props.versions.iter().map(|v| html! {
                    <li key={v.version}>
                        <strong>{ i18n.f(R::VersionN, &[&v.version]) }</strong>
                        <span>{ " " }{ i18n.f(R::CorrectedOn, &[&local_datetime(&v.corrected_at), &v.reason]) }</span>
                        <details class="no-print">
                            <summary>{ i18n.t(R::AsStored) }</summary>
                            <pre class="snapshot">{ readable(&v.snapshot) }</pre>
                        </details>
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::readable;

    #[test]
    fn a_snapshot_is_shown_indented_and_anything_else_as_given() {
        assert_eq!(readable(r#"{"a":1}"#), "{\n  \"a\": 1\n}");
        assert_eq!(readable("not json"), "not json");
    }
}
