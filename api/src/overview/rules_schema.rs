//! `fieldRules`: the numbers the month tables count by (the quotas, the
//! close day) and the month they open on, so a page or a dashboard explains
//! its figures with the server's own rules instead of repeating them.
use crate::context::{scope, state};
use crate::error::GqlResult;
use crate::inspections::Month;
use async_graphql::{Context, Object, SimpleObject};
use chrono::NaiveDate;

/// The field rules in force (configuration, the notice's by default).
#[derive(SimpleObject)]
pub struct FieldRulesView {
    /// 村级安全员: inspections a month (notice: at least 4).
    pub quota_village_officer: u32,
    /// 组级安全联络员: patrols a month (notice: at least 3).
    pub quota_group_liaison: u32,
    /// 包村领导: visits to each assigned village a month (notice: at least 1).
    pub quota_leader_visit: u32,
    /// A month's records may be entered until the end of this day of the
    /// next month; then the month is closed.
    pub month_close_day: u32,
    /// An overdue hazard rises a level, then again after this many days.
    pub escalation_interval_days: i64,
    /// "YYYY-MM": the month the month tables open on — last month until
    /// its close day, this month from then on.
    pub current_month: String,
    /// The server's today (China time).
    pub today: NaiveDate,
}

#[derive(Default)]
pub struct FieldRulesQuery;

#[Object]
impl FieldRulesQuery {
    /// The quotas, the close day and the month tables' default month.
    async fn field_rules(&self, ctx: &Context<'_>) -> GqlResult<FieldRulesView> {
        scope(ctx)?;
        let st = state(ctx)?;
        let rules = &st.settings.field;
        let today = st.today();
        Ok(FieldRulesView {
            quota_village_officer: rules.quota_village_officer,
            quota_group_liaison: rules.quota_group_liaison,
            quota_leader_visit: rules.quota_leader_visit,
            month_close_day: rules.month_close_day,
            escalation_interval_days: rules.escalation_interval_days,
            current_month: Month::default_for(today, rules.month_close_day).to_string(),
            today,
        })
    }
}
