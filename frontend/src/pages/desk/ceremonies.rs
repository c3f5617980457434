//! Ceremony notices (红白喜事报告) and the on-site reminders (跟场提醒) a
//! liaison gave at each: the list counts them, the record lists them.

use std::rc::Rc;

use super::correct::{CorrectSpec, Editable, Input};
use super::Detail;
use crate::api::{
    desk_page, desk_variables, value_text, ApiError, CeremonyItem, Client, Connection, DeskRecord,
    KindArg, RecordFilter,
};
use crate::app::Route;
use crate::dates::local_datetime;
use crate::i18n::desk_labels::{options, word, CEREMONY_KINDS, REMINDER_TOPICS};
use crate::i18n::{I18n, D};
use crate::pages::records::RecordSpec;

pub struct CeremonySpec;

impl RecordSpec for CeremonySpec {
    type Item = CeremonyItem;
    type Text = D;
    const TITLE: D = D::CeremoniesTitle;
    const FILE_STEM: D = D::CeremoniesStem;
    const SLUG: &'static str = "ceremonies";

    fn columns() -> Vec<D> {
        vec![
            D::ColDate,
            D::ColCeremonyKind,
            D::ColHost,
            D::ColPlace,
            D::ColGuests,
            D::ColWhere,
            D::ColNoticedOn,
            D::ColReminders,
            D::ColAuthor,
        ]
    }

    fn cells(i18n: &I18n, c: &CeremonyItem) -> Vec<String> {
        vec![
            c.date.clone(),
            word(i18n, CEREMONY_KINDS, &c.kind),
            c.host_name.clone(),
            c.place.clone(),
            c.expected_guests.to_string(),
            c.node.name.clone(),
            c.noticed_on.clone(),
            c.reminders.len().to_string(),
            c.author_name.clone(),
        ]
    }

    fn id(c: &CeremonyItem) -> String {
        c.id.clone()
    }

    fn route(c: &CeremonyItem) -> Route {
        Route::DeskRecord { id: c.id.clone() }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        options(i18n, CEREMONY_KINDS)
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<CeremonyItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Enum, first, after);
        let query = include_str!("../../api/queries/ceremony_notices_page.graphql");
        desk_page(&client, query, "ceremonyNotices", vars).await
    }
}

pub fn detail(i18n: &I18n, r: &DeskRecord) -> Detail {
    Detail {
        date: r.text("date"),
        heading: r.text("hostName"),
        fields: vec![
            (
                D::ColCeremonyKind,
                word(i18n, CEREMONY_KINDS, &r.text("kind")),
            ),
            (D::ColHost, r.text("hostName")),
            (D::ColDate, r.text("date")),
            (D::ColPlace, r.text("place")),
            (D::ColGuests, r.text("expectedGuests")),
            (D::ColNoticedOn, r.text("noticedOn")),
        ],
        texts: vec![(D::Notes, r.text("notes"))],
    }
}

/// Each reminder as one line: when, what about, notes, who gave it.
pub fn reminders(i18n: &I18n, r: &DeskRecord) -> Vec<String> {
    r.list("reminders")
        .iter()
        .map(|m| {
            let topics: Vec<String> = m["topics"]
                .as_array()
                .map(|ts| {
                    ts.iter()
                        .map(|t| word(i18n, REMINDER_TOPICS, t.as_str().unwrap_or("")))
                        .collect()
                })
                .unwrap_or_default();
            let mut line = i18n.f(
                D::ReminderLine,
                &[
                    &local_datetime(&value_text(m.get("remindedAt"))),
                    &topics.join(i18n.t(D::ListSep)),
                    &value_text(m.get("authorName")),
                ],
            );
            let notes = value_text(m.get("notes"));
            if !notes.is_empty() {
                line.push_str(&format!(" · {notes}"));
            }
            line
        })
        .collect()
}

pub const CORRECT: CorrectSpec = CorrectSpec {
    mutation: "correctCeremonyNotice",
    reason_arg: "reason",
    fields: &[
        Editable {
            name: "hostName",
            label: D::ColHost,
            input: Input::Text,
        },
        Editable {
            name: "place",
            label: D::ColPlace,
            input: Input::Text,
        },
        Editable {
            name: "expectedGuests",
            label: D::ColGuests,
            input: Input::Int,
        },
        Editable {
            name: "notes",
            label: D::Notes,
            input: Input::Long,
        },
    ],
    names: &["reason", "hostName", "place", "expectedGuests", "notes"],
};
