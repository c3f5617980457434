//! Hazards found on about one patrol in nine, in the mix a county sees:
//! most fixed on the spot or rectified and checked, some still being
//! rectified, a few overdue (and passed up a level by the server), a few
//! waiting for a decision or for the check.
use super::phrases::HAZARDS;
use crate::divisions::synth::hash;
use chrono::{DateTime, Duration, Utc};
use entity::hazard::{HazardSeverity, HazardState as S};
use entity::hazard_event::HazardAction as A;
use entity::{grid_node, hazard, hazard_event, inspection};
use sea_orm::{ConnectionTrait, EntityTrait};
use std::collections::HashMap;
use uuid::Uuid;

pub struct Found {
    pub hazard: hazard::Model,
    pub events: Vec<hazard_event::Model>,
}

struct Builder {
    h: hazard::Model,
    events: Vec<hazard_event::Model>,
    seed: u64,
}

impl Builder {
    fn event(&mut self, action: A, to: S, actor: Option<Uuid>, at: DateTime<Utc>, note: &str) {
        let from = self.events.last().map(|e| e.to_state);
        let from_handling = self.events.last().map(|e| e.to_handling_code);
        self.events.push(hazard_event::Model {
            id: Uuid::from_u64_pair(self.seed, self.events.len() as u64 + 1),
            hazard_id: self.h.id,
            node_code: self.h.node_code,
            action,
            from_state: from,
            to_state: to,
            from_handling_code: from_handling,
            to_handling_code: self.h.handling_code,
            actor_id: actor,
            note: (!note.is_empty()).then(|| note.to_string()),
            deadline: None,
            created_at: at,
        });
        self.h.state = to;
        self.h.updated_at = at;
        self.h.version = self.events.len() as i32;
    }
}

pub fn generate(
    made: &[inspection::Model],
    clerk: Uuid,
    now: DateTime<Utc>,
    nodes: &HashMap<Uuid, grid_node::Model>,
) -> Vec<Found> {
    let today = now.with_timezone(&crate::clock::china()).date_naive();
    let mut out = Vec::new();
    for i in made {
        let seed = hash(i.node_code, i.id.as_u64_pair().0);
        if !seed.is_multiple_of(9) {
            continue;
        }
        let Some(node) = nodes.get(&i.node_id) else {
            continue;
        };
        let (category, title, description) = HAZARDS[(seed >> 8) as usize % HAZARDS.len()];
        let major = (seed >> 16).is_multiple_of(20);
        let at = i.occurred_at + Duration::minutes(20);
        let mut b = Builder {
            seed,
            h: hazard::Model {
                id: Uuid::from_u64_pair(seed, 0),
                node_id: node.id,
                node_code: node.code,
                handling_node_id: node.id,
                handling_code: node.code,
                handling_level: node.level,
                title: title.to_string(),
                description: description.to_string(),
                severity: if major {
                    HazardSeverity::Major
                } else {
                    HazardSeverity::General
                },
                category: category.to_string(),
                state: S::Reported,
                deadline: None,
                responsible_person_id: None,
                responsible_name: None,
                measures: None,
                latitude: None,
                longitude: None,
                accuracy_m: None,
                inspection_id: Some(i.id),
                reported_by: i.author_id,
                reported_at: at,
                rectified_by: None,
                rectified_by_person_id: None,
                rectified_at: None,
                closed_at: None,
                last_escalated_on: None,
                idempotency_key: format!("demo-hazard-{}", Uuid::from_u64_pair(seed, 1)),
                version: 1,
                created_at: at,
                updated_at: at,
            },
            events: Vec::new(),
        };
        b.event(A::Report, S::Reported, Some(i.author_id), at, "");
        let r = (seed >> 24) % 100;
        if r < 40 && !major {
            b.event(
                A::FixOnSpot,
                S::FixedOnSpot,
                Some(i.author_id),
                at + Duration::minutes(30),
                "已当场整改",
            );
            b.h.closed_at = Some(at + Duration::minutes(30));
        } else if r < 93 {
            let days = 7 + (seed >> 32) as i64 % 21;
            let deadline = i.occurred_on + Duration::days(days);
            b.h.deadline = Some(deadline);
            b.h.responsible_name = Some("户主".into());
            b.h.measures = Some("限期整改，整改后拍照上报复查".into());
            b.event(
                A::PlanRectification,
                S::Rectifying,
                Some(i.author_id),
                at + Duration::hours(1),
                "限期整改，整改后拍照上报复查",
            );
            if let Some(e) = b.events.last_mut() {
                e.deadline = Some(deadline);
            }
            let fixed_at = at + Duration::days(days / 2);
            let checked_at = fixed_at + Duration::days(1);
            if r < 70 && checked_at < now {
                b.h.rectified_by = Some(i.author_id);
                b.h.rectified_by_person_id = i.person_id;
                b.h.rectified_at = Some(fixed_at);
                b.event(
                    A::Rectify,
                    S::Rectified,
                    Some(i.author_id),
                    fixed_at,
                    "已按要求整改",
                );
                b.event(
                    A::VerifyPassed,
                    S::Closed,
                    Some(clerk),
                    checked_at,
                    "复查合格，予以销号",
                );
                b.h.closed_at = Some(checked_at);
            } else if r >= 88 && fixed_at < now {
                b.h.rectified_by = Some(i.author_id);
                b.h.rectified_by_person_id = i.person_id;
                b.h.rectified_at = Some(fixed_at);
                b.event(
                    A::Rectify,
                    S::Rectified,
                    Some(i.author_id),
                    fixed_at,
                    "已按要求整改",
                );
            } else if deadline < today {
                // Overdue: the server passed it up the day after the deadline.
                if let Some(parent) = node.parent_id.and_then(|p| nodes.get(&p)) {
                    let on = deadline + Duration::days(1);
                    b.h.handling_node_id = parent.id;
                    b.h.handling_code = parent.code;
                    b.h.handling_level = parent.level;
                    b.h.last_escalated_on = Some(on);
                    let when = on.and_hms_opt(1, 0, 0).map(|t| t.and_utc()).unwrap_or(now);
                    b.event(
                        A::AutoEscalate,
                        S::Rectifying,
                        None,
                        when,
                        "逾期未整改，自动上报",
                    );
                }
            }
        }
        out.push(Found {
            hazard: b.h,
            events: b.events,
        });
    }
    out
}

pub async fn insert(db: &impl ConnectionTrait, found: &[Found]) -> Result<(), sea_orm::DbErr> {
    for chunk in found.chunks(300) {
        hazard::Entity::insert_many(
            chunk
                .iter()
                .map(|f| hazard::ActiveModel::from(f.hazard.clone())),
        )
        .exec(db)
        .await?;
        let events: Vec<hazard_event::ActiveModel> = chunk
            .iter()
            .flat_map(|f| f.events.iter().cloned().map(Into::into))
            .collect();
        hazard_event::Entity::insert_many(events).exec(db).await?;
    }
    Ok(())
}
