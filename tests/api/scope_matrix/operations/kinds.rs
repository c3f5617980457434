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

const DRILLS: &str =
    "query($under: ID) { drills(under: $under, first: 100) { totalCount nodes { id } } }";
const DRILL: &str = "query($id: ID!) { drill(id: $id) { id heldOn scenario participantCount notes node { id } authorName photos { id } documents { id } earlierVersions { version } locked allowedActions } }";
const RECORD_DRILL: &str = "mutation($input: RecordDrillInput!) { recordDrill(input: $input) { id version } }";
const CORRECT_DRILL: &str = "mutation($id: ID!, $version: Int!) { correctDrill(id: $id, version: $version, reason: \"矩阵更正\", participantCount: 9) { id } }";
const PUBLICITY_LIST: &str =
    "query($under: ID) { publicitySessions(under: $under, first: 100) { totalCount nodes { id } } }";
const PUBLICITY: &str = "query($id: ID!) { publicitySession(id: $id) { id heldOn topic audienceCount notes node { id } authorName photos { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_PUBLICITY: &str = "mutation($input: RecordPublicityInput!) { recordPublicity(input: $input) { id version } }";
const CORRECT_PUBLICITY: &str = "mutation($id: ID!, $version: Int!) { correctPublicity(id: $id, version: $version, reason: \"矩阵更正\", audienceCount: 30) { id } }";
const PLANS: &str =
    "query($under: ID) { workPlans(under: $under, first: 100) { totalCount nodes { id } } }";
const PLAN: &str = "query($id: ID!) { workPlan(id: $id) { id year adoptedOn title content node { id } authorName photos { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_PLAN: &str = "mutation($input: RecordWorkPlanInput!) { recordWorkPlan(input: $input) { id version } }";
const CORRECT_PLAN: &str = "mutation($id: ID!, $version: Int!) { correctWorkPlan(id: $id, version: $version, reason: \"矩阵更正\", title: \"更正标题\") { id } }";

fn key() -> String {
    format!("matrix-{}", uuid::Uuid::new_v4().simple())
}

fn drill_input(node_id: &str) -> Value {
    json!({ "nodeId": node_id, "heldOn": today(), "scenario": "山洪避险演练",
            "participantCount": 25, "idempotencyKey": key() })
}

fn publicity_input(node_id: &str) -> Value {
    json!({ "nodeId": node_id, "heldOn": today(), "topic": "防溺水宣传",
            "audienceCount": 40, "idempotencyKey": key() })
}

fn plan_input(node_id: &str, year: i32) -> Value {
    json!({ "nodeId": node_id, "year": year, "adoptedOn": today(), "title": "年度安全工作计划",
            "content": "每季度召开安全会议，汛期前组织演练", "idempotencyKey": key() })
}

fn today() -> String {
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
            .as_root(RECORD_TRAINING, json!({ "input": training_input(&node.id, &posts) }))
            .await;
        let t = &data["recordTraining"];
        (t["id"].as_str().unwrap().to_string(), t["version"].as_i64().unwrap())
    }

    /// A post at `node` whose notebook the province administrator issued today.
    async fn issued_post(&self, node: &Target) -> String {
        let (post, _) = self.appointment_at(node).await;
        self.as_root(ISSUE, json!({ "id": post, "on": today() })).await;
        post
    }

    async fn check_at(&self, node: &Target) -> (String, i64) {
        let post = self.issued_post(node).await;
        let data = self
            .as_root(RECORD_CHECK, json!({ "input": check_input(&post) }))
            .await;
        let c = &data["recordNotebookCheck"];
        (c["id"].as_str().unwrap().to_string(), c["version"].as_i64().unwrap())
    }

    async fn made(&self, document: &str, input: Value, field: &str) -> (String, i64) {
        let data = self.as_root(document, json!({ "input": input })).await;
        let r = &data[field];
        (r["id"].as_str().unwrap().to_string(), r["version"].as_i64().unwrap())
    }

    /// The province administrator's plan at the village: the one already
    /// there (one per village and year), else a new one for a free year.
    /// (A plan the caller recorded itself would be the caller's to correct.)
    async fn plan_at(&self, node: &Target) -> (String, i64) {
        let node_id = uuid::Uuid::parse_str(&node.id).unwrap();
        let mut q = entity::work_plan::Entity::find()
            .filter(entity::work_plan::Column::NodeId.eq(node_id));
        if let Some(name) = self.caller {
            let mine = entity::account::Entity::find()
                .filter(entity::account::Column::Username.eq(name))
                .one(&self.app.state.db)
                .await
                .unwrap();
            if let Some(me) = mine {
                q = q.filter(entity::work_plan::Column::AuthorId.ne(me.id));
            }
        }
        match q.one(&self.app.state.db).await.unwrap() {
            Some(plan) => (plan.id.to_string(), i64::from(plan.version)),
            None => {
                let year = self.free_plan_year(node).await;
                self.made(RECORD_PLAN, plan_input(&node.id, year), "recordWorkPlan").await
            }
        }
    }

    /// A year the village has no plan for yet (this one or the next).
    async fn free_plan_year(&self, node: &Target) -> i32 {
        let node_id = uuid::Uuid::parse_str(&node.id).unwrap();
        let year = chrono::Datelike::year(&api::clock::today());
        let taken = entity::work_plan::Entity::find()
            .filter(entity::work_plan::Column::NodeId.eq(node_id))
            .filter(entity::work_plan::Column::Year.eq(year))
            .one(&self.app.state.db)
            .await
            .unwrap();
        if taken.is_some() {
            year + 1
        } else {
            year
        }
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
                p(CORRECT_TRAINING, json!({ "id": id, "version": version }), &["id"])
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
                p(CORRECT_CHECK, json!({ "id": id, "version": version }), &["id"])
            }
            "recordDrill" => p(RECORD_DRILL, json!({ "input": drill_input(&node.id) }), &["input", "nodeId"]),
            "drills" => {
                let (id, _) = self.made(RECORD_DRILL, drill_input(&node.id), "recordDrill").await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(DRILLS, json!({ "under": node.id }), &["under"])
                }
            }
            "drill" => {
                let (id, _) = self.made(RECORD_DRILL, drill_input(&node.id), "recordDrill").await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(DRILL, json!({ "id": id }), &["id"])
                }
            }
            "correctDrill" => {
                let (id, version) = self.made(RECORD_DRILL, drill_input(&node.id), "recordDrill").await;
                p(CORRECT_DRILL, json!({ "id": id, "version": version }), &["id"])
            }
            "recordPublicity" => p(
                RECORD_PUBLICITY,
                json!({ "input": publicity_input(&node.id) }),
                &["input", "nodeId"],
            ),
            "publicitySessions" => {
                let (id, _) = self
                    .made(RECORD_PUBLICITY, publicity_input(&node.id), "recordPublicity")
                    .await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(PUBLICITY_LIST, json!({ "under": node.id }), &["under"])
                }
            }
            "publicitySession" => {
                let (id, _) = self
                    .made(RECORD_PUBLICITY, publicity_input(&node.id), "recordPublicity")
                    .await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(PUBLICITY, json!({ "id": id }), &["id"])
                }
            }
            "correctPublicity" => {
                let (id, version) = self
                    .made(RECORD_PUBLICITY, publicity_input(&node.id), "recordPublicity")
                    .await;
                p(CORRECT_PUBLICITY, json!({ "id": id, "version": version }), &["id"])
            }
            "recordWorkPlan" => {
                let year = self.free_plan_year(node).await;
                p(RECORD_PLAN, json!({ "input": plan_input(&node.id, year) }), &["input", "nodeId"])
            }
            "workPlans" => {
                let (id, _) = self.plan_at(node).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(PLANS, json!({ "under": node.id }), &["under"])
                }
            }
            "workPlan" => {
                let (id, _) = self.plan_at(node).await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(PLAN, json!({ "id": id }), &["id"])
                }
            }
            "correctWorkPlan" => {
                let (id, version) = self.plan_at(node).await;
                p(CORRECT_PLAN, json!({ "id": id, "version": version }), &["id"])
            }
            _ => return None,
        })
    }
}
