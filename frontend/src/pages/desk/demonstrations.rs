//! Demonstration sites (示范村/示范组): each township's designations,
//! current and ended, with the day each began and the day a newer one
//! replaced it. A row leads to the village's or group's node page (a
//! designation has no correction: a newer one replaces it).

use std::rc::Rc;

use crate::api::{
    desk_page, desk_variables, ApiError, Client, Connection, DemonstrationItem, KindArg, Level,
    RecordFilter,
};
use crate::app::Route;
use crate::i18n::{I18n, D, K};
use crate::pages::records::RecordSpec;

pub struct DemonstrationSpec;

/// "示范村" or "示范组".
pub fn level_text(i18n: &I18n, level: Option<Level>) -> &'static str {
    match level {
        Some(Level::Group) => i18n.t(K::DemonstrationGroup),
        _ => i18n.t(K::DemonstrationVillage),
    }
}

impl RecordSpec for DemonstrationSpec {
    type Item = DemonstrationItem;
    type Text = D;
    const TITLE: D = D::DemonstrationsTitle;
    const FILE_STEM: D = D::DemonstrationsStem;
    const SLUG: &'static str = "demonstrations";

    fn columns() -> Vec<D> {
        vec![
            D::ColSite,
            D::ColTownship,
            D::ColSiteLevel,
            D::ColSince,
            D::ColUntil,
            D::ColDocuments,
        ]
    }

    fn cells(i18n: &I18n, d: &DemonstrationItem) -> Vec<String> {
        let documents: Vec<&str> = d.documents.iter().map(|x| x.title.as_str()).collect();
        vec![
            d.node.name.clone(),
            d.township
                .as_ref()
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            level_text(i18n, d.level).to_owned(),
            d.since.clone(),
            match &d.until {
                Some(until) => until.clone(),
                None => i18n.t(D::SiteCurrent).to_owned(),
            },
            documents.join(i18n.t(D::ListSep)),
        ]
    }

    fn id(d: &DemonstrationItem) -> String {
        d.id.clone()
    }

    fn route(d: &DemonstrationItem) -> Route {
        Route::Node {
            id: d.node.id.clone(),
        }
    }

    fn kinds(i18n: &I18n) -> Vec<(String, String)> {
        vec![
            ("CURRENT".into(), i18n.t(D::SiteCurrent).into()),
            ("ENDED".into(), i18n.t(D::SiteEnded).into()),
        ]
    }

    async fn page(
        client: Rc<Client>,
        filter: RecordFilter,
        first: i64,
        after: Option<String>,
    ) -> Result<Connection<DemonstrationItem>, ApiError> {
        let vars = desk_variables(&filter, KindArg::Current, first, after);
        let query = include_str!("../../api/queries/demonstrations_page.graphql");
        desk_page(&client, query, "demonstrations", vars).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{NodeRef, TitledDocument};
    use crate::i18n::Lang;

    fn site(until: Option<&str>) -> DemonstrationItem {
        DemonstrationItem {
            id: "d".into(),
            level: Some(Level::Village),
            since: "2018-05-01".into(),
            until: until.map(str::to_owned),
            current: until.is_none(),
            township: Some(NodeRef {
                id: "t".into(),
                name: "何坝街道".into(),
            }),
            node: NodeRef {
                id: "n".into(),
                name: "凌云村".into(),
            },
            documents: vec![TitledDocument {
                id: "x".into(),
                title: "关于确定示范村的通知".into(),
            }],
        }
    }

    #[test]
    fn a_current_site_says_so_and_an_ended_one_its_last_day() {
        let zh = I18n::fixed(Lang::Zh);
        let cells = DemonstrationSpec::cells(&zh, &site(None));
        assert_eq!(cells.len(), DemonstrationSpec::columns().len());
        assert_eq!(
            cells,
            [
                "凌云村",
                "何坝街道",
                "示范村",
                "2018-05-01",
                "现行",
                "关于确定示范村的通知"
            ]
        );
        let ended = DemonstrationSpec::cells(&I18n::fixed(Lang::En), &site(Some("2026-12-03")));
        assert_eq!(ended[4], "2026-12-03");
    }
}
