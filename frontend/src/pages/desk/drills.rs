//! Emergency drills (应急演练): the scenario and how many took part.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, DrillItem, KindArg,
    RecordFilter,
};
use crate::app::Route;
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct DrillSpec;

impl RecordSpec for DrillSpec {
    type Item = DrillItem;
    type Text = D;
    const TITLE: D = D::DrillsTitle;
    const FILE_STEM: D = D::DrillsStem;
    const SLUG: &'static str = "drills";

    fn columns() -> Vec<D> {
        vec![
            D::ColHeldOn,
            D::ColWhere,
            D::ColScenario,
            D::ColParticipants,
            D::ColAuthor,
            D::ColPhotos,
        ]
    }

    fn cells(_: &I18n, d: &DrillItem) -> Vec<String> {
        vec![
            d.held_on.clone(),
            d.node.name.clone(),
            d.scenario.clone(),
            d.participant_count.to_string(),
            d.author_name.clone(),
            d.photos.len().to_string(),
        ]
    }

    fn id(d: &DrillItem) -> String {
        d.id.clone()
    }

    fn route(d: &DrillItem) -> Route {
        Route::DeskRecord { id: d.id.clone() }
    }

    fn kinds(_: &I18n) -> Vec<(String, String)> {
        vec![]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<DrillItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::None, first, after);
        desk_page(
            &client,
            include_str!("../../api/queries/drills_page.graphql"),
            "drills",
            vars,
        )
        .await
    }
}

pub fn detail(_: &I18n, r: &DeskRecord) -> Detail {
    Detail {
        date: r.text("heldOn"),
        heading: r.text("scenario"),
        fields: vec![
            (D::ColHeldOn, r.text("heldOn")),
            (D::ColScenario, r.text("scenario")),
            (D::ColParticipants, r.text("participantCount")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctDrill",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "scenario",
            label: D::ColScenario,
            input: Input::Text,
        },
        Editable {
            name: "participantCount",
            label: D::ColParticipants,
            input: Input::Int,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["reason", "scenario", "participantCount", "notes"],
};
