//! Operations for the subsidy and payroll rows. Each payroll field works
//! in a year of its own (a payer has one payroll per year), so a field's
//! fixtures never meet another's; the province administrator prepares the
//! fixture payrolls, after appointing a post held since 2019 below the
//! payer so that something is due.
use super::{Fixtures, Prepared, Target};
use chrono::Datelike;
use entity::{grid_node, payroll};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::{json, Value};

const STANDARDS: &str = "query($c: ID, $y: Int!) { subsidyStandards(year: $y, countyId: $c) { role amountFen isDefault } }";
const SET_STANDARD: &str = "mutation($c: ID, $y: Int!, $a: Fen!) {
  setSubsidyStandard(year: $y, role: GROUP_LIAISON, amountFen: $a, countyId: $c, reason: \"矩阵调整\") { role amountFen version } }";
const LEDGER: &str = "query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) { year rows { personName netFen } totals { netFen } } }";
const SUMMARY: &str = "query($n: ID!, $y: Int!) { payrollSummary(under: $n, year: $y) { payBy rows { node { id } dueFen late } } }";
const PREPARE: &str = "mutation($p: ID!, $y: Int!, $k: String) {
  preparePayroll(payerNodeId: $p, year: $y, idempotencyKey: $k) { id status totalFen } }";
const APPROVE: &str = "mutation($id: ID!) { approvePayroll(id: $id) { id status } }";
const PAY: &str = "mutation($id: ID!, $on: NaiveDate!) { markPayrollPaid(id: $id, paidOn: $on, reference: \"矩阵凭证\") { id status } }";
const ADJUST: &str = "mutation($id: ID!, $a: ID!, $k: String) {
  adjustPayroll(id: $id, appointmentId: $a, amountFen: 100, reason: \"矩阵调整\", idempotencyKey: $k) { id totalFen } }";
const PAYROLLS: &str = "query($under: ID, $y: Int) { payrolls(under: $under, year: $y, first: 100) { totalCount nodes { id } } }";
const APPOINT: &str = "mutation($input: AppointInput!) { appoint(input: $input) { id } }";

fn key() -> String {
    format!("matrix-{}", uuid::Uuid::new_v4().simple())
}

/// `back` years before this one (each payroll field has its own).
fn year(back: i32) -> i32 {
    api::clock::today().year() - back
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

fn subtree_span(level: i16) -> i64 {
    let digits = [2, 4, 6, 9, 12, 15][(level - 1) as usize];
    10_i64.pow(15 - digits) - 1
}

impl Fixtures<'_> {
    /// A post held since 2019 that `payer` pays: an officer at its first
    /// village (a township), a liaison at its first group (a village).
    async fn post_paid_by(&self, payer: &Target) -> String {
        let id = uuid::Uuid::parse_str(&payer.id).unwrap();
        let model = grid_node::Entity::find_by_id(id)
            .one(&self.app.state.db)
            .await
            .unwrap()
            .unwrap();
        let level = model.level + 1;
        let at = grid_node::Entity::find()
            .filter(
                grid_node::Column::Code.between(model.code, model.code + subtree_span(model.level)),
            )
            .filter(grid_node::Column::Level.eq(i32::from(level)))
            .order_by_asc(grid_node::Column::Code)
            .one(&self.app.state.db)
            .await
            .unwrap()
            .expect("a node below the payer");
        let role = if level == 5 {
            "VILLAGE_OFFICER"
        } else {
            "GROUP_LIAISON"
        };
        let input = json!({ "nodeId": at.id.to_string(), "role": role, "startDate": "2019-01-01",
            "newPerson": self.new_person() });
        let data = self.as_root(APPOINT, json!({ "input": input })).await;
        data["appoint"]["id"].as_str().unwrap().to_string()
    }

    /// A payroll of `payer` for `year`, prepared by the province
    /// administrator; with it, the post it pays.
    /// Two positions may place their record at one payer (a city's and its
    /// county's first township): the second gets the payroll made.
    async fn payroll_at(&self, payer: &Target, year: i32) -> (String, String) {
        let post = self.post_paid_by(payer).await;
        let made = payroll::Entity::find()
            .filter(payroll::Column::PayerNodeId.eq(uuid::Uuid::parse_str(&payer.id).unwrap()))
            .filter(payroll::Column::Year.eq(year))
            .one(&self.app.state.db)
            .await
            .unwrap();
        if let Some(made) = made {
            return (made.id.to_string(), post);
        }
        let vars = json!({ "p": payer.id, "y": year, "k": key() });
        let data = self.as_root(PREPARE, vars).await;
        (
            data["preparePayroll"]["id"].as_str().unwrap().to_string(),
            post,
        )
    }

    /// Approved straight in the database: the province administrator
    /// prepared it and may not approve it too.
    async fn approved_payroll_at(&self, payer: &Target, year: i32) -> String {
        let (id, _) = self.payroll_at(payer, year).await;
        let uuid = uuid::Uuid::parse_str(&id).unwrap();
        payroll::Entity::update_many()
            .set(payroll::ActiveModel {
                status: Set(payroll::PayrollStatus::Approved),
                approved_at: Set(Some(chrono::Utc::now() - chrono::Duration::days(1))),
                ..Default::default()
            })
            .filter(payroll::Column::Id.eq(uuid))
            .exec(&self.app.state.db)
            .await
            .unwrap();
        id
    }

    pub(super) async fn prepare_money(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "subsidyStandards" => p(STANDARDS, json!({ "c": node.id, "y": year(0) }), &["c"]),
            "setSubsidyStandard" => {
                let amount = 50_000 + i64::try_from(self.next()).unwrap();
                p(
                    SET_STANDARD,
                    json!({ "c": node.id, "y": year(0), "a": amount }),
                    &["c"],
                )
            }
            "subsidyLedger" => p(LEDGER, json!({ "n": node.id, "y": year(1) }), &["n"]),
            "payrollSummary" => p(SUMMARY, json!({ "n": node.id, "y": year(1) }), &["n"]),
            "preparePayroll" => {
                self.post_paid_by(node).await;
                p(
                    PREPARE,
                    json!({ "p": node.id, "y": year(1), "k": key() }),
                    &["p"],
                )
            }
            "approvePayroll" => {
                let (id, _) = self.payroll_at(node, year(2)).await;
                p(APPROVE, json!({ "id": id }), &["id"])
            }
            "markPayrollPaid" => {
                let id = self.approved_payroll_at(node, year(3)).await;
                let on = api::clock::today().to_string();
                p(PAY, json!({ "id": id, "on": on }), &["id"])
            }
            "adjustPayroll" => {
                let (id, post) = self.payroll_at(node, year(4)).await;
                p(ADJUST, json!({ "id": id, "a": post, "k": key() }), &["id"])
            }
            "payrolls" => {
                let (id, _) = self.payroll_at(node, year(5)).await;
                Prepared {
                    record_id: Some(id),
                    unfiltered: Some(json!({ "y": year(5) })),
                    ..p(
                        PAYROLLS,
                        json!({ "under": node.id, "y": year(5) }),
                        &["under"],
                    )
                }
            }
            _ => return None,
        })
    }
}
