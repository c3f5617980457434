//! The roster's filters (post, with history) and its buttons: export CSV,
//! the 05-25 report form as Excel (every current post, whatever the
//! filters), and print. Hidden on paper.

use yew::prelude::*;

use crate::api::{AppointmentRole, Ledger};
use crate::components::{CheckField, SelectField};
use crate::i18n::{labels, use_i18n, K};
use crate::pages::ledger_button::LedgerButton;

const ROLES: [AppointmentRole; 2] = [
    AppointmentRole::VillageOfficer,
    AppointmentRole::GroupLiaison,
];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub role: Option<AppointmentRole>,
    pub include_ended: bool,
}

/// What the buttons ask for; both need every row first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Job {
    Export,
    Print,
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The node whose roster this is.
    pub node_id: String,
    pub filters: Filters,
    pub on_filters: Callback<Filters>,
    pub on_job: Callback<Job>,
    /// Rows fetched so far and the total, while fetching every page.
    pub progress: Option<(usize, i64)>,
    pub busy: bool,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let i18n = use_i18n();
    let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t(K::AllPosts)))];
    options.extend(ROLES.iter().map(|r| {
        (
            AttrValue::from(labels::appointment_role_slug(*r)),
            AttrValue::from(labels::appointment_role(&i18n, *r)),
        )
    }));
    let on_role = {
        let (f, cb) = (props.filters.clone(), props.on_filters.clone());
        Callback::from(move |v: String| {
            let role = ROLES
                .iter()
                .copied()
                .find(|r| labels::appointment_role_slug(*r) == v);
            cb.emit(Filters { role, ..f.clone() })
        })
    };
    let on_ended = {
        let (f, cb) = (props.filters.clone(), props.on_filters.clone());
        Callback::from(move |include_ended: bool| {
            cb.emit(Filters {
                include_ended,
                ..f.clone()
            })
        })
    };
    let job = |job: Job| {
        let cb = props.on_job.clone();
        Callback::from(move |_: MouseEvent| cb.emit(job))
    };
    let role_value = props
        .filters
        .role
        .map(labels::appointment_role_slug)
        .unwrap_or("");
    html! {
        <div class="roster-toolbar no-print">
            <div class="roster-filters">
                <SelectField id="roster-role" label={i18n.t(K::Post)} {options}
                    value={role_value} onchange={on_role} />
                <CheckField id="roster-ended" label={i18n.t(K::IncludeEnded)}
                    checked={props.filters.include_ended} onchange={on_ended} />
            </div>
            <div class="roster-actions">
                <button id="roster-export" type="button" class="btn btn-primary"
                    disabled={props.busy} onclick={job(Job::Export)}>
                    { i18n.t(K::ExportCsv) }
                </button>
                <LedgerButton id="roster-excel" ledger={Ledger::Roster}
                    params={vec![("nodeId", props.node_id.clone())]} />
                <button id="roster-print" type="button" class="btn btn-secondary"
                    disabled={props.busy} onclick={job(Job::Print)}>
                    { i18n.t(K::Print) }
                </button>
            </div>
            if let Some((got, total)) = props.progress {
                <p class="muted roster-progress" role="status">
                    { i18n.f(K::FetchingAll, &[&got, &total]) }
                </p>
            }
        </div>
    }
}
