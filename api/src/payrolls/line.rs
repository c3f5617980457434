//! GraphQL for a payroll's lines: the ledger rows it was prepared from
//! and the adjustments made since, each as stored.
use crate::authz::{loaders, Authorized};
use crate::error::GqlResult;
use crate::ids;
use crate::people::schema::Appointment;
use crate::subsidies::kinds::{FundingSource, PayrollLineKind};
use crate::subsidies::Fen;
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, Utc};
use entity::payroll_line;

/// One line of a payroll.
pub struct PayrollLine(pub Authorized<payroll_line::Model>);

/// One line of a payroll: a post's ledger row as prepared, or an adjustment.
#[Object]
impl PayrollLine {
    /// The line's id.
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// 1, 2, …: ledger lines first, then adjustments in the order made.
    async fn position(&self) -> i32 {
        self.0.position
    }
    /// LEDGER or ADJUSTMENT.
    async fn kind(&self) -> PayrollLineKind {
        self.0.kind.into()
    }
    /// The post paid (null if the caller may no longer see it).
    async fn appointment(&self, ctx: &Context<'_>) -> GqlResult<Option<Appointment>> {
        let posts = loaders::appointments_on(ctx, &self.0, &[self.0.appointment_id]).await?;
        Ok(posts.into_iter().next().map(Appointment))
    }
    /// The person's real name when the line was written.
    async fn person_name(&self) -> &str {
        &self.0.person_name
    }
    /// Days in post in the year (0 on adjustments).
    async fn days_in_post(&self) -> i32 {
        self.0.days_in_post
    }
    /// The yearly standard when prepared, in fen (0 on adjustments).
    async fn standard_fen(&self) -> Fen {
        Fen(self.0.standard_fen)
    }
    /// Prorated by days in post, in fen (0 on adjustments).
    async fn prorated_fen(&self) -> Fen {
        Fen(self.0.prorated_fen)
    }
    /// Deducted after the assessment, in fen (0 until assessments exist).
    async fn deduction_fen(&self) -> Fen {
        Fen(self.0.deduction_fen)
    }
    /// Who pays it.
    async fn funding_source(&self) -> FundingSource {
        self.0.funding_source.into()
    }
    /// What the line pays, in fen (an adjustment may be negative).
    async fn amount_fen(&self) -> Fen {
        Fen(self.0.amount_fen)
    }
    /// Why an adjustment was made.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// When the line was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
