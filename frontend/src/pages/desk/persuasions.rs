//! Traffic persuasion talks (交通劝导): the driver, why, the vehicle.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, PersuasionItem,
    RecordFilter,
};
use crate::app::Route;
use crate::dates::local_datetime;
use crate::i18n::desk_labels::{options, word, PERSUASION_REASONS};
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct PersuasionSpec;

impl RecordSpec for PersuasionSpec {
    type Item = PersuasionItem;
    type Text = D;
    const TITLE: D = D::PersuasionsTitle;
    const FILE_STEM: D = D::PersuasionsStem;
    const SLUG: &'static str = "persuasions";

    fn columns() -> Vec<D> {
        vec![
            D::ColTalkedAt,
            D::ColDriver,
            D::ColReason,
            D::ColVehicle,
            D::ColWhere,
            D::ColAuthor,
        ]
    }

    fn cells(i18n: &I18n, p: &PersuasionItem) -> Vec<String> {
        vec![
            local_datetime(&p.talked_at),
            p.driver_name.clone(),
            word(i18n, PERSUASION_REASONS, &p.reason),
            p.vehicle
                .as_ref()
                .map(|v| v.plate.clone())
                .unwrap_or_default(),
            p.node.name.clone(),
            p.author_name.clone(),
        ]
    }

    fn id(p: &PersuasionItem) -> String {
        p.id.clone()
    }

    fn route(p: &PersuasionItem) -> Route {
        Route::DeskRecord { id: p.id.clone() }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        options(i18n, PERSUASION_REASONS)
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<PersuasionItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Enum, first, after);
        let query = include_str!("../../api/queries/persuasions_page.graphql");
        desk_page(&client, query, "persuasions", vars).await
    }
}

pub fn detail(i18n: &I18n, r: &DeskRecord) -> Detail {
    let at = local_datetime(&r.text("talkedAt"));
    Detail {
        date: at.clone(),
        heading: r.text("driverName"),
        fields: vec![
            (D::ColTalkedAt, at),
            (D::ColDriver, r.text("driverName")),
            (
                D::ColReason,
                word(i18n, PERSUASION_REASONS, &r.text("reason")),
            ),
            (D::ColVehicle, r.nested("vehicle", "plate")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

/// Its mutation calls the correction's reason `why`: `reason` is the talk's.
pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctPersuasion",
    reason_arg: "why",
    fields: &[
        Editable {
            name: "driverName",
            label: D::ColDriver,
            input: Input::Text,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["why", "driverName", "notes"],
};
