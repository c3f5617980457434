//! Operations for the village kinds' rows (drills, publicity sessions,
//! work plans): the fixture the province administrator makes at the
//! target first. Placement is `kinds::place`'s.
use super::kinds::today;
use super::{Fixtures, Prepared, Target};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

const DRILLS: &str =
    "query($under: ID) { drills(under: $under, first: 100) { totalCount nodes { id } } }";
const DRILL: &str = "query($id: ID!) { drill(id: $id) { id heldOn scenario participantCount notes node { id } authorName photos { id } documents { id } earlierVersions { version } locked allowedActions } }";
const RECORD_DRILL: &str =
    "mutation($input: RecordDrillInput!) { recordDrill(input: $input) { id version } }";
const CORRECT_DRILL: &str = "mutation($id: ID!, $version: Int!) { correctDrill(id: $id, version: $version, reason: \"矩阵更正\", participantCount: 9) { id } }";
const PUBLICITY_LIST: &str =
    "query($under: ID) { publicitySessions(under: $under, first: 100) { totalCount nodes { id } } }";
const PUBLICITY: &str = "query($id: ID!) { publicitySession(id: $id) { id heldOn topic audienceCount notes node { id } authorName photos { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_PUBLICITY: &str =
    "mutation($input: RecordPublicityInput!) { recordPublicity(input: $input) { id version } }";
const CORRECT_PUBLICITY: &str = "mutation($id: ID!, $version: Int!) { correctPublicity(id: $id, version: $version, reason: \"矩阵更正\", audienceCount: 30) { id } }";
const PLANS: &str =
    "query($under: ID) { workPlans(under: $under, first: 100) { totalCount nodes { id } } }";
const PLAN: &str = "query($id: ID!) { workPlan(id: $id) { id year adoptedOn title content node { id } authorName photos { id } documents { id } earlierVersions { version } allowedActions } }";
const RECORD_PLAN: &str =
    "mutation($input: RecordWorkPlanInput!) { recordWorkPlan(input: $input) { id version } }";
const CORRECT_PLAN: &str = "mutation($id: ID!, $version: Int!) { correctWorkPlan(id: $id, version: $version, reason: \"矩阵更正\", title: \"更正标题\") { id } }";

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

fn key() -> String {
    format!("matrix-{}", uuid::Uuid::new_v4().simple())
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
    async fn made(&self, document: &str, input: Value, field: &str) -> (String, i64) {
        let data = self.as_root(document, json!({ "input": input })).await;
        let r = &data[field];
        (
            r["id"].as_str().unwrap().to_string(),
            r["version"].as_i64().unwrap(),
        )
    }

    /// The province administrator's plan at the village: the one already
    /// there (one per village and year), else a new one for a free year.
    /// (A plan the caller recorded itself would be the caller's to correct.)
    async fn plan_at(&self, node: &Target) -> (String, i64) {
        let node_id = uuid::Uuid::parse_str(&node.id).unwrap();
        let mut q =
            entity::work_plan::Entity::find().filter(entity::work_plan::Column::NodeId.eq(node_id));
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
                self.made(RECORD_PLAN, plan_input(&node.id, year), "recordWorkPlan")
                    .await
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

    pub(super) async fn prepare_village_kinds(
        &self,
        field: &str,
        node: &Target,
    ) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "recordDrill" => p(
                RECORD_DRILL,
                json!({ "input": drill_input(&node.id) }),
                &["input", "nodeId"],
            ),
            "drills" => {
                let (id, _) = self
                    .made(RECORD_DRILL, drill_input(&node.id), "recordDrill")
                    .await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(DRILLS, json!({ "under": node.id }), &["under"])
                }
            }
            "drill" => {
                let (id, _) = self
                    .made(RECORD_DRILL, drill_input(&node.id), "recordDrill")
                    .await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(DRILL, json!({ "id": id }), &["id"])
                }
            }
            "correctDrill" => {
                let (id, version) = self
                    .made(RECORD_DRILL, drill_input(&node.id), "recordDrill")
                    .await;
                p(
                    CORRECT_DRILL,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            "recordPublicity" => p(
                RECORD_PUBLICITY,
                json!({ "input": publicity_input(&node.id) }),
                &["input", "nodeId"],
            ),
            "publicitySessions" => {
                let (id, _) = self
                    .made(
                        RECORD_PUBLICITY,
                        publicity_input(&node.id),
                        "recordPublicity",
                    )
                    .await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({})),
                    ..p(PUBLICITY_LIST, json!({ "under": node.id }), &["under"])
                }
            }
            "publicitySession" => {
                let (id, _) = self
                    .made(
                        RECORD_PUBLICITY,
                        publicity_input(&node.id),
                        "recordPublicity",
                    )
                    .await;
                Prepared {
                    record_id: Some(id.clone()),
                    ..p(PUBLICITY, json!({ "id": id }), &["id"])
                }
            }
            "correctPublicity" => {
                let (id, version) = self
                    .made(
                        RECORD_PUBLICITY,
                        publicity_input(&node.id),
                        "recordPublicity",
                    )
                    .await;
                p(
                    CORRECT_PUBLICITY,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            "recordWorkPlan" => {
                let year = self.free_plan_year(node).await;
                p(
                    RECORD_PLAN,
                    json!({ "input": plan_input(&node.id, year) }),
                    &["input", "nodeId"],
                )
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
                p(
                    CORRECT_PLAN,
                    json!({ "id": id, "version": version }),
                    &["id"],
                )
            }
            _ => return None,
        })
    }
}
