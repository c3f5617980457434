use super::subsidy_standard::SubsidyRole;
use sea_orm::entity::prelude::*;

/// 补贴发放表: one payer's subsidies for one year. The township pays its
/// village officers, the village its group liaisons; the level above
/// approves, the payer marks it paid. Its lines (`payroll_lines`) are the
/// ledger as it stood when the payroll was prepared. Never deleted; once
/// paid, only adjustment lines may be added.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "payrolls")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub payer_node_id: Uuid,
    pub payer_code: i64,
    pub payer_level: i16,
    /// The post this payroll pays.
    pub role: SubsidyRole,
    pub year: i32,
    /// The payer's name for the round ("2025 年度"), if any.
    pub period: Option<String>,
    pub status: PayrollStatus,
    /// Sum of every line's amount (ledger lines and adjustments), kept in
    /// the transaction that changes the lines.
    pub total_fen: i64,
    /// What was paid: the total when it was marked paid (adjustments made
    /// after payment are due on top of it).
    pub paid_fen: Option<i64>,
    pub prepared_by: Uuid,
    /// The preparer's person: separation of duties is by person, not account.
    pub prepared_by_person: Uuid,
    pub prepared_at: DateTimeUtc,
    pub approved_by: Option<Uuid>,
    pub approved_at: Option<DateTimeUtc>,
    pub paid_by: Option<Uuid>,
    pub paid_on: Option<Date>,
    pub reference: Option<String>,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// DRAFT → APPROVED → PAID; nothing goes back.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, serde::Serialize)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::N(16))",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum PayrollStatus {
    Draft,
    Approved,
    Paid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
