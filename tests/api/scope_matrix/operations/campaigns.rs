//! Operations for the demonstration and campaign rows: a site the province
//! administrator designates at the target village or group, and a campaign
//! it sets at the target county (or city, or province).
use super::{Fixtures, Prepared, Target};
use api::inspections::month::Month;
use chrono::{Datelike, NaiveDate};
use entity::{demonstration, grid_node};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

const SET_DEMONSTRATION: &str = "mutation($n: ID!, $since: NaiveDate!, $k: String) {
  setDemonstration(nodeId: $n, since: $since, idempotencyKey: $k) { id since current } }";
const DEMONSTRATIONS: &str =
    "query($under: ID) { demonstrations(under: $under, first: 100) { totalCount nodes { id } } }";
const CREATE_CAMPAIGN: &str = "mutation($n: ID!, $input: CampaignInput!) {
  createCampaign(nodeId: $n, input: $input) { id version } }";
const CAMPAIGN: &str = "query($id: ID!) { campaign(id: $id) { id name year setAtName version allowedActions milestones { id kind dueOn } } }";
const UPDATE_CAMPAIGN: &str = "mutation($id: ID!, $v: Int!, $input: CampaignInput!) {
  updateCampaign(id: $id, version: $v, reason: \"矩阵调整\", input: $input) { id version } }";
const PROGRESS: &str = "query($c: ID!) { campaignProgress(campaignId: $c) { asOf campaign { id }
  townships { township { id } milestones { status } } } }";

fn key() -> String {
    format!("matrix-{}", uuid::Uuid::new_v4().simple())
}

pub fn campaign_input(name: &str) -> Value {
    let today = api::clock::today();
    json!({ "name": name, "year": today.year(), "milestones": [
        { "kind": "ROSTER_SUBMITTED", "title": "上报安全员名单", "dueOn": today.to_string() },
    ] })
}

fn prepared(document: &'static str, vars: Value, target_path: &'static [&'static str]) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

/// The township code of a village or group (a township keeps 9 of the 15
/// digits).
fn township_of(code: i64) -> i64 {
    code / 1_000_000 * 1_000_000
}

impl Fixtures<'_> {
    /// The day a designation at `node` takes. A township has one current
    /// site per level, and a newer one must start after it (the same day
    /// is BAD_USER_INPUT); the matrix designates several villages of one
    /// township in a run (own, child, sibling …), so each takes the day
    /// after the township's current one, starting at the earliest open
    /// day. The current site itself takes its own day again: a repeat,
    /// which answers the designation made (another day would be CONFLICT).
    async fn since_for(&self, node: &Target) -> NaiveDate {
        let db = &self.app.state.db;
        let id = uuid::Uuid::parse_str(&node.id).unwrap();
        let model = grid_node::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .expect("the target exists");
        let current = demonstration::Entity::find()
            .filter(demonstration::Column::TownshipCode.eq(township_of(model.code)))
            .filter(demonstration::Column::Level.eq(model.level))
            .filter(demonstration::Column::Until.is_null())
            .one(db)
            .await
            .unwrap();
        let today = self.app.state.today();
        match current {
            Some(c) if c.node_id == id => c.since,
            Some(c) => {
                let next = c.since.succ_opt().unwrap();
                assert!(
                    next <= today,
                    "no open day left after {} for a new site at {}",
                    c.since,
                    node.name
                );
                next
            }
            None => {
                let close = self.app.state.settings.field.month_close_day;
                (0..70)
                    .rev()
                    .map(|back| today - chrono::Duration::days(back))
                    .find(|d| !Month::of(*d).locked(today, close))
                    .unwrap_or(today)
            }
        }
    }

    async fn set_demonstration_vars(&self, node: &Target) -> Value {
        let since = self.since_for(node).await;
        json!({ "n": node.id, "since": since.to_string(), "k": key() })
    }

    /// The province administrator's designation of `node` (the current
    /// one when `node` already is its township's site).
    async fn demonstration_at(&self, node: &Target) -> String {
        let vars = self.set_demonstration_vars(node).await;
        let data = self.as_root(SET_DEMONSTRATION, vars).await;
        data["setDemonstration"]["id"].as_str().unwrap().to_string()
    }

    async fn campaign_at(&self, node: &Target) -> (String, i64) {
        let name = format!("矩阵工作部署{}", self.next());
        let data = self
            .as_root(
                CREATE_CAMPAIGN,
                json!({ "n": node.id, "input": campaign_input(&name) }),
            )
            .await;
        let c = &data["createCampaign"];
        (
            c["id"].as_str().unwrap().to_string(),
            c["version"].as_i64().unwrap(),
        )
    }

    pub(super) async fn prepare_campaigns(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "setDemonstration" => p(
                SET_DEMONSTRATION,
                self.set_demonstration_vars(node).await,
                &["n"],
            ),
            "demonstrations" => {
                let id = self.demonstration_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(DEMONSTRATIONS, json!({ "under": node.id }), &["under"])
                }
            }
            "createCampaign" => {
                let name = format!("矩阵工作部署{}", self.next());
                p(
                    CREATE_CAMPAIGN,
                    json!({ "n": node.id, "input": campaign_input(&name) }),
                    &["n"],
                )
            }
            "campaign" => {
                let (id, _) = self.campaign_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(CAMPAIGN, json!({ "id": id }), &["id"])
                }
            }
            "campaignProgress" => {
                let (id, _) = self.campaign_at(node).await;
                p(PROGRESS, json!({ "c": id }), &["c"])
            }
            "updateCampaign" => {
                let (id, version) = self.campaign_at(node).await;
                let input = campaign_input(&format!("矩阵工作部署{}（调整）", self.next()));
                p(
                    UPDATE_CAMPAIGN,
                    json!({ "id": id, "v": version, "input": input }),
                    &["id"],
                )
            }
            _ => return None,
        })
    }
}
