//! The stored posts, funding sources, states and line kinds as GraphQL
//! enums: their faces of the sea-orm active enums in `entity`, converted
//! by async-graphql's `remote`.
use async_graphql::Enum;
use entity::{payroll, payroll_line, subsidy_standard};

/// A post the notice pays a subsidy for.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "subsidy_standard::SubsidyRole")]
pub enum SubsidyRole {
    /// 村级安全员, paid by the township.
    VillageOfficer,
    /// 组级安全联络员, paid by the village.
    GroupLiaison,
}

/// Who pays a post's subsidy.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "payroll_line::FundingSource")]
pub enum FundingSource {
    /// 县级财政: the county budget.
    CountyBudget,
    /// 扶贫创新就业资金: for a person who holds one of the 五员 posts.
    PovertyAlleviationFund,
}

/// Where a payroll stands: DRAFT → APPROVED → PAID.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "payroll::PayrollStatus")]
pub enum PayrollStatus {
    /// 编制中: prepared by the payer, adjustable.
    Draft,
    /// 已审核: approved by the level above; waiting to be paid.
    Approved,
    /// 已发放: paid and locked; a mistake is an adjustment line.
    Paid,
}

/// A payroll line from the ledger, or a correction made later.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
#[graphql(remote = "payroll_line::PayrollLineKind")]
pub enum PayrollLineKind {
    /// The post's ledger row when the payroll was prepared.
    Ledger,
    /// A correction with its reason.
    Adjustment,
}

/// Why a post gets no subsidy.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExemptReason {
    /// One of the urban communities the notice pays no village-officer
    /// subsidy in (the node's `subsidyExempt` flag: 龙泉镇's six).
    UrbanCommunity,
}
