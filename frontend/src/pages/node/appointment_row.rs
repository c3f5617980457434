//! One appointment as a table row (a stacked card on phones); a former
//! one greyed, with its end date. A township leader's row also shows the
//! 分管安全 badge and the leader's villages (挂包村).

use yew::prelude::*;

use crate::api::Appointment;
use crate::i18n::{labels, I18n, K, M};

use super::leader_villages::assigned_villages_cell;

pub fn appointment_row(
    i18n: &I18n,
    a: &Appointment,
    actions: Option<Html>,
    with_end: bool,
    actions_column: bool,
    leaders: bool,
) -> Html {
    let phone = &a.person.phone;
    // A masked number (138****1234) is not dialable.
    let phone_html = if phone.contains('*') {
        html! { <span class="mono">{ phone.clone() }</span> }
    } else {
        html! { <a class="mono" href={format!("tel:{phone}")}>{ phone.clone() }</a> }
    };
    let date = |d: &Option<String>, missing: K| match d {
        Some(d) => html! { <span>{ d.clone() }</span> },
        None => html! { <span class="chip chip-gap">{ i18n.t(missing) }</span> },
    };
    html! {
        <tr class={classes!("appointment", (!a.current).then_some("ended"))} key={a.id.clone()}
            data-appointment={a.id.clone()}>
            <td data-label={i18n.t(K::Name)}>
                <span class="person-name">{ a.person.name.clone() }</span>
                if let Some(post) = a.person.auxiliary_post {
                    <span class="badge badge-post">{ labels::post(i18n, post) }</span>
                }
                if a.in_charge_of_safety {
                    <span class="badge badge-post badge-safety">{ i18n.t(M::InChargeOfSafety) }</span>
                }
            </td>
            <td data-label={i18n.t(K::Phone)}>{ phone_html }</td>
            <td data-label={i18n.t(K::StartDate)}>{ a.start_date.clone() }</td>
            <td data-label={i18n.t(K::TrainingDate)}>{ date(&a.training_date, K::NotTrained) }</td>
            <td data-label={i18n.t(K::NotebookDate)}>{ date(&a.notebook_issued_date, K::NotIssued) }</td>
            if leaders {
                <td data-label={i18n.t(M::AssignedVillages)} class="cell-villages">
                    { assigned_villages_cell(i18n, a) }
                </td>
            }
            if with_end {
                <td data-label={i18n.t(K::EndDate)}>
                    if let Some(end) = &a.end_date {
                        <span class="ended-on">{ end.clone() }</span>
                    } else {
                        <span class="chip chip-ok">{ i18n.t(K::InPost) }</span>
                    }
                </td>
            }
            if actions_column {
                <td class={classes!("cell-actions", actions.is_none().then_some("cell-blank"))}>
                    { actions.unwrap_or_default() }
                </td>
            }
        </tr>
    }
}
