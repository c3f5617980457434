//! The timing: each query many times through `POST /graphql` of the real
//! server (sequential requests over one keep-alive connection), each time
//! followed by the same statements bare through the same driver (`sql.rs`),
//! after a warm-up of both. Prints one `RESULT|…` line per query.
use crate::sql::{self, Caller};
use anyhow::{bail, Context, Result};
use chrono::{Datelike, Duration, NaiveDate};
use entity::{account, grid_node};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Statement,
};
use serde_json::{json, Value};
use std::time::{Duration as Elapsed, Instant};

/// The server measured, who asks, and the table row's label: shared by
/// `measure` and `money`.
#[derive(clap::Args)]
pub struct Target {
    #[arg(long)]
    pub server: String,
    #[arg(long)]
    pub username: String,
    #[arg(long, env = "FIELD_BENCH_PASSWORD")]
    pub password: String,
    /// Dataset and database, for the table (e.g. "Fenggang · SQLite").
    #[arg(long)]
    pub label: String,
}

/// The township month and the overdue list, over HTTP and as bare SQL.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    /// YYYY-MM; default the last complete month.
    #[arg(long)]
    month: Option<String>,
    #[arg(long, default_value_t = 200)]
    reps: usize,
    #[arg(long, default_value_t = 20)]
    warmup: usize,
    /// Write the SQL of the measured statements here.
    #[arg(long)]
    statements_out: Option<std::path::PathBuf>,
    /// Send each query once and time nothing (to log the server's SQL).
    #[arg(long)]
    probe_only: bool,
}

const OVERDUE: &str = "query($id: ID!) { hazards(under: $id, overdue: true, first: 50) { totalCount edges { node { id title deadline handlingNodeName } } } }";
const OVERVIEW: &str = "query($id: ID!, $month: String!) { monthOverview(nodeId: $id, month: $month) { node { id name } inspectionsDone inspectionsExpected completenessRate leaderVisitsDone hazardsOpen hazardsOverdue hazardsClosed } }";

pub struct Api {
    http: reqwest::Client,
    url: String,
    username: String,
    password: String,
    token: String,
    since: Instant,
}

impl Api {
    /// A logged-in client of the target's server (its `/graphql`).
    pub async fn new(target: &Target) -> Result<Api> {
        let mut api = Api {
            http: reqwest::Client::new(),
            url: format!("{}/graphql", target.server),
            username: target.username.clone(),
            password: target.password.clone(),
            token: String::new(),
            since: Instant::now(),
        };
        api.login().await?;
        Ok(api)
    }

    async fn login(&mut self) -> Result<()> {
        let body = json!({"query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }",
            "variables": {"u": self.username, "p": self.password}});
        let v: Value = self
            .http
            .post(&self.url)
            .json(&body)
            .send()
            .await?
            .json()
            .await?;
        self.token = v["data"]["login"]["accessToken"]
            .as_str()
            .context(format!("login failed: {v}"))?
            .to_string();
        self.since = Instant::now();
        Ok(())
    }

    /// One request, timed from sending to the whole body read.
    pub async fn time(&mut self, query: &str, vars: &Value) -> Result<(Elapsed, Value)> {
        // Access tokens live 15 minutes: log in again well before.
        if self.since.elapsed() > Elapsed::from_secs(600) {
            self.login().await?;
        }
        let body = json!({"query": query, "variables": vars});
        let started = Instant::now();
        let bytes = self
            .http
            .post(&self.url)
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await?
            .bytes()
            .await?;
        let took = started.elapsed();
        let v: Value = serde_json::from_slice(&bytes)?;
        Ok((took, v))
    }
}

pub fn summary(mut xs: Vec<f64>) -> (f64, f64, f64) {
    xs.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| {
        xs.get(((xs.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let mean = xs.iter().sum::<f64>() / xs.len().max(1) as f64;
    (at(0.5), at(0.95), mean)
}

pub async fn top(db: &DatabaseConnection, sql: String) -> Result<i64> {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?
        .context("no rows to choose from")?;
    Ok(row.try_get::<i64>("", "k")?)
}

pub async fn run(db: &DatabaseConnection, args: Args) -> Result<()> {
    let today = chrono::Utc::now()
        .with_timezone(&crate::calendar::china())
        .date_naive();
    let first = match &args.month {
        Some(m) => NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d")?,
        None => (today.with_day(1).unwrap_or(today) - Duration::days(1))
            .with_day(1)
            .unwrap_or(today),
    };
    let month = first.format("%Y-%m").to_string();
    let last = first + chrono::Months::new(1) - Duration::days(1);

    let me = account::Entity::find()
        .filter(account::Column::Username.eq(args.target.username.as_str()))
        .one(db)
        .await?
        .context("no such account")?;
    let my_node = grid_node::Entity::find_by_id(me.node_id)
        .one(db)
        .await?
        .context("account without node")?;
    let level = api::grid::code::Level::from_number(my_node.level).context("level")?;
    let caller = Caller {
        range: api::grid::code::GridCode::new(my_node.code, level).subtree(),
    };

    // The busiest township of the month, the county with most overdue hazards.
    let township = top(db, format!("SELECT node_code / 1000000 * 1000000 AS k, COUNT(*) AS n FROM inspections WHERE occurred_on BETWEEN '{first}' AND '{last}' GROUP BY node_code / 1000000 ORDER BY n DESC LIMIT 1")).await?;
    let county = top(db, format!("SELECT node_code / 1000000000 * 1000000000 AS k, COUNT(*) AS n FROM hazards WHERE state IN ('REPORTED','RECTIFYING','REOPENED') AND deadline < '{today}' GROUP BY node_code / 1000000000 ORDER BY n DESC LIMIT 1")).await?;
    let node = |code: i64| async move {
        grid_node::Entity::find()
            .filter(grid_node::Column::Code.eq(code))
            .one(db)
            .await?
            .context(format!("no node {code}"))
    };
    let (township, county) = (node(township).await?, node(county).await?);
    println!(
        "   month {month}; township {} ({}); county {} ({})",
        township.name,
        township.code / 1_000_000,
        county.name,
        county.code / 1_000_000_000
    );

    let mut api = Api::new(&args.target).await?;

    let overdue_sql = sql::overdue_list(db, &caller, &county, today).await?;
    let overview_sql =
        sql::month_overview(db.get_database_backend(), &caller, &township, first, today)?;
    if let Some(path) = &args.statements_out {
        let mut text = String::new();
        for (name, stmts) in [
            ("overdue list", &overdue_sql),
            ("township month", &overview_sql),
        ] {
            text.push_str(&format!("-- {name}\n"));
            for s in stmts.iter() {
                text.push_str(&format!("{};\n-- binds: {:?}\n", s.sql, s.values));
            }
        }
        std::fs::write(path, text)?;
    }
    let cases: [(&str, &str, Value, &Vec<Statement>, String); 2] = [
        (
            "township month",
            OVERVIEW,
            json!({"id": township.id.to_string(), "month": month}),
            &overview_sql,
            format!("{} {}", township.name, month),
        ),
        (
            "overdue list",
            OVERDUE,
            json!({"id": county.id.to_string()}),
            &overdue_sql,
            county.name.clone(),
        ),
    ];
    for (name, query, vars, stmts, target) in cases {
        let (_, probe) = api.time(query, &vars).await?;
        if let Some(errors) = probe.get("errors") {
            println!(
                "RESULT|{}|{name}|{target}|unavailable: {}",
                args.target.label, errors[0]["message"]
            );
            continue;
        }
        if args.probe_only {
            continue;
        }
        let answer = match name {
            "overdue list" => format!("totalCount {}", probe["data"]["hazards"]["totalCount"]),
            _ => {
                let rows = probe["data"]["monthOverview"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let done: i64 = rows
                    .iter()
                    .filter_map(|r| r["inspectionsDone"].as_i64())
                    .sum();
                format!("{} rows, {done} inspections done", rows.len())
            }
        };
        for _ in 0..args.warmup {
            api.time(query, &vars).await?;
            sql::run(db, stmts).await?;
        }
        // Interleaved, so load from other work on the machine falls on both.
        let mut http = Vec::with_capacity(args.reps);
        let mut bare = Vec::with_capacity(args.reps);
        let mut rows = 0;
        for _ in 0..args.reps {
            let (took, v) = api.time(query, &vars).await?;
            if v.get("errors").is_some() {
                bail!("{name}: {v}");
            }
            http.push(took.as_secs_f64() * 1000.0);
            let started = Instant::now();
            rows = sql::run(db, stmts).await?;
            bare.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        let (a50, a95, amean) = summary(http);
        let (s50, s95, smean) = summary(bare);
        println!(
            "RESULT|{}|{name}|{target}|{a50:.2}|{a95:.2}|{amean:.2}|{s50:.2}|{s95:.2}|{smean:.2}|{:.1}|{}|{answer}; SQL rows {rows}",
            args.target.label, a50 / s50.max(1e-9), stmts.len()
        );
    }
    Ok(())
}
