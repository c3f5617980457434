//! Seasonal warnings (季节性提醒): what about, how many households.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, RecordFilter,
    WarningItem,
};
use crate::app::Route;
use crate::dates::local_datetime;
use crate::i18n::desk_labels::{options, word, WARNING_TOPICS};
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct WarningSpec;

impl RecordSpec for WarningSpec {
    type Item = WarningItem;
    type Text = D;
    const TITLE: D = D::WarningsTitle;
    const FILE_STEM: D = D::WarningsStem;
    const SLUG: &'static str = "warnings";

    fn columns() -> Vec<D> {
        vec![
            D::ColGivenAt,
            D::ColWarningTopic,
            D::ColHouseholds,
            D::ColWhere,
            D::ColAuthor,
        ]
    }

    fn cells(i18n: &I18n, w: &WarningItem) -> Vec<String> {
        vec![
            local_datetime(&w.given_at),
            word(i18n, WARNING_TOPICS, &w.topic),
            w.households.to_string(),
            w.node.name.clone(),
            w.author_name.clone(),
        ]
    }

    fn id(w: &WarningItem) -> String {
        w.id.clone()
    }

    fn route(w: &WarningItem) -> Route {
        Route::DeskRecord { id: w.id.clone() }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        options(i18n, WARNING_TOPICS)
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<WarningItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Enum, first, after);
        let query = include_str!("../../api/queries/seasonal_warnings_page.graphql");
        desk_page(&client, query, "seasonalWarnings", vars).await
    }
}

pub fn detail(i18n: &I18n, r: &DeskRecord) -> Detail {
    let at = local_datetime(&r.text("givenAt"));
    Detail {
        date: at.clone(),
        heading: word(i18n, WARNING_TOPICS, &r.text("topic")),
        fields: vec![
            (D::ColGivenAt, at),
            (
                D::ColWarningTopic,
                word(i18n, WARNING_TOPICS, &r.text("topic")),
            ),
            (D::ColHouseholds, r.text("households")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctSeasonalWarning",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "households",
            label: D::ColHouseholds,
            input: Input::Int,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["reason", "households", "notes"],
};
