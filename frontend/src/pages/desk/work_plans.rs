//! Yearly work plans (工作计划): the title, when adopted, and the text.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg, RecordFilter,
    WorkPlanItem,
};
use crate::app::Route;
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct WorkPlanSpec;

impl RecordSpec for WorkPlanSpec {
    type Item = WorkPlanItem;
    type Text = D;
    const TITLE: D = D::WorkPlansTitle;
    const FILE_STEM: D = D::WorkPlansStem;
    const SLUG: &'static str = "work-plans";

    fn columns() -> Vec<D> {
        vec![
            D::ColTitle,
            D::ColYear,
            D::ColAdoptedOn,
            D::ColWhere,
            D::ColAuthor,
            D::ColDocuments,
        ]
    }

    fn cells(_: &I18n, w: &WorkPlanItem) -> Vec<String> {
        vec![
            w.title.clone(),
            w.year.to_string(),
            w.adopted_on.clone(),
            w.node.name.clone(),
            w.author_name.clone(),
            w.documents.len().to_string(),
        ]
    }

    fn id(w: &WorkPlanItem) -> String {
        w.id.clone()
    }

    fn route(w: &WorkPlanItem) -> Route {
        Route::DeskRecord { id: w.id.clone() }
    }

    fn kinds(_: &I18n) -> Vec<(String, String)> {
        vec![]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<WorkPlanItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::None, first, after);
        let query = include_str!("../../api/queries/work_plans_page.graphql");
        desk_page(&client, query, "workPlans", vars).await
    }
}

pub fn detail(_: &I18n, r: &DeskRecord) -> Detail {
    Detail {
        date: r.text("adoptedOn"),
        heading: r.text("title"),
        fields: vec![
            (D::ColYear, r.text("year")),
            (D::ColAdoptedOn, r.text("adoptedOn")),
        ],
        texts: vec![(D::PlanContent, r.text("content"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctWorkPlan",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "title",
            label: D::ColTitle,
            input: Input::Text,
        },
        Editable {
            name: "content",
            label: D::PlanContent,
            input: Input::Long,
        },
    ],
    names: &["reason", "title", "content"],
};
