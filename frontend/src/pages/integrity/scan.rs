//! "Scan now" (立即扫描): the county office runs the scan of the node's
//! subtree when it wants the list fresh rather than waiting for cron;
//! shown where the node's `allowedActions` has SCAN_INTEGRITY. Says how
//! many it found and how many are new, and has the list read again.

use yew::prelude::*;

use crate::api::{scan_integrity, IntegrityScan};
use crate::components::ErrorBanner;
use crate::hooks::use_submit;
use crate::i18n::{use_i18n, I};

#[derive(Properties, PartialEq)]
pub struct ScanButtonProps {
    pub node_id: String,
    pub on_scanned: Callback<()>,
}

#[component]
pub fn ScanButton(props: &ScanButtonProps) -> Html {
    let i18n = use_i18n();
    let submit = use_submit();
    let outcome = use_state(|| None::<IntegrityScan>);
    let onclick = {
        let (submit, outcome, on_scanned) =
            (submit.clone(), outcome.clone(), props.on_scanned.clone());
        let id = props.node_id.clone();
        Callback::from(move |_: MouseEvent| {
            let (id, outcome, on_scanned) = (id.clone(), outcome.clone(), on_scanned.clone());
            outcome.set(None);
            let done = outcome.clone();
            submit.run(
                move |client| async move {
                    let scan = scan_integrity(&client, &id).await?;
                    done.set(Some(scan));
                    Ok(())
                },
                Callback::from(move |()| on_scanned.emit(())),
            );
        })
    };
    html! {
        <div class="integrity-scan no-print">
            <button type="button" id="integrity-scan" class="btn btn-primary" {onclick} disabled={submit.busy}>
                { if submit.busy { i18n.t(I::Scanning) } else { i18n.t(I::ScanNow) } }
            </button>
            if let Some(scan) = *outcome {
                <p class="alert alert-success" id="integrity-scan-result" role="status">
                    { i18n.f(I::ScanDone, &[&scan.found, &scan.new]) }
                </p>
            }
            if let Some(err) = submit.error.clone() { <ErrorBanner error={err} /> }
        </div>
    }
}
