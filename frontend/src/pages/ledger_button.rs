//! 导出 Excel: one button for every page with a ledger. It asks the server
//! for the .xlsx (the same data and scope as the page, laid out as the
//! county files it), with the session's token in the header, and saves it
//! under the Chinese name the server gives.

use yew::prelude::*;

use crate::api::{ledger_file, ledger_url, ApiError, Ledger};
use crate::components::ErrorBanner;
use crate::i18n::{use_i18n, K};
use crate::session::use_session;

#[derive(Properties, PartialEq)]
pub struct LedgerButtonProps {
    pub id: AttrValue,
    pub ledger: Ledger,
    /// The query: `nodeId` and the page's filters (empty values left out).
    pub params: Vec<(&'static str, String)>,
}

#[component]
pub fn LedgerButton(props: &LedgerButtonProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let onclick = {
        let (busy, error) = (busy.clone(), error.clone());
        let url = ledger_url(props.ledger, &props.params);
        Callback::from(move |_: MouseEvent| {
            let Some(session) = session.clone() else {
                return;
            };
            if *busy {
                return;
            }
            busy.set(true);
            error.set(None);
            let (busy, error, url) = (busy.clone(), error.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ledger_file(&session.client, &url).await {
                    Ok((blob_url, name)) => {
                        if super::roster::download::save_url(&name, blob_url).is_err() {
                            error.set(Some(ApiError::Internal));
                        }
                    }
                    Err(err) => error.set(Some(err)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <>
            <button id={props.id.clone()} type="button" class="btn btn-secondary"
                disabled={*busy} {onclick}>
                { if *busy { i18n.t(K::ExportingExcel) } else { i18n.t(K::ExportExcel) } }
            </button>
            if let Some(err) = (*error).clone() {
                <ErrorBanner error={err} />
            }
        </>
    }
}
