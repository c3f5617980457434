//! Notebook spot checks (工作手册抽查): whose notebook, kept or not. The
//! person is named as the roster names them (the record points at the post
//! and at whoever held it then).

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DeskRecord, KindArg,
    NotebookCheckItem, RecordFilter,
};
use crate::app::Route;
use crate::i18n::desk_labels::{word, POSTS};
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct NotebookCheckSpec;

fn result(i18n: &I18n, kept: bool) -> String {
    i18n.t(if kept { D::Kept } else { D::NotKept }).to_owned()
}

impl RecordSpec for NotebookCheckSpec {
    type Item = NotebookCheckItem;
    type Text = D;
    const TITLE: D = D::NotebookChecksTitle;
    const FILE_STEM: D = D::NotebookChecksStem;
    const SLUG: &'static str = "notebook-checks";

    fn columns() -> Vec<D> {
        vec![
            D::ColCheckedOn,
            D::ColPerson,
            D::ColPost,
            D::ColWhere,
            D::ColResult,
            D::ColNote,
            D::ColAuthor,
        ]
    }

    fn cells(i18n: &I18n, c: &NotebookCheckItem) -> Vec<String> {
        vec![
            c.checked_on.clone(),
            c.person
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            c.appointment
                .as_ref()
                .map(|a| word(i18n, POSTS, &a.role))
                .unwrap_or_default(),
            c.node.name.clone(),
            result(i18n, c.kept),
            c.note.clone(),
            c.author_name.clone(),
        ]
    }

    fn id(c: &NotebookCheckItem) -> String {
        c.id.clone()
    }

    fn route(c: &NotebookCheckItem) -> Route {
        Route::DeskRecord { id: c.id.clone() }
    }

    /// "Kind" here is the result: kept or not kept.
    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        vec![
            ("KEPT".into(), result(i18n, true)),
            ("NOT_KEPT".into(), result(i18n, false)),
        ]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<NotebookCheckItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Kept, first, after);
        let query = include_str!("../../api/queries/notebook_checks_page.graphql");
        desk_page(&client, query, "notebookChecks", vars).await
    }
}

pub fn detail(i18n: &I18n, r: &DeskRecord) -> Detail {
    Detail {
        date: r.text("checkedOn"),
        heading: r.nested("person", "name"),
        fields: vec![
            (D::ColCheckedOn, r.text("checkedOn")),
            (D::ColPerson, r.nested("person", "name")),
            (
                D::ColPost,
                word(i18n, POSTS, &r.nested("appointment", "role")),
            ),
            (D::ColResult, result(i18n, r.flag("kept"))),
        ],
        texts: vec![(D::ColNote, r.text("note"))],
    }
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctNotebookCheck",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "kept",
            label: D::Kept,
            input: Input::Bool,
        },
        Editable {
            name: "note",
            label: D::ColNote,
            input: Input::Long,
        },
    ],
    names: &["reason", "kept", "note"],
};
