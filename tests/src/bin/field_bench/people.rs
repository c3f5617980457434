//! The grid below the villages that `import-divisions` leaves bare: 8–15
//! villager groups per village, a village safety officer for most villages
//! and a group liaison for most groups (as the demo plan does for 凤冈县),
//! then a login for everyone in post and for the township leaders (包村领导),
//! so every record has a real author. Villages that already have groups (the
//! demo's 凤冈县) keep theirs and their deliberate gaps.
use crate::rng::Rng;
use crate::text;
use anyhow::{Context, Result};
use chrono::{NaiveDate, Utc};
use entity::account::Role;
use entity::appointment::AppointmentRole;
use entity::{account, appointment, grid_node, person};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait,
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

pub const ROLE_OFFICER: AppointmentRole = AppointmentRole::VillageOfficer;
pub const ROLE_LIAISON: AppointmentRole = AppointmentRole::GroupLiaison;
/// The password of every generated account (they can log in).
pub const PASSWORD: &str = "safegrid-bench";

const NUMERALS: [&str; 15] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五",
];

pub struct Added {
    pub groups: usize,
    pub persons: usize,
    pub accounts: usize,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub async fn complete(db: &DatabaseConnection, seed: &Rng) -> Result<Added> {
    let now = Utc::now();
    let nodes = grid_node::Entity::find().all(db).await?;
    let with_children: HashSet<Uuid> = nodes.iter().filter_map(|n| n.parent_id).collect();
    let bare: Vec<&grid_node::Model> = nodes
        .iter()
        .filter(|n| n.level == 5 && !with_children.contains(&n.id))
        .collect();

    let mut groups = Vec::new();
    let mut persons = Vec::new();
    let mut appointments = Vec::new();
    let mut phone_serial = 0u64;
    let mut post = |rng: &mut Rng, node_id: Uuid, code: i64, role: AppointmentRole| {
        let person_id = Uuid::new_v4();
        phone_serial += 1;
        // 7xx numbers are not used by the demo's people: no clash.
        let phone = format!("1{}7{:08}", rng.range(3, 9), phone_serial);
        let start = if rng.chance(0.8) {
            date(2018, 5, 20)
        } else {
            date(2018, 6, 1) + chrono::Duration::days(rng.range(0, 2000))
        };
        persons.push(person::ActiveModel {
            id: Set(person_id),
            node_id: Set(node_id),
            node_code: Set(code),
            name: Set(text::person_name(rng)),
            phone: Set(phone),
            id_number: Set(None),
            auxiliary_post: Set(None),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        });
        appointments.push(appointment::ActiveModel {
            id: Set(Uuid::new_v4()),
            person_id: Set(person_id),
            node_id: Set(node_id),
            node_code: Set(code),
            role: Set(role),
            start_date: Set(start),
            end_date: Set(None),
            in_charge_of_safety: Set(false),
            training_date: Set(Some(start + chrono::Duration::days(8))),
            notebook_issued_date: Set(rng.chance(0.95).then(|| start + chrono::Duration::days(9))),
            version: Set(1),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        });
    };
    for v in &bare {
        let mut rng = seed.derive(v.code as u64);
        if rng.chance(0.96) {
            post(&mut rng, v.id, v.code, ROLE_OFFICER);
        }
        let word = if v.name.ends_with("社区") {
            "居民组"
        } else {
            "村民组"
        };
        for (i, numeral) in NUMERALS.iter().enumerate().take(rng.range(8, 15) as usize) {
            let (id, code) = (Uuid::new_v4(), v.code + i as i64 + 1);
            groups.push(grid_node::ActiveModel {
                id: Set(id),
                code: Set(code),
                level: Set(6),
                parent_id: Set(Some(v.id)),
                name: Set(format!("第{numeral}{word}")),
                subsidy_exempt: Set(false),
                demonstration: Set(false),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
            if rng.chance(0.93) {
                post(&mut rng, id, code, ROLE_LIAISON);
            }
        }
    }
    let added_groups = groups.len();
    let added_persons = persons.len();
    let txn = db.begin().await?;
    for chunk in chunked(groups, 1000) {
        grid_node::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await
            .context("inserting villager groups")?;
    }
    for chunk in chunked(persons, 1000) {
        person::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await
            .context("inserting persons")?;
    }
    for chunk in chunked(appointments, 1000) {
        appointment::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await
            .context("inserting appointments")?;
    }
    txn.commit().await?;
    let accounts = accounts(db, &nodes).await?;
    Ok(Added {
        groups: added_groups,
        persons: added_persons,
        accounts,
    })
}

/// A login for every officer and liaison in post who has none, and leaders
/// for each township (one per two villages) unless it has some already.
async fn accounts(db: &DatabaseConnection, nodes: &[grid_node::Model]) -> Result<usize> {
    let now = Utc::now();
    let hash = api::auth::password::hash_password(PASSWORD.to_string())
        .await
        .map_err(|e| anyhow::anyhow!("hashing the bench password: {e:?}"))?;
    let existing = account::Entity::find().all(db).await?;
    let have_person: HashSet<Uuid> = existing.iter().filter_map(|a| a.person_id).collect();
    let have_leaders: HashSet<i64> = existing
        .iter()
        .filter(|a| a.role == Role::Leader)
        .map(|a| a.node_code)
        .collect();
    let posts = appointment::Entity::find()
        .filter(appointment::Column::EndDate.is_null())
        .filter(appointment::Column::Role.is_in([ROLE_OFFICER, ROLE_LIAISON]))
        .all(db)
        .await?;
    let row = |username: String, node_id, node_code, role: Role, person_id| account::ActiveModel {
        id: Set(Uuid::new_v4()),
        username: Set(username),
        password_hash: Set(hash.clone()),
        node_id: Set(node_id),
        node_code: Set(node_code),
        role: Set(role),
        person_id: Set(person_id),
        disabled: Set(false),
        failed_logins: Set(0),
        locked_until: Set(None),
        session_epoch: Set(0),
        must_change_password: Set(false),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        totp_last_step: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let mut rows = Vec::new();
    for p in posts.iter().filter(|p| !have_person.contains(&p.person_id)) {
        let name = if p.role == ROLE_OFFICER {
            format!("vo{}", p.node_code / 1000)
        } else {
            format!("gl{}", p.node_code)
        };
        rows.push(row(
            name,
            p.node_id,
            p.node_code,
            if p.role == ROLE_OFFICER {
                Role::VillageOfficer
            } else {
                Role::GroupLiaison
            },
            Some(p.person_id),
        ));
    }
    let mut villages: HashMap<Uuid, usize> = HashMap::new();
    let mut leaders = Vec::new();
    let by_id: HashMap<Uuid, &grid_node::Model> = nodes.iter().map(|n| (n.id, n)).collect();
    for n in nodes.iter().filter(|n| n.level == 5) {
        if let Some(p) = n.parent_id {
            *villages.entry(p).or_default() += 1;
        }
    }
    for (township_id, count) in villages {
        let Some(t) = by_id.get(&township_id) else {
            continue;
        };
        if t.level != 4 || have_leaders.contains(&t.code) {
            continue;
        }
        for k in 1..=count.div_ceil(2) {
            let name = format!("ld{}-{k}", t.code / 1_000_000);
            // Every account belongs to a person: the leader's own.
            let person_id = Uuid::new_v4();
            leaders.push(person::ActiveModel {
                id: Set(person_id),
                node_id: Set(t.id),
                node_code: Set(t.code),
                name: Set(format!("包村领导{k}")),
                phone: Set(String::new()),
                id_number: Set(None),
                auxiliary_post: Set(None),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
            rows.push(row(name, t.id, t.code, Role::Leader, Some(person_id)));
        }
    }
    let added = rows.len();
    let txn = db.begin().await?;
    for chunk in chunked(leaders, 1000) {
        person::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await
            .context("inserting leaders' persons")?;
    }
    for chunk in chunked(rows, 1000) {
        account::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await
            .context("inserting accounts")?;
    }
    txn.commit().await?;
    Ok(added)
}

pub fn chunked<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        out.push(items.by_ref().take(size).collect());
    }
    out
}
