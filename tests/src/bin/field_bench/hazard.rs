//! One hazard's life up to today, written as the server would have written
//! it: the `hazards` row as it stands and one `hazard_events` row per step,
//! with the server's overdue escalation replayed day by day (one level, then
//! again after the quiet interval) so its first round finds nothing to do.
use crate::calendar::{at, china_day};
use crate::rng::Rng;
use crate::text;
use crate::world::World;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use entity::hazard::{HazardSeverity, HazardState as S};
use entity::hazard_event::HazardAction as A;
use entity::{hazard, hazard_event};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;

/// `FieldRules::escalation_interval_days` (the default configuration).
const ESCALATION_INTERVAL_DAYS: i64 = 7;
const COUNTY_LEVEL: i16 = 3;

/// Where a hazard was found: the inspection that found it.
pub struct Found<'a> {
    pub inspection_id: Uuid,
    pub node_code: i64,
    pub reporter: Uuid,
    pub at: DateTime<Utc>,
    pub sector: &'a str,
}

struct Life<'w> {
    world: &'w World,
    row: hazard::ActiveModel,
    events: Vec<hazard_event::ActiveModel>,
    state: S,
    handling: i64,
    version: i32,
    last: DateTime<Utc>,
}

impl Life<'_> {
    fn step(&mut self, action: A, to: S, actor: Option<Uuid>, when: DateTime<Utc>) {
        self.step_with(action, to, actor, when, None, None, None);
    }

    #[allow(clippy::too_many_arguments)]
    fn step_with(
        &mut self,
        action: A,
        to: S,
        actor: Option<Uuid>,
        when: DateTime<Utc>,
        note: Option<String>,
        deadline: Option<NaiveDate>,
        handling: Option<i64>,
    ) {
        let when = when.max(self.last + Duration::milliseconds(1));
        let from = self.handling;
        if let Some(up) = handling {
            self.handling = up;
            if let Some(n) = self.world.nodes.get(&up) {
                self.row.handling_node_id = Set(n.id);
                self.row.handling_code = Set(n.code);
                self.row.handling_level = Set(n.level);
            }
            self.row.last_escalated_on = Set(Some(china_day(when)));
        }
        let first = self.events.is_empty();
        self.events.push(hazard_event::ActiveModel {
            id: Set(Uuid::new_v4()),
            hazard_id: self.row.id.clone(),
            node_code: self.row.node_code.clone(),
            action: Set(action),
            from_state: Set((!first).then_some(self.state)),
            to_state: Set(to),
            from_handling_code: Set((!first).then_some(from)),
            to_handling_code: Set(self.handling),
            actor_id: Set(actor),
            note: Set(note),
            deadline: Set(deadline),
            created_at: Set(when),
        });
        if !first {
            self.version += 1;
        }
        if matches!(to, S::Closed | S::FixedOnSpot) {
            self.row.closed_at = Set(Some(when));
        }
        self.state = to;
        self.last = when;
    }

    fn escalate_by_hand(&mut self, rng: &mut Rng, when: DateTime<Utc>) {
        let Some(up) = self.world.parent(self.handling) else {
            return;
        };
        let actor = self.world.actor_at(self.handling, rng.next_u64());
        let note = Some(text::one(rng, text::ESCALATE_NOTES));
        let state = self.state;
        self.step_with(A::Escalate, state, actor, when, note, None, Some(up));
    }

    fn plan(&mut self, rng: &mut Rng, when: DateTime<Utc>, deadline: NaiveDate, measures: &str) {
        let actor = self.world.actor_at(self.handling, rng.next_u64());
        let measures = rng.chance(0.8).then(|| measures.to_string());
        self.row.deadline = Set(Some(deadline));
        self.row.measures = Set(measures.clone());
        self.row.responsible_name = Set(Some(text::person_name(rng)));
        self.row.last_escalated_on = Set(None);
        self.step_with(
            A::PlanRectification,
            S::Rectifying,
            actor,
            when,
            measures,
            Some(deadline),
            None,
        );
    }

    fn rectify(&mut self, rng: &mut Rng, when: DateTime<Utc>) -> Option<Uuid> {
        let by = self.world.actor_at(self.handling, rng.next_u64());
        let note = Some(text::one(rng, text::RECTIFY_NOTES));
        self.step_with(A::Rectify, S::Rectified, by, when, note, None, None);
        self.row.rectified_by = Set(by);
        self.row.rectified_at = Set(Some(self.last));
        by
    }

    /// 复查: by the level above the one that rectified (never the rectifier).
    fn verify(
        &mut self,
        rng: &mut Rng,
        when: DateTime<Utc>,
        rectifier: Option<Uuid>,
        passed: bool,
    ) {
        let above = self.world.parent(self.handling).unwrap_or(self.handling);
        let mut by = self.world.actor_at(above, rng.next_u64());
        if by == rectifier {
            by = self.world.actor_at(above, rng.next_u64().wrapping_add(1));
        }
        let by = by.filter(|b| Some(*b) != rectifier);
        let (action, to, notes) = if passed {
            (A::VerifyPassed, S::Closed, text::VERIFY_NOTES)
        } else {
            (A::VerifyFailed, S::Rectifying, text::VERIFY_FAILED_NOTES)
        };
        let note = Some(text::one(rng, notes));
        self.step_with(action, to, by, when, note, None, None);
    }

    /// The server's round: the day after the deadline, then every interval,
    /// one level each time, up to the county.
    fn replay_auto_escalation(
        &mut self,
        rng: &mut Rng,
        deadline: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) {
        let mut day = deadline + Duration::days(1);
        while day <= today {
            let level = self.world.nodes.get(&self.handling).map_or(0, |n| n.level);
            let Some(up) = self.world.parent(self.handling) else {
                break;
            };
            if level <= COUNTY_LEVEL {
                break;
            }
            let when = at(day, rng, 0, 23 * 60).min(now - Duration::minutes(1));
            let note = Some(format!("逾期未整改，自动上报 (overdue since {deadline})"));
            let state = self.state;
            self.step_with(A::AutoEscalate, state, None, when, note, None, Some(up));
            day += Duration::days(ESCALATION_INTERVAL_DAYS);
        }
    }
}

pub fn simulate(
    world: &World,
    rng: &mut Rng,
    found: &Found,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> (hazard::ActiveModel, Vec<hazard_event::ActiveModel>) {
    let (title, description, measures) = text::hazard(rng, found.sector);
    let major = rng.chance(0.03);
    let node = world.nodes.get(&found.node_code);
    let (node_id, level) = node.map_or((Uuid::nil(), 6), |n| (n.id, n.level));
    let reported = found.at + Duration::minutes(rng.range(3, 40));
    let reported = reported.min(now - Duration::minutes(2));
    let lat = rng.chance(0.8).then(|| 27.2 + rng.float() * 1.7);
    let row = hazard::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node_id),
        node_code: Set(found.node_code),
        handling_node_id: Set(node_id),
        handling_code: Set(found.node_code),
        handling_level: Set(level),
        title: Set(title.to_string()),
        description: Set(description.to_string()),
        severity: Set(if major {
            HazardSeverity::Major
        } else {
            HazardSeverity::General
        }),
        category: Set(found.sector.to_string()),
        state: Set(S::Reported),
        deadline: Set(None),
        responsible_person_id: Set(None),
        responsible_name: Set(None),
        measures: Set(None),
        latitude: Set(lat),
        longitude: Set(lat.map(|_| 105.6 + rng.float() * 2.6)),
        accuracy_m: Set(lat.map(|_| rng.range(5, 60) as f64)),
        inspection_id: Set(Some(found.inspection_id)),
        reported_by: Set(found.reporter),
        reported_at: Set(reported),
        rectified_by: Set(None),
        rectified_by_person_id: Set(None),
        rectified_at: Set(None),
        closed_at: Set(None),
        last_escalated_on: Set(None),
        idempotency_key: Set(Uuid::new_v4().to_string()),
        version: Set(1),
        created_at: Set(reported),
        updated_at: Set(reported),
    };
    let mut life = Life {
        world,
        row,
        events: Vec::new(),
        state: S::Reported,
        handling: found.node_code,
        version: 1,
        last: reported - Duration::milliseconds(1),
    };
    life.step(A::Report, S::Reported, Some(found.reporter), reported);
    let day = china_day(reported);
    let age = (today - day).num_days();
    let soon = |rng: &mut Rng, after: NaiveDate, days: i64| {
        let d = (after + Duration::days(rng.range(0, days))).min(today);
        at(d, rng, 8 * 60 + 30, 18 * 60).min(now - Duration::minutes(1))
    };

    if age <= 2 && rng.chance(0.3) {
        // Just reported; some passed up at once by a group that cannot act.
        if rng.chance(0.3) {
            life.escalate_by_hand(rng, reported + Duration::hours(2));
        }
    } else if !major && rng.chance(0.62) {
        life.step_with(
            A::FixOnSpot,
            S::FixedOnSpot,
            Some(found.reporter),
            reported,
            Some(text::one(rng, text::FIX_NOTES)),
            None,
            None,
        );
        if age > 30 && rng.chance(0.006) {
            let when = soon(rng, day + Duration::days(5), 20);
            life.step_with(
                A::Reopen,
                S::Reopened,
                Some(found.reporter),
                when,
                Some(text::one(rng, text::REOPEN_NOTES)),
                None,
                None,
            );
        }
    } else {
        rectification(&mut life, rng, found, day, major, measures, today, now);
    }
    let mut row = life.row;
    row.state = Set(life.state);
    row.version = Set(life.version);
    row.updated_at = Set(life.last);
    (row, life.events)
}

#[allow(clippy::too_many_arguments)]
fn rectification(
    life: &mut Life,
    rng: &mut Rng,
    found: &Found,
    day: NaiveDate,
    major: bool,
    measures: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) {
    let soon = |rng: &mut Rng, after: NaiveDate, days: i64| {
        let d = (after + Duration::days(rng.range(0, days))).min(today);
        at(d, rng, 8 * 60 + 30, 18 * 60).min(now - Duration::minutes(1))
    };
    // 上报 by hand: a tenth go up a level before anyone plans, a few two.
    if rng.chance(0.1) {
        let when = soon(rng, day, 1);
        life.escalate_by_hand(rng, when);
        if rng.chance(0.2) {
            let when = soon(rng, day + Duration::days(1), 2);
            life.escalate_by_hand(rng, when);
        }
    }
    let planned_at = if life.events.len() == 1 && rng.chance(0.7) {
        found.at.max(life.last)
    } else {
        soon(rng, day, 3)
    };
    let plan_day = china_day(planned_at);
    let deadline = plan_day
        + Duration::days(if major {
            rng.range(30, 90)
        } else {
            rng.range(7, 30)
        });
    life.plan(rng, planned_at, deadline, measures);

    if deadline >= today {
        // Still within its time: in progress, or fixed and awaiting the check.
        if rng.chance(0.35) {
            let when = soon(rng, plan_day, (today - plan_day).num_days());
            life.rectify(rng, when);
        }
        return;
    }
    let stuck = if (today - deadline).num_days() <= 40 {
        0.3
    } else {
        0.02
    };
    if rng.chance(stuck) {
        life.replay_auto_escalation(rng, deadline, today, now);
        return;
    }
    let span = (deadline - plan_day).num_days().max(1);
    let mut fixed_on = plan_day + Duration::days(rng.range(1, span));
    let when = soon(rng, fixed_on, 0);
    let mut rectifier = life.rectify(rng, when);
    if rng.chance(0.05) {
        let when = soon(rng, fixed_on + Duration::days(1), 3);
        life.verify(rng, when, rectifier, false);
        fixed_on = (china_day(life.last) + Duration::days(rng.range(1, 5))).min(today);
        let when = soon(rng, fixed_on, 0);
        rectifier = life.rectify(rng, when);
    }
    let check_on = fixed_on + Duration::days(rng.range(1, 5));
    if check_on < today {
        let when = soon(rng, check_on, 0);
        life.verify(rng, when, rectifier, true);
    }
}
