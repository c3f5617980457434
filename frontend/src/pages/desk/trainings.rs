//! Trainings (培训): who attended, for how long, on what.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, RecordFilter,
    TrainingItem,
};
use crate::app::Route;
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct TrainingSpec;

/// Hours as the record gives them ("" when not given).
fn hours(h: Option<f64>) -> String {
    h.map(|h| h.to_string()).unwrap_or_default()
}

impl RecordSpec for TrainingSpec {
    type Item = TrainingItem;
    type Text = D;
    const TITLE: D = D::TrainingsTitle;
    const FILE_STEM: D = D::TrainingsStem;
    const SLUG: &'static str = "trainings";

    fn columns() -> Vec<D> {
        vec![
            D::ColHeldOn,
            D::ColTitle,
            D::ColWhere,
            D::ColContent,
            D::ColHours,
            D::ColAttendance,
            D::ColAttendees,
            D::ColAuthor,
            D::ColPhotos,
        ]
    }

    fn cells(_: &I18n, t: &TrainingItem) -> Vec<String> {
        let names: Vec<&str> = t.attendees.iter().map(|a| a.person.name.as_str()).collect();
        vec![
            t.held_on.clone(),
            t.title.clone(),
            t.node.name.clone(),
            t.topics.clone(),
            hours(t.hours),
            t.attendee_count.to_string(),
            names.join("、"),
            t.author_name.clone(),
            t.photos.len().to_string(),
        ]
    }

    fn id(t: &TrainingItem) -> String {
        t.id.clone()
    }

    fn route(t: &TrainingItem) -> Route {
        Route::DeskRecord { id: t.id.clone() }
    }

    fn kinds(_: &I18n) -> Vec<(String, String)> {
        vec![]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<TrainingItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::None, first, after);
        desk_page(
            &client,
            include_str!("../../api/queries/trainings_page.graphql"),
            "trainings",
            vars,
        )
        .await
    }
}

pub fn detail(_: &I18n, r: &DeskRecord) -> Detail {
    let names: Vec<String> = r
        .list("attendees")
        .iter()
        .map(|a| crate::api::value_text(a.pointer("/person/name")))
        .collect();
    Detail {
        date: r.text("heldOn"),
        heading: r.text("title"),
        fields: vec![
            (D::ColHeldOn, r.text("heldOn")),
            (D::ColContent, r.text("topics")),
            (D::ColHours, r.text("hours")),
            (D::ColAttendance, r.text("attendeeCount")),
            (D::ColAttendees, names.join("、")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctTraining",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "title",
            label: D::ColTitle,
            input: Input::Text,
        },
        Editable {
            name: "topics",
            label: D::ColContent,
            input: Input::Long,
        },
        Editable {
            name: "hours",
            label: D::ColHours,
            input: Input::Float,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["reason", "title", "topics", "hours", "notes"],
};
