//! Patrols around the quota: most officers meet it, about one in seven
//! falls behind, and the current month is as far along as the calendar.
use super::phrases::NOTES;
use crate::divisions::synth::hash;
use chrono::{Datelike, Duration, NaiveDate, TimeZone};
use entity::appointment::{self, AppointmentRole};
use entity::inspection::{self, InspectionKind};
use uuid::Uuid;

fn days_in_month(first: NaiveDate) -> u32 {
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    next.map(|n| (n - first).num_days() as u32).unwrap_or(30)
}

/// How many records an appointment has in a whole month.
fn monthly_count(quota: u64, seed: u64) -> u64 {
    if seed % 100 < 15 {
        quota.saturating_sub(1 + (seed / 100) % 2)
    } else {
        quota + (seed / 100) % 3
    }
}

pub fn generate(
    appointments: &[appointment::Model],
    author_of: &dyn Fn(Uuid) -> Uuid,
    months: &[NaiveDate],
    today: NaiveDate,
) -> Vec<inspection::Model> {
    let china = crate::clock::china();
    let mut out = Vec::new();
    for a in appointments {
        let (kind, quota) = match a.role {
            AppointmentRole::VillageOfficer => (InspectionKind::VillageInspection, 4),
            AppointmentRole::GroupLiaison => (InspectionKind::GroupPatrol, 3),
            AppointmentRole::TownshipLeader => continue,
        };
        for first in months {
            let length = days_in_month(*first);
            let seed = hash(a.node_code, first.num_days_from_ce() as u64);
            let mut count = monthly_count(quota, seed);
            // Days of the month so far (all of them for a past month).
            let open_days = if today.year() == first.year() && today.month() == first.month() {
                count = count * u64::from(today.day()) / u64::from(length);
                today.day()
            } else {
                length
            };
            for k in 0..count {
                let h = hash(a.node_code, seed ^ (k + 1));
                let day = *first + Duration::days((h % u64::from(open_days)) as i64);
                if day < a.start_date || day > today {
                    continue;
                }
                let hour = 9 + (h >> 8) % 8;
                let minute = (h >> 16) % 60;
                let Some(local) = day.and_hms_opt(hour as u32, minute as u32, 0) else {
                    continue;
                };
                let Some(at) = china.from_local_datetime(&local).single() else {
                    continue;
                };
                let first_sector = (h >> 24) as usize % NOTES.len();
                let mut sectors = vec![NOTES[first_sector]];
                if (h >> 32).is_multiple_of(3) {
                    sectors.push(NOTES[(first_sector + 1 + (h >> 40) as usize % 3) % NOTES.len()]);
                }
                let codes: Vec<&str> = sectors.iter().map(|(c, _)| *c).collect();
                let notes: Vec<&str> = sectors.iter().map(|(_, n)| *n).collect();
                let at = at.with_timezone(&chrono::Utc);
                out.push(inspection::Model {
                    id: Uuid::from_u64_pair(h, hash(a.node_code, k)),
                    node_id: a.node_id,
                    node_code: a.node_code,
                    kind,
                    occurred_at: at,
                    occurred_on: day,
                    person_id: Some(a.person_id),
                    appointment_id: Some(a.id),
                    author_id: author_of(a.person_id),
                    sectors: serde_json::to_string(&codes).unwrap_or_else(|_| "[]".into()),
                    notes: notes.join("；"),
                    latitude: None,
                    longitude: None,
                    accuracy_m: None,
                    idempotency_key: format!("demo-{}", Uuid::from_u64_pair(h, k)),
                    version: 1,
                    created_at: at,
                    updated_at: at,
                });
            }
        }
    }
    out
}
