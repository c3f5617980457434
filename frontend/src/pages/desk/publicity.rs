//! Publicity and education sessions (宣传教育): the topic and the audience.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, PublicityItem,
    RecordFilter,
};
use crate::app::Route;
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct PublicitySpec;

impl RecordSpec for PublicitySpec {
    type Item = PublicityItem;
    type Text = D;
    const TITLE: D = D::PublicityTitle;
    const FILE_STEM: D = D::PublicityStem;
    const SLUG: &'static str = "publicity";

    fn columns() -> Vec<D> {
        vec![
            D::ColHeldOn,
            D::ColWhere,
            D::ColTopic,
            D::ColAudience,
            D::ColAuthor,
            D::ColPhotos,
        ]
    }

    fn cells(_: &I18n, p: &PublicityItem) -> Vec<String> {
        vec![
            p.held_on.clone(),
            p.node.name.clone(),
            p.topic.clone(),
            p.audience_count.to_string(),
            p.author_name.clone(),
            p.photos.len().to_string(),
        ]
    }

    fn id(p: &PublicityItem) -> String {
        p.id.clone()
    }

    fn route(p: &PublicityItem) -> Route {
        Route::DeskRecord { id: p.id.clone() }
    }

    fn kinds(_: &I18n) -> Vec<(String, String)> {
        vec![]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<PublicityItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::None, first, after);
        let query = include_str!("../../api/queries/publicity_page.graphql");
        desk_page(&client, query, "publicitySessions", vars).await
    }
}

pub fn detail(_: &I18n, r: &DeskRecord) -> Detail {
    Detail {
        date: r.text("heldOn"),
        heading: r.text("topic"),
        fields: vec![
            (D::ColHeldOn, r.text("heldOn")),
            (D::ColTopic, r.text("topic")),
            (D::ColAudience, r.text("audienceCount")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctPublicity",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "topic",
            label: D::ColTopic,
            input: Input::Text,
        },
        Editable {
            name: "audienceCount",
            label: D::ColAudience,
            input: Input::Int,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["reason", "topic", "audienceCount", "notes"],
};
