//! Operations for the programme kinds' rows (trainings, …): where their
//! records are placed for a position, and the fixture the province
//! administrator makes there first.
use super::{Fixtures, Prepared, Target};
use crate::helpers::TestApp;
use crate::scope_matrix::positions::Position;
use entity::grid_node;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

const TRAININGS: &str =
    "query($under: ID) { trainings(under: $under, first: 100) { totalCount nodes { id } } }";
const TRAINING: &str = "query($id: ID!) { training(id: $id) { id heldOn title topics hours notes attendeeCount attendees { id trainingDate } node { id } authorName documents { id } photos { id } earlierVersions { version } allowedActions } }";
const RECORD_TRAINING: &str =
    "mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id version } }";
const CORRECT_TRAINING: &str = "mutation($id: ID!, $version: Int!) { correctTraining(id: $id, version: $version, reason: \"矩阵更正\", topics: \"更正内容\") { id } }";

const ISSUE: &str = "mutation($id: ID!, $on: NaiveDate!) { issueNotebooks(appointmentIds: [$id], issuedOn: $on) { id notebookIssuedDate } }";
const CHECKS: &str =
    "query($under: ID) { notebookChecks(under: $under, first: 100) { totalCount nodes { id } } }";
const CHECK: &str = "query($id: ID!) { notebookCheck(id: $id) { id checkedOn kept note appointment { id } person { id } node { id } authorName photos { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_CHECK: &str = "mutation($input: RecordNotebookCheckInput!) { recordNotebookCheck(input: $input) { id version } }";
const CORRECT_CHECK: &str = "mutation($id: ID!, $version: Int!) { correctNotebookCheck(id: $id, version: $version, reason: \"矩阵更正\", kept: false) { id } }";

pub(super) fn today() -> String {
    api::clock::today().to_string()
}

fn check_input(post: &str) -> Value {
    json!({ "appointmentId": post, "checkedOn": today(), "kept": true,
            "idempotencyKey": format!("matrix-{}", uuid::Uuid::new_v4().simple()) })
}

fn subtree_span(level: i16) -> i64 {
    let digits = [2, 4, 6, 9, 12, 15][(level - 1) as usize];
    10_i64.pow(15 - digits) - 1
}

fn target(n: grid_node::Model) -> Target {
    Target {
        id: n.id.to_string(),
        name: n.name,
        level: n.level,
    }
}

/// The first node of `level` at or below `node`.
async fn first_at(app: &TestApp, node: &grid_node::Model, level: i16) -> Option<grid_node::Model> {
    grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(node.code, node.code + subtree_span(node.level)))
        .filter(grid_node::Column::Level.eq(i32::from(level)))
        .order_by_asc(grid_node::Column::Code)
        .one(&app.state.db)
        .await
        .unwrap()
}

/// `None` for a field that is not a kind's; else where its record sits for
/// this position (`Some(None)`: nowhere, an X cell).
pub async fn place(
    app: &TestApp,
    field: &str,
    node: &grid_node::Model,
    position: Position,
) -> Option<Option<Target>> {
    let (_, top, bottom) = super::super::programme_table::KIND_LEVELS
        .iter()
        .chain(super::super::campaigns_table::KIND_LEVELS)
        .chain(super::super::money_table::KIND_LEVELS)
        .chain(super::super::sanctions_table::KIND_LEVELS)
        .chain(super::super::assessments_table::KIND_LEVELS)
        .find(|(f, _, _)| *f == field)?;
    if node.level > *bottom {
        return Some(None);
    }
    if node.level >= *top {
        return Some(Some(target(node.clone())));
    }
    if position == Position::Parent {
        return Some(None);
    }
    Some(first_at(app, node, *top).await.map(target))
}

pub fn training_input(node_id: &str, posts: &[String]) -> Value {
    json!({ "nodeId": node_id, "heldOn": api::clock::today().to_string(),
            "title": "矩阵培训", "attendeeAppointmentIds": posts, "hours": 2,
            "idempotencyKey": format!("matrix-{}", uuid::Uuid::new_v4().simple()) })
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

impl Fixtures<'_> {
    /// A new post at the first villager group at or below `node` (or at
    /// the village itself).
    async fn post_under(&self, node: &Target) -> String {
        let id = uuid::Uuid::parse_str(&node.id).unwrap();
        let model = grid_node::Entity::find_by_id(id)
            .one(&self.app.state.db)
            .await
            .unwrap()
            .unwrap();
        let at = if model.level >= 5 {
            model
        } else {
            first_at(self.app, &model, 6).await.expect("a group below")
        };
        self.appointment_at(&target(at)).await.0
    }

    async fn training_at(&self, node: &Target) -> (String, i64) {
        let posts = [self.post_under(node).await];
        let data = self
            .as_root(
                RECORD_TRAINING,
                json!({ "input": training_input(&node.id, &posts) }),
            )
            .await;
        let t = &data["recordTraining"];
        (
            t["id"].as_str().unwrap().to_string(),
            t["version"].as_i64().unwrap(),
        )
    }

    /// A post at `node` whose notebook the province administrator issued today.
    async fn issued_post(&self, node: &Target) -> String {
        let (post, _) = self.appointment_at(node).await;
        self.as_root(ISSUE, json!({ "id": post, "on": today() }))
            .await;
        post
    }

    async fn check_at(&self, node: &Target) -> (String, i64) {
        let post = self.issued_post(node).await;
        let data = self
            .as_root(RECORD_CHECK, json!({ "input": check_input(&post) }))
            .await;
        let c = &data["recordNotebookCheck"];
        (
            c["id"].as_str().unwrap().to_string(),
            c["version"].as_i64().unwrap(),
        )
    }

    pub(super) async fn prepare_kinds(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "trainings" => {
                let (id, _) = self.training_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(TRAININGS, json!({ "under": node.id }), &["under"])
                }
            }
            "training" => {
                let (id, _) = self.training_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(TRAINING, json!({ "id": id }), &["id"])
                }
            }
            "recordTraining" => {
                let posts = [self.post_under(node).await];
                p(
                    RECORD_TRAINING,
                    json!({ "input": training_input(&node.id, &posts) }),
                    &["input", "nodeId"],
                )
            }
            "correctTraining" => {
                let (id, version) = self.training_at(node).await;
                p(
                    CORRECT_TRAINING,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            "issueNotebooks" => {
                let (post, _) = self.appointment_at(node).await;
                p(ISSUE, json!({ "id": post, "on": today() }), &["id"])
            }
            "recordNotebookCheck" => {
                let post = self.issued_post(node).await;
                p(
                    RECORD_CHECK,
                    json!({ "input": check_input(&post) }),
                    &["input", "appointmentId"],
                )
            }
            "notebookChecks" => {
                let (id, _) = self.check_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(CHECKS, json!({ "under": node.id }), &["under"])
                }
            }
            "notebookCheck" => {
                let (id, _) = self.check_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(CHECK, json!({ "id": id }), &["id"])
                }
            }
            "correctNotebookCheck" => {
                let (id, version) = self.check_at(node).await;
                p(
                    CORRECT_CHECK,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            other => return self.prepare_village_kinds(other, node).await,
        })
    }
}
