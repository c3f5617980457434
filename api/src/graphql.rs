//! The schema: one Query and one Mutation merged from each domain, with the
//! limits every request must pass.
//!
//! Cost, before a request runs: the complexity limit counts every field
//! once and every list as its page size times what is asked below it
//! (`pagination::cost` on each connection, `pagination::list_cost` on each
//! plain list), plus a few points per list for its statements; a request
//! over [`MAX_COMPLEXITY`] is refused whole, before any statement, as
//! BAD_USER_INPUT. While it runs: a budget of database statements per
//! request (`Settings::max_statements_per_request`, counted by
//! `db::counting_request`); past it, no further field is resolved and the
//! request is answered with one BAD_USER_INPUT error saying so.
use crate::accounts::schema::{AccountsMutation, AccountsQuery};
use crate::api_tokens::schema::{ApiTokensMutation, ApiTokensQuery};
use crate::assessments::rules_schema::{AssessmentRulesMutation, AssessmentRulesQuery};
use crate::assessments::schema::{AssessmentsMutation, AssessmentsQuery};
use crate::auth::schema::{AuthMutation, AuthQuery};
use crate::campaigns::progress_schema::CampaignProgressQuery;
use crate::campaigns::schema::{CampaignsMutation, CampaignsQuery};
use crate::demonstrations::schema::{DemonstrationsMutation, DemonstrationsQuery};
use crate::documents::schema::DocumentsQuery;
use crate::grid::schema::{GridMutation, GridQuery};
use crate::hazards::schema::{HazardsMutation, HazardsQuery};
use crate::inspections::schema::{InspectionsMutation, InspectionsQuery};
use crate::integrity_signals::schema::{IntegritySignalsMutation, IntegritySignalsQuery};
use crate::leaders::duty_reports::schema::{DutyReportsMutation, DutyReportsQuery};
use crate::leaders::roster_schema::{RostersMutation, RostersQuery};
use crate::leaders::schema::LeadersMutation;
use crate::liaison::schema::{LiaisonMutation, LiaisonQuery};
use crate::node::NodeQuery;
use crate::overview::rules_schema::FieldRulesQuery;
use crate::overview::schema::OverviewQuery;
use crate::overview::year_schema::YearOverviewQuery;
use crate::payrolls::schema::{PayrollsMutation, PayrollsQuery};
use crate::people::schema::{PeopleMutation, PeopleQuery};
use crate::programme::drills::schema::{DrillsMutation, DrillsQuery};
use crate::programme::meetings::schema::{MeetingsMutation, MeetingsQuery};
use crate::programme::notebooks::schema::{NotebooksMutation, NotebooksQuery};
use crate::programme::publicity::schema::{PublicityMutation, PublicityQuery};
use crate::programme::trainings::schema::{TrainingsMutation, TrainingsQuery};
use crate::programme::work_plans::schema::{WorkPlansMutation, WorkPlansQuery};
use crate::sanctions::schema::{SanctionsMutation, SanctionsQuery};
use crate::scorecards::schema::{ScorecardsMutation, ScorecardsQuery};
use crate::state::SharedState;
use crate::subsidies::schema::{SubsidiesMutation, SubsidiesQuery};
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo,
};
use async_graphql::{
    EmptySubscription, ErrorExtensions, MergedObject, Schema, ServerResult, Value,
};
use std::sync::Arc;
use std::sync::LazyLock;

/// Every read of the API, scoped to the caller's subtree.
#[derive(MergedObject, Default)]
pub struct Query(
    AuthQuery,
    GridQuery,
    PeopleQuery,
    AccountsQuery,
    ApiTokensQuery,
    HazardsQuery,
    InspectionsQuery,
    OverviewQuery,
    FieldRulesQuery,
    YearOverviewQuery,
    NodeQuery,
    DocumentsQuery,
    MeetingsQuery,
    TrainingsQuery,
    NotebooksQuery,
    DrillsQuery,
    PublicityQuery,
    WorkPlansQuery,
    LiaisonQuery,
    DutyReportsQuery,
    RostersQuery,
    DemonstrationsQuery,
    CampaignsQuery,
    CampaignProgressQuery,
    SubsidiesQuery,
    PayrollsQuery,
    SanctionsQuery,
    IntegritySignalsQuery,
    ScorecardsQuery,
    AssessmentsQuery,
    AssessmentRulesQuery,
);

/// Every change the API makes; each is authorized for the caller and audited.
#[derive(MergedObject, Default)]
pub struct Mutation(
    AuthMutation,
    GridMutation,
    PeopleMutation,
    AccountsMutation,
    ApiTokensMutation,
    HazardsMutation,
    InspectionsMutation,
    MeetingsMutation,
    TrainingsMutation,
    NotebooksMutation,
    DrillsMutation,
    PublicityMutation,
    WorkPlansMutation,
    LiaisonMutation,
    LeadersMutation,
    DutyReportsMutation,
    RostersMutation,
    DemonstrationsMutation,
    CampaignsMutation,
    SubsidiesMutation,
    PayrollsMutation,
    SanctionsMutation,
    IntegritySignalsMutation,
    ScorecardsMutation,
    AssessmentsMutation,
    AssessmentRulesMutation,
);

pub type AppSchema = Schema<Query, Mutation, EmptySubscription>;

pub const MAX_DEPTH: usize = 12;
/// The web app's biggest page, the roster at 100 appointments with their
/// person and path, costs about 3,000.
pub const MAX_COMPLEXITY: usize = 5_000;
/// What a refused request is told (async-graphql says "Query is too complex.").
pub const TOO_COMPLEX: &str = "请求过于复杂：每个列表按 first/last × 其下字段计算 (query is too complex: each list counts first/last × the fields below it, and the total must stay under 5000; ask for smaller pages or fewer nested lists)";
/// `extensions.reason` of a request cut at its statement budget.
pub const BUDGET_REASON: &str = "STATEMENT_BUDGET";

pub fn over_budget_message(limit: u64) -> String {
    format!(
        "请求的数据库语句超过 {limit} 条上限 (this request needs more than {limit} database statements; ask for smaller pages or fewer nested lists)"
    )
}

/// Resolves no further field once the request has sent more statements
/// than its budget.
struct StatementBudget(u64);

impl ExtensionFactory for StatementBudget {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(StatementBudget(self.0))
    }
}

#[async_trait::async_trait]
impl Extension for StatementBudget {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if crate::db::request_statements() > self.0 {
            let limit = self.0;
            let refused = crate::error::AppError::request(crate::error::Key::RequestOverBudget)
                .with("max", limit);
            return Err(async_graphql::Error::from(refused)
                .extend_with(|_, e| e.set("reason", BUDGET_REASON))
                .into_server_error(Default::default()));
        }
        next.run(ctx, info).await
    }
}

pub fn build(state: Option<SharedState>, dev_mode: bool) -> AppSchema {
    let mut builder = Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_recursive_depth(32)
        .limit_directives(8)
        .extension(crate::auth::pending::PendingGuard)
        .extension(crate::error::NullPropagation);
    if let Some(state) = &state {
        builder = builder.extension(StatementBudget(state.settings.max_statements_per_request));
    }
    if !dev_mode {
        builder = builder.disable_introspection().disable_suggestions();
    }
    if let Some(state) = state {
        builder = builder.data(state);
    }
    builder.finish()
}

/// The schema that answers standard introspection queries in development
/// mode. GraphiQL's, graphql-js's `getIntrospectionQuery()` and Python
/// `gql`'s nest `ofType` seven to nine levels deep, past [`MAX_DEPTH`];
/// a request made only of `__schema`/`__type`/`__typename` runs here,
/// with only the recursion limit, and never touches the database.
static INTROSPECTION: LazyLock<AppSchema> = LazyLock::new(|| {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_recursive_depth(32)
        .limit_directives(8)
        .finish()
});

/// The introspection schema, for a request that [`is_introspection_only`].
pub fn introspection() -> &'static AppSchema {
    &INTROSPECTION
}

/// True when every operation of `query` selects only introspection fields
/// at its root (a query that does not parse is not).
pub fn is_introspection_only(query: &str) -> bool {
    use async_graphql::parser::types::{DocumentOperations, Selection, SelectionSet};
    let Ok(document) = async_graphql::parser::parse_query(query) else {
        return false;
    };
    fn only_meta(
        set: &SelectionSet,
        fragments: &std::collections::HashMap<
            async_graphql::Name,
            async_graphql::Positioned<async_graphql::parser::types::FragmentDefinition>,
        >,
        depth: usize,
    ) -> bool {
        depth < 8
            && set.items.iter().all(|item| match &item.node {
                Selection::Field(f) => {
                    matches!(
                        f.node.name.node.as_str(),
                        "__schema" | "__type" | "__typename"
                    )
                }
                Selection::InlineFragment(i) => {
                    only_meta(&i.node.selection_set.node, fragments, depth + 1)
                }
                Selection::FragmentSpread(s) => fragments
                    .get(&s.node.fragment_name.node)
                    .is_some_and(|f| only_meta(&f.node.selection_set.node, fragments, depth + 1)),
            })
    }
    let fragments = &document.fragments;
    match &document.operations {
        DocumentOperations::Single(op) => only_meta(&op.node.selection_set.node, fragments, 0),
        DocumentOperations::Multiple(ops) => ops
            .values()
            .all(|op| only_meta(&op.node.selection_set.node, fragments, 0)),
    }
}

/// The SDL committed as `api/schema.graphql`.
pub fn sdl() -> String {
    build(None, true).sdl()
}
