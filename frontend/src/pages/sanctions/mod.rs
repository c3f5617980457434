//! The sanctions page (`/node/:id/sanctions`): for a year, what the records
//! propose under the node (with what each is based on and a decision form
//! where the server allows it) and the register of decisions.

mod decide;
mod proposals;
mod register;

use yew::prelude::*;

use crate::api::node_detail;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::dates::this_year;
use crate::hooks::use_fetch;
use crate::i18n::{use_i18n, P, X};
use proposals::ProposalsCard;
use register::RegisterCard;

use super::year_picker::YearPicker;

#[derive(Properties, PartialEq)]
pub struct SanctionsPageProps {
    pub id: String,
}

#[component]
pub fn SanctionsPage(props: &SanctionsPageProps) -> Html {
    let i18n = use_i18n();
    let year = use_state(this_year);
    // Bumped when a decision is recorded, so both cards read again.
    let generation = use_state(|| 0u32);
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    let year_text = year.to_string();
    let decided = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    html! {
        <div class="month-page sanctions-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <section class="card">
                <div class="card-head">
                    <h1 class="card-title">{ i18n.f(X::SanctionsTitle, &[&detail.name, &year_text]) }</h1>
                </div>
                <div class="roster-toolbar no-print">
                    <YearPicker year={year.clone()}
                        ids={["sanction-year-prev".into(), "sanction-year".into(), "sanction-year-next".into()]}
                        labels={[i18n.t(P::PrevYear).into(), i18n.t(P::Year).into(), i18n.t(P::NextYear).into()]} />
                </div>
                <p class="hint">{ i18n.t(X::ProposalsHint) }</p>
            </section>
            <ProposalsCard node_id={detail.id.clone()} year={*year} generation={*generation} on_decided={decided} />
            <RegisterCard node_id={detail.id.clone()} year={*year} generation={*generation} />
        </div>
    }
}
