//! A year of inspections for every post (and the leaders' visits), with the
//! hazards they found. Each post has a habit — behind, steady or ahead of
//! its quota (village officer 4, group liaison 3 a month) — and the counts
//! are scaled so the year lands on the requested total. Rows go in month by
//! month, as they would arrive, in multi-row INSERTs inside transactions.
use crate::calendar::{self, Month};
use crate::hazard::{self, Found};
use crate::rng::Rng;
use crate::text;
use crate::world::World;
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use entity::inspection::{self, InspectionKind};
use entity::{hazard as hazard_row, hazard_event};
use sea_orm::{
    ActiveValue::Set, DatabaseConnection, DatabaseTransaction, EntityTrait, TransactionTrait,
};
use uuid::Uuid;

const QUOTA_OFFICER: f64 = 4.0;
const QUOTA_LIAISON: f64 = 3.0;
/// Rows per INSERT: 19 columns × 1,000 stays under SQLite's 32,766 binds.
const BATCH: usize = 1000;
/// Rows per transaction.
const TXN_ROWS: usize = 50_000;

pub struct Totals {
    pub inspections: usize,
    pub hazards: usize,
    pub events: usize,
}

/// What one post did in one month before scaling.
fn habit_count(rng: &mut Rng, habit: f64, quota: f64) -> f64 {
    if habit < 0.12 {
        // Behind: often short of the quota.
        if rng.chance(0.65) {
            rng.range(0, quota as i64 - 1) as f64
        } else {
            quota
        }
    } else if habit < 0.75 {
        let r = rng.float();
        quota
            + if r < 0.05 {
                -1.0
            } else if r < 0.55 {
                0.0
            } else if r < 0.85 {
                1.0
            } else {
                2.0
            }
    } else {
        quota + rng.range(2, 5) as f64
    }
}

struct Writer<'a> {
    db: &'a DatabaseConnection,
    txn: Option<DatabaseTransaction>,
    in_txn: usize,
    inspections: Vec<inspection::ActiveModel>,
    hazards: Vec<hazard_row::ActiveModel>,
    events: Vec<hazard_event::ActiveModel>,
    totals: Totals,
}

impl Writer<'_> {
    async fn txn(&mut self) -> Result<&DatabaseTransaction> {
        if self.txn.is_none() {
            self.txn = Some(self.db.begin().await?);
        }
        self.txn.as_ref().context("no transaction")
    }

    async fn flush(&mut self, all: bool) -> Result<()> {
        if self.inspections.len() >= BATCH || (all && !self.inspections.is_empty()) {
            let rows = std::mem::take(&mut self.inspections);
            let n = rows.len();
            inspection::Entity::insert_many(rows)
                .exec_without_returning(self.txn().await?)
                .await
                .context("inserting inspections")?;
            self.totals.inspections += n;
            self.in_txn += n;
        }
        // Hazards before their events (foreign key).
        if self.events.len() >= BATCH || (all && !self.hazards.is_empty()) {
            let rows = std::mem::take(&mut self.hazards);
            self.totals.hazards += rows.len();
            for chunk in crate::people::chunked(rows, BATCH) {
                hazard_row::Entity::insert_many(chunk)
                    .exec_without_returning(self.txn().await?)
                    .await
                    .context("inserting hazards")?;
            }
            let rows = std::mem::take(&mut self.events);
            self.totals.events += rows.len();
            self.in_txn += rows.len();
            for chunk in crate::people::chunked(rows, BATCH) {
                hazard_event::Entity::insert_many(chunk)
                    .exec_without_returning(self.txn().await?)
                    .await
                    .context("inserting hazard events")?;
            }
        }
        if self.in_txn >= TXN_ROWS || all {
            if let Some(txn) = self.txn.take() {
                txn.commit().await?;
            }
            self.in_txn = 0;
        }
        Ok(())
    }
}

struct Source {
    account: Uuid,
    person: Option<Uuid>,
    appointment: Option<Uuid>,
    kind: InspectionKind,
    /// Where the records are made (several: an officer visits its groups).
    home: i64,
    elsewhere: Vec<i64>,
    quota: f64,
    habit: f64,
}

fn sources(world: &World, seed: &Rng) -> Vec<Source> {
    let mut out = Vec::new();
    for p in &world.posts {
        let mut rng = seed.derive(p.node_code as u64 ^ 0xA11);
        let (kind, quota, elsewhere) = if p.officer {
            let groups = world.groups.get(&p.node_code).cloned().unwrap_or_default();
            (InspectionKind::VillageInspection, QUOTA_OFFICER, groups)
        } else {
            (InspectionKind::GroupPatrol, QUOTA_LIAISON, vec![])
        };
        out.push(Source {
            account: p.account_id,
            person: Some(p.person_id),
            appointment: Some(p.appointment_id),
            kind,
            home: p.node_code,
            elsewhere,
            quota,
            habit: rng.float(),
        });
    }
    // 包村领导: each township leader looks after every n-th village.
    let mut townships: Vec<(&i64, &Vec<Uuid>)> = world.leaders_of.iter().collect();
    townships.sort();
    for (township, leaders) in townships {
        let villages = world.villages.get(township).cloned().unwrap_or_default();
        for (k, account) in leaders.iter().enumerate() {
            for v in villages.iter().skip(k).step_by(leaders.len().max(1)) {
                out.push(Source {
                    account: *account,
                    person: None,
                    appointment: None,
                    kind: InspectionKind::LeaderVisit,
                    home: *v,
                    elsewhere: vec![],
                    quota: 1.0,
                    habit: 0.5,
                });
            }
        }
    }
    out
}

/// Sectors of one record: one to three, the season's risks more often.
fn pick_sectors<'s>(rng: &mut Rng, all: &'s [String], month: u32) -> Vec<&'s str> {
    let weight = |code: &str| match (code, month) {
        ("WATER" | "GEOLOGICAL", 5..=9) => 4.0,
        ("FOREST_FIRE" | "FIRE", 11 | 12 | 1..=4) => 4.0,
        ("SEASONAL", 6..=8) => 2.5,
        ("FIRE" | "ROAD_TRAFFIC" | "POWER_LINES", _) => 2.0,
        ("OTHER", _) => 0.5,
        _ => 1.0,
    };
    let n = 1 + usize::from(rng.chance(0.55)) + usize::from(rng.chance(0.2));
    let mut chosen: Vec<&str> = Vec::new();
    while chosen.len() < n.min(all.len()) {
        let total: f64 = all
            .iter()
            .filter(|c| !chosen.contains(&c.as_str()))
            .map(|c| weight(c))
            .sum();
        let mut x = rng.float() * total;
        for c in all.iter().filter(|c| !chosen.contains(&c.as_str())) {
            x -= weight(c);
            if x <= 0.0 {
                chosen.push(c);
                break;
            }
        }
    }
    chosen
}

pub async fn generate(
    db: &DatabaseConnection,
    world: &World,
    seed: &Rng,
    target: usize,
    hazard_share: f64,
    now: DateTime<Utc>,
) -> Result<Totals> {
    let today = calendar::china_day(now);
    let months = calendar::year(today);
    let sources = sources(world, seed);
    // Streams by place and order, not by (random) ids: the same seed gives
    // the same year on SQLite and PostgreSQL.
    let mut rngs: Vec<Rng> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| seed.derive((s.home as u64).rotate_left(7) ^ i as u64))
        .collect();

    // Raw counts, then one factor so the year lands on the target.
    let mut raw = vec![vec![0f64; months.len()]; sources.len()];
    let (mut visits, mut quota_raw) = (0f64, 0f64);
    for (i, s) in sources.iter().enumerate() {
        for (m, month) in months.iter().enumerate() {
            let base = if s.kind == InspectionKind::LeaderVisit {
                if rngs[i].chance(0.9) {
                    1.0
                } else {
                    2.0
                }
            } else {
                habit_count(&mut rngs[i], s.habit, s.quota) * month.season
            };
            let x = base * month.elapsed;
            raw[i][m] = x;
            if s.kind == InspectionKind::LeaderVisit {
                visits += x
            } else {
                quota_raw += x
            }
        }
    }
    let scale = ((target as f64 - visits) / quota_raw.max(1.0)).max(0.0);
    println!(
        "   {} posts and visit rounds; scale {scale:.3} on the habits",
        sources.len()
    );

    let mut w = Writer {
        db,
        txn: None,
        in_txn: 0,
        inspections: vec![],
        hazards: vec![],
        events: vec![],
        totals: Totals {
            inspections: 0,
            hazards: 0,
            events: 0,
        },
    };
    for (m, month) in months.iter().enumerate() {
        for (i, s) in sources.iter().enumerate() {
            let rng = &mut rngs[i];
            let n = if s.kind == InspectionKind::LeaderVisit {
                raw[i][m].round() as u32
            } else {
                rng.round(raw[i][m] * scale)
            };
            for _ in 0..n {
                let Some(day) = month.day(rng) else { continue };
                record(&mut w, world, rng, s, month, day, hazard_share, today, now);
                w.flush(false).await?;
            }
        }
        w.flush(true).await?;
        println!(
            "   {}: {} inspections, {} hazards so far",
            month.first.format("%Y-%m"),
            w.totals.inspections,
            w.totals.hazards
        );
    }
    Ok(w.totals)
}

#[allow(clippy::too_many_arguments)]
fn record(
    w: &mut Writer,
    world: &World,
    rng: &mut Rng,
    s: &Source,
    month: &Month,
    day: NaiveDate,
    hazard_share: f64,
    today: NaiveDate,
    now: DateTime<Utc>,
) {
    let node_code = if !s.elsewhere.is_empty() && rng.chance(0.25) {
        rng.pick(&s.elsewhere).copied().unwrap_or(s.home)
    } else {
        s.home
    };
    let Some(node) = world.nodes.get(&node_code) else {
        return;
    };
    let occurred = calendar::at(day, rng, 8 * 60 + 30, 18 * 60 + 30);
    let sync = if rng.chance(0.9) {
        Duration::seconds(rng.range(5, 600))
    } else {
        Duration::minutes(rng.range(60, 48 * 60))
    };
    let created = (occurred + sync).min(now - Duration::minutes(1));
    let sectors = pick_sectors(rng, &world.sectors, chrono::Datelike::month(&month.first));
    let found = s.kind != InspectionKind::LeaderVisit && rng.chance(hazard_share);
    let id = Uuid::new_v4();
    let lat = rng
        .chance(0.85)
        .then(|| 27.2 + ((node.code / 1000) % 1700) as f64 / 1000.0 + rng.float() * 0.01);
    w.inspections.push(inspection::ActiveModel {
        id: Set(id),
        node_id: Set(node.id),
        node_code: Set(node.code),
        kind: Set(s.kind),
        occurred_at: Set(occurred),
        occurred_on: Set(day),
        person_id: Set(s.person),
        appointment_id: Set(s.appointment),
        author_id: Set(s.account),
        sectors: Set(serde_json::to_string(&sectors).unwrap_or_else(|_| "[]".into())),
        notes: Set(text::inspection_note(rng, &sectors, found)),
        latitude: Set(lat),
        longitude: Set(
            lat.map(|_| 105.6 + ((node.code / 1000) % 2600) as f64 / 1000.0 + rng.float() * 0.01)
        ),
        accuracy_m: Set(lat.map(|_| rng.range(5, 60) as f64)),
        idempotency_key: Set(Uuid::new_v4().to_string()),
        version: Set(1),
        created_at: Set(created),
        updated_at: Set(created),
    });
    if found {
        let sector = sectors.first().copied().unwrap_or("OTHER");
        let f = Found {
            inspection_id: id,
            node_code: node.code,
            reporter: s.account,
            at: occurred,
            sector,
        };
        let (h, events) = hazard::simulate(world, rng, &f, today, now);
        w.hazards.push(h);
        w.events.extend(events);
    }
}
