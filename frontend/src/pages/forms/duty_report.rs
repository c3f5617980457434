//! File a township leader's monthly duty report (履职报告) at the desk:
//! the month, what was done, whether it covers the grid work, and the
//! signed report if it was uploaded under the township's documents. The
//! idempotency key is made when the form opens, so a retry after a lost
//! answer files one report; a second report for the month is refused by
//! the server (`duty_report.exists`) and said so in the form.

use yew::prelude::*;

use super::frame::FormFrame;
use super::{field_error, setter};
use crate::api::{documents_page, record_duty_report, NewDutyReport, RecordFilter};
use crate::components::{CheckField, TextField};
use crate::device::uuid_v4;
use crate::hooks::{use_fetch, use_submit};
use crate::i18n::{use_i18n, K, M};
use crate::pages::field::TextArea;

const FIELDS: &[&str] = &["month", "summary", "documentIds"];
/// Documents offered to cite: the township's newest.
const DOCUMENTS_SHOWN: i64 = 20;

#[derive(Properties, PartialEq)]
pub struct DutyReportFormProps {
    /// The leader's `TOWNSHIP_LEADER` appointment.
    pub appointment_id: String,
    pub leader_name: String,
    /// The leader's township, whose documents may be cited.
    pub township_id: String,
    /// `YYYY-MM`, the month the form starts on.
    pub month: String,
    pub on_done: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn DutyReportForm(props: &DutyReportFormProps) -> Html {
    let i18n = use_i18n();
    let key = use_state(uuid_v4);
    let month = use_state(|| props.month.clone());
    let summary = use_state(String::new);
    let covers = use_state(|| true);
    let chosen = use_state(Vec::<String>::new);
    let missing_summary = use_state(|| false);
    let submit = use_submit();
    let documents = use_fetch(props.township_id.clone(), |client, under| async move {
        let filter = RecordFilter {
            under,
            kind: None,
            from: None,
            to: None,
        };
        documents_page(&client, &filter, false, DOCUMENTS_SHOWN, None).await
    });
    let onsubmit = {
        let (month, summary, covers, chosen, key) = (
            month.clone(),
            summary.clone(),
            covers.clone(),
            chosen.clone(),
            key.clone(),
        );
        let (submit, missing_summary, on_done) = (
            submit.clone(),
            missing_summary.clone(),
            props.on_done.clone(),
        );
        let appointment_id = props.appointment_id.clone();
        Callback::from(move |()| {
            if summary.trim().is_empty() {
                missing_summary.set(true);
                return;
            }
            missing_summary.set(false);
            let report = NewDutyReport {
                appointment_id: appointment_id.clone(),
                month: (*month).clone(),
                covers_grid_work: *covers,
                summary: (*summary).clone(),
                document_ids: (*chosen).clone(),
                idempotency_key: (*key).clone(),
            };
            submit.run(
                move |client| async move { record_duty_report(&client, &report).await },
                on_done.clone(),
            );
        })
    };
    let on_month = {
        let month = month.clone();
        // `<input type=month>` gives YYYY-MM, or "" while being edited.
        Callback::from(move |v: String| {
            if v.len() == 7 {
                month.set(v)
            }
        })
    };
    let on_covers = {
        let covers = covers.clone();
        Callback::from(move |v: bool| covers.set(v))
    };
    let summary_error = if *missing_summary {
        Some(AttrValue::from(i18n.t(M::DutySummaryRequired)))
    } else {
        field_error(&submit.error, "summary")
    };
    let docs = match &documents.data {
        Some(page) if page.edges.is_empty() => {
            html! { <p class="muted small">{ i18n.t(M::NoDocuments) }</p> }
        }
        Some(page) => page
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
                    <CheckField id={format!("duty-doc-{id}")} label={e.node.title.clone()}
                        {checked} {onchange} />
                }
            })
            .collect::<Html>(),
        None => Html::default(),
    };
    html! {
        <FormFrame title={i18n.f(M::DutyTitle, &[&props.leader_name, &*month])}
            submit={K::FileReport} busy={submit.busy} error={submit.error.clone()}
            fields={FIELDS} {onsubmit} on_cancel={props.on_cancel.clone()}>
            <TextField id="duty-month" label={i18n.t(M::DutyMonth)} kind="month"
                value={(*month).clone()} oninput={on_month} required=true
                error={field_error(&submit.error, "month")} />
            <TextArea id="duty-summary" label={i18n.t(M::DutySummary)} value={(*summary).clone()}
                oninput={setter(&summary)} placeholder={i18n.t(M::DutySummaryHint)}
                error={summary_error} />
            <CheckField id="duty-covers" label={i18n.t(M::DutyCoversGrid)}
                checked={*covers} onchange={on_covers} />
            <fieldset class="field duty-documents">
                <legend class="field-label">{ i18n.t(M::DutyDocuments) }</legend>
                { docs }
                if let Some(e) = field_error(&submit.error, "documentIds") {
                    <p class="field-error" role="alert">{ e }</p>
                }
            </fieldset>
        </FormFrame>
    }
}
