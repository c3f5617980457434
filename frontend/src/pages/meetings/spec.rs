//! Meetings as a record list: their columns, cells and query.

use std::rc::Rc;

use crate::api::{
    meetings_page, ApiError, Client, Connection, MeetingItem, MeetingKind, RecordFilter,
};
use crate::app::Route;
use crate::i18n::{labels, I18n, R};
use crate::pages::records::RecordSpec;

pub struct MeetingSpec;

impl RecordSpec for MeetingSpec {
    type Item = MeetingItem;
    type Text = R;
    const TITLE: R = R::MeetingsTitle;
    const FILE_STEM: R = R::MeetingsFileStem;
    const SLUG: &'static str = "meetings";

    fn columns() -> Vec<R> {
        vec![
            R::ColHeldOn,
            R::Kind,
            R::ColNode,
            R::ColTopics,
            R::ColCoversGrid,
            R::ColAttendees,
            R::ColAuthor,
            R::ColPhotos,
        ]
    }

    fn cells(i18n: &I18n, m: &MeetingItem) -> Vec<String> {
        vec![
            m.held_on.clone(),
            labels::meeting_kind(i18n, m.kind).to_owned(),
            m.node.name.clone(),
            m.topics.clone(),
            labels::yes_no(i18n, m.covers_grid_work).to_owned(),
            m.attendee_count.to_string(),
            m.author_name.clone(),
            m.photos.len().to_string(),
        ]
    }

    fn id(m: &MeetingItem) -> String {
        m.id.clone()
    }

    fn route(m: &MeetingItem) -> Route {
        Route::Meeting { id: m.id.clone() }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        MeetingKind::ALL
            .iter()
            .map(|k| {
                (
                    k.slug().to_owned(),
                    labels::meeting_kind(i18n, *k).to_owned(),
                )
            })
            .collect()
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<MeetingItem>, ApiError> {
        meetings_page(&client, &filter, first, after).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::NodeRef;
    use crate::i18n::Lang;
    use crate::pages::records::records_csv;

    fn meeting(topics: &str) -> MeetingItem {
        MeetingItem {
            id: "m1".into(),
            node: NodeRef {
                id: "n1".into(),
                name: "凌云村".into(),
            },
            kind: MeetingKind::VillageSafety,
            held_on: "2026-11-20".into(),
            topics: topics.into(),
            covers_grid_work: true,
            attendee_count: 12,
            author_name: "张三".into(),
            locked: false,
            version: 1,
            photos: vec![],
        }
    }

    #[test]
    fn every_column_has_a_cell() {
        let i18n = I18n::fixed(Lang::En);
        assert_eq!(
            MeetingSpec::columns().len(),
            MeetingSpec::cells(&i18n, &meeting("x")).len()
        );
    }

    #[test]
    fn the_csv_has_a_bom_a_heading_and_quotes_a_comma() {
        let text = records_csv::<MeetingSpec>(&I18n::fixed(Lang::Zh), &[meeting("防火,防汛")]);
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert!(lines[0].starts_with("召开日期,类型,网格,议题"));
        assert_eq!(
            lines[1],
            "2026-11-20,村级安全会议,凌云村,\"防火,防汛\",是,12,张三,0"
        );
    }
}
