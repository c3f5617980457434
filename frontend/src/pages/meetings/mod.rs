//! Meetings on the desk: the list under a node (a [`RecordList`] of
//! [`MeetingSpec`]) and one meeting with its evidence, earlier versions
//! and, when the server allows it, the correction form.

mod correct;
mod detail;
mod spec;

pub use detail::MeetingPage;
pub use spec::MeetingSpec;

use yew::prelude::*;

use crate::api::node_detail;
use crate::components::{Breadcrumb, ErrorBanner, Loading};
use crate::hooks::use_fetch;
use crate::pages::records::RecordList;

#[derive(Properties, PartialEq)]
pub struct MeetingsPageProps {
    pub id: String,
}

#[component]
pub fn MeetingsPage(props: &MeetingsPageProps) -> Html {
    let node = use_fetch(props.id.clone(), |client, id| async move {
        node_detail(&client, &id).await
    });
    let Some(detail) = node.data.clone() else {
        return match node.error {
            Some(err) => html! { <ErrorBanner error={err} retry={node.reload.clone()} /> },
            None => html! { <Loading /> },
        };
    };
    html! {
        <div class="list-page records-page">
            <Breadcrumb path={detail.path.clone()} current={detail.name.clone()} />
            <RecordList<MeetingSpec> key={detail.id.clone()} node_id={detail.id.clone()}
                node_name={detail.name.clone()} />
        </div>
    }
}
