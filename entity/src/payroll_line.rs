use sea_orm::entity::prelude::*;

/// One line of a payroll: a post's ledger row as it stood at preparation
/// (`LEDGER`), or a later correction with its reason (`ADJUSTMENT`).
/// Never changed or deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "payroll_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub payroll_id: Uuid,
    /// The payroll's payer: who may see the line (as its payroll).
    pub payer_code: i64,
    /// 1, 2, …: ledger lines first (in grid-code order), then adjustments.
    pub position: i32,
    pub kind: PayrollLineKind,
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    /// The person's real name when the line was written.
    pub person_name: String,
    pub node_id: Uuid,
    pub node_code: i64,
    pub days_in_post: i32,
    pub standard_fen: i64,
    pub prorated_fen: i64,
    pub deduction_fen: i64,
    pub funding_source: FundingSource,
    /// What this line pays (an adjustment may be negative).
    pub amount_fen: i64,
    /// Why an adjustment was made.
    pub reason: Option<String>,
    #[sea_orm(unique)]
    pub idempotency_key: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum PayrollLineKind {
    Ledger,
    Adjustment,
}

/// Who pays a post's subsidy: the county budget, or for a person holding
/// one of the 五员 posts the poverty-alleviation employment fund (扶贫创新就业资金).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(32))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum FundingSource {
    CountyBudget,
    PovertyAlleviationFund,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
