//! The demo plan: which nodes, people and appointments the demo grid holds,
//! a pure function of the embedded CSV, tested without a database.
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use entity::appointment::AppointmentRole;
use entity::person::AuxiliaryPost;
use std::collections::HashSet;

use super::store::{division_digits, grid_code};
use super::synth::{hash, id_number, mobile, person_name};

/// Grid codes of the nodes the demo accounts sit on.
pub const CITY_CODE: i64 = 520_300_000_000_000;
pub const COUNTY_CODE: i64 = 520_327_000_000_000;
pub const LONGQUAN_CODE: i64 = 520_327_001_000_000;
pub const HEBA_CODE: i64 = 520_327_002_000_000;
pub const LINGYUN_CODE: i64 = 520_327_002_204_000;
pub const LINGYUN_GROUP1_CODE: i64 = 520_327_002_204_001;

/// Names of the demo people on 凌云村 and its first group.
pub const LINGYUN_OFFICER_NAME: &str = "王守安";
pub const LINGYUN_LIAISON_NAME: &str = "李平安";

pub const ROLE_VILLAGE_OFFICER: AppointmentRole = AppointmentRole::VillageOfficer;
pub const ROLE_GROUP_LIAISON: AppointmentRole = AppointmentRole::GroupLiaison;

const DEMO_CSV: &str = include_str!("../../data/demo/fenggang.csv");

/// The six urban communities of the former 龙泉镇 with no village-officer
/// subsidy (文峰社区 now belongs to 凤岭街道, 520327004).
const EXEMPT_COMMUNITIES: [&str; 6] = [
    "和平路社区",
    "龙潭湖社区",
    "龙井社区",
    "体育场社区",
    "文峰社区",
    "三坝社区",
];

/// The townships that were 龙泉镇 in 2018 (蜂岩镇 has another 龙井社区).
const FORMER_LONGQUAN: [i64; 2] = [520_327_001_000_000, 520_327_004_000_000];

const AUXILIARY_POSTS: [AuxiliaryPost; 5] = [
    AuxiliaryPost::RoadTrafficAssistant,
    AuxiliaryPost::ForestRanger,
    AuxiliaryPost::PowerLineKeeper,
    AuxiliaryPost::RoadKeeper,
    AuxiliaryPost::RiverKeeper,
];

#[derive(Clone, Debug)]
pub(super) struct PlanNode {
    pub(super) code: i64,
    pub(super) level: i16,
    pub(super) parent: Option<i64>,
    pub(super) name: String,
    pub(super) subsidy_exempt: bool,
    pub(super) demonstration: bool,
}

#[derive(Clone, Debug)]
pub(super) struct PlanPerson {
    pub(super) node_code: i64,
    pub(super) role: AppointmentRole,
    pub(super) name: String,
    pub(super) phone: String,
    pub(super) id_number: Option<String>,
    pub(super) auxiliary_post: Option<AuxiliaryPost>,
    pub(super) start_date: NaiveDate,
    pub(super) training_date: Option<NaiveDate>,
    pub(super) notebook_issued_date: Option<NaiveDate>,
}

pub(super) struct Plan {
    pub(super) nodes: Vec<PlanNode>,
    pub(super) people: Vec<PlanPerson>,
}

const GROUP_NUMERALS: [&str; 12] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| anyhow!("bad date {y}-{m}-{d}"))
}

/// The divisions of the embedded CSV as grid nodes.
fn divisions() -> Result<Vec<PlanNode>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(DEMO_CSV.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.context("reading the demo CSV")?;
        let field = |n: usize| record.get(n).map(str::trim).unwrap_or("");
        let level: i16 = field(2)
            .parse()
            .with_context(|| format!("demo CSV row {}: level", i + 2))?;
        let digits = division_digits(level)
            .ok_or_else(|| anyhow!("demo CSV row {}: level {level}", i + 2))?;
        let division: i64 = field(0)
            .parse()
            .with_context(|| format!("demo CSV row {}: code", i + 2))?;
        let code =
            grid_code(division, digits).ok_or_else(|| anyhow!("demo CSV row {}: code", i + 2))?;
        let parent = match field(3) {
            "" => None,
            p => {
                let parent_digits =
                    division_digits(level - 1).ok_or_else(|| anyhow!("demo CSV row {}", i + 2))?;
                let division: i64 = p
                    .parse()
                    .with_context(|| format!("demo CSV row {}: parentCode", i + 2))?;
                Some(
                    grid_code(division, parent_digits)
                        .ok_or_else(|| anyhow!("demo CSV row {}", i + 2))?,
                )
            }
        };
        out.push(PlanNode {
            code,
            level,
            parent,
            name: field(1).to_owned(),
            subsidy_exempt: false,
            demonstration: false,
        });
    }
    Ok(out)
}

pub(super) fn plan() -> Result<Plan> {
    let mut nodes = divisions()?;
    nodes.sort_by_key(|n| (n.level, n.code));

    // Flags.
    let mut exempt_found = HashSet::new();
    for n in nodes.iter_mut().filter(|n| n.level == 5) {
        let township = n.parent.unwrap_or(0);
        if FORMER_LONGQUAN.contains(&township) && EXEMPT_COMMUNITIES.contains(&n.name.as_str()) {
            n.subsidy_exempt = true;
            exempt_found.insert(n.name.clone());
        }
        if n.code == LINGYUN_CODE {
            n.demonstration = true;
        }
    }
    if exempt_found.len() != EXEMPT_COMMUNITIES.len() {
        bail!("demo data: found only {exempt_found:?} of the six subsidy-exempt communities");
    }
    if !nodes.iter().any(|n| n.code == LINGYUN_CODE) {
        bail!("demo data: 凌云村 (520327002204) is missing");
    }

    // Villager groups: 3–12 per village.
    let villages: Vec<PlanNode> = nodes.iter().filter(|n| n.level == 5).cloned().collect();
    for v in &villages {
        let count = 3 + hash(v.code, 1) % 10;
        let word = if v.name.ends_with("社区") {
            "居民组"
        } else {
            "村民组"
        };
        for (i, numeral) in GROUP_NUMERALS.iter().enumerate().take(count as usize) {
            let code = v.code + i as i64 + 1;
            nodes.push(PlanNode {
                code,
                level: 6,
                parent: Some(v.code),
                name: format!("第{numeral}{word}"),
                subsidy_exempt: false,
                demonstration: code == LINGYUN_GROUP1_CODE,
            });
        }
    }

    // People: an officer for most villages, a liaison for most groups.
    let urban: HashSet<i64> = villages
        .iter()
        .filter(|v| v.name.ends_with("社区"))
        .map(|v| v.code)
        .collect();
    let mut people = Vec::new();
    let mut serial = 0u64;
    for n in nodes.iter().filter(|n| n.level >= 5) {
        let (role, gap_percent, male_percent) = if n.level == 5 {
            (ROLE_VILLAGE_OFFICER, 5, 75)
        } else {
            (ROLE_GROUP_LIAISON, 8, 60)
        };
        let must = n.code == LINGYUN_CODE || n.code == LINGYUN_GROUP1_CODE;
        if !must && hash(n.code, 2) % 100 < gap_percent {
            continue;
        }
        let village = n.code / 1000 * 1000;
        people.push(person_for(
            n.code,
            role,
            serial,
            male_percent,
            urban.contains(&village),
        )?);
        serial += 1;
    }
    Ok(Plan { nodes, people })
}

fn person_for(
    code: i64,
    role: AppointmentRole,
    serial: u64,
    male_percent: u64,
    urban: bool,
) -> Result<PlanPerson> {
    let standard = (
        date(2018, 5, 20)?,
        Some(date(2018, 5, 28)?),
        Some(date(2018, 5, 29)?),
    );
    let (name, male, with_id, post, dates) = match code {
        LINGYUN_CODE => (LINGYUN_OFFICER_NAME.to_owned(), true, true, None, standard),
        LINGYUN_GROUP1_CODE => (
            LINGYUN_LIAISON_NAME.to_owned(),
            true,
            true,
            Some(AuxiliaryPost::ForestRanger),
            standard,
        ),
        _ => {
            let male = hash(code, 10) % 100 < male_percent;
            let name = person_name(hash(code, 11), male);
            let with_id = hash(code, 13) % 100 < 70;
            let post = (!urban && hash(code, 15) % 100 < 25)
                .then(|| AUXILIARY_POSTS[(hash(code, 16) % AUXILIARY_POSTS.len() as u64) as usize]);
            // Lateness runs by township, as it does: most townships met
            // the 2018 deadlines, some came late with most of their
            // people, and a few still have people without a notebook.
            let township = code / 1_000_000 * 1_000_000;
            let later = (
                date(2018, 6, 12)?,
                Some(date(2018, 6, 15)?),
                Some(date(2018, 6, 15)?),
            );
            let dates = match (hash(township, 17) % 100, hash(code, 17) % 100) {
                (0..=64, _) => standard,
                (65..=84, 0..=59) => later,
                (65..=84, _) => standard,
                (_, 0..=79) => standard,
                _ => (standard.0, standard.1, None),
            };
            (name, male, with_id, post, dates)
        }
    };
    let id_number = if with_id {
        Some(
            id_number("520327", hash(code, 14), serial, male)
                .ok_or_else(|| anyhow!("no ID number for {code}"))?,
        )
    } else {
        None
    };
    Ok(PlanPerson {
        node_code: code,
        role,
        name,
        phone: mobile(serial, hash(code, 12)),
        id_number,
        auxiliary_post: post,
        start_date: dates.0,
        training_date: dates.1,
        notebook_issued_date: dates.2,
    })
}

#[cfg(test)]
mod tests {
    use super::super::synth::id_check_char;
    use super::*;
    use std::collections::HashMap;

    fn the_plan() -> Plan {
        match plan() {
            Ok(p) => p,
            Err(e) => panic!("demo plan: {e:#}"),
        }
    }

    #[test]
    fn fenggang_has_its_townships_and_villages() {
        let p = the_plan();
        let count = |l: i16| p.nodes.iter().filter(|n| n.level == l).count();
        assert_eq!(count(1), 1);
        assert_eq!(count(2), 1);
        assert_eq!(count(3), 1);
        assert_eq!(count(4), 14);
        assert_eq!(count(5), 87);
        let lingyun = p.nodes.iter().find(|n| n.code == LINGYUN_CODE);
        assert_eq!(lingyun.map(|n| n.name.as_str()), Some("凌云村"));
        assert!(lingyun.is_some_and(|n| n.demonstration && n.parent == Some(HEBA_CODE)));
        let group1 = p.nodes.iter().find(|n| n.code == LINGYUN_GROUP1_CODE);
        assert!(group1.is_some_and(|n| n.demonstration && n.name == "第一村民组"));
        assert_eq!(p.nodes.iter().filter(|n| n.demonstration).count(), 2);
        let longquan = p.nodes.iter().find(|n| n.code == LONGQUAN_CODE);
        assert_eq!(longquan.map(|n| n.name.as_str()), Some("龙泉街道"));
    }

    #[test]
    fn every_node_has_a_parent_one_level_up_inside_its_code() {
        let p = the_plan();
        let by_code: HashMap<i64, &PlanNode> = p.nodes.iter().map(|n| (n.code, n)).collect();
        assert_eq!(by_code.len(), p.nodes.len(), "codes are unique");
        for n in &p.nodes {
            match n.parent {
                None => assert_eq!(n.level, 1),
                Some(code) => {
                    let Some(parent) = by_code.get(&code) else {
                        panic!("{} has no parent", n.code)
                    };
                    assert_eq!(parent.level + 1, n.level);
                    assert!(n.code > parent.code);
                }
            }
        }
    }

    #[test]
    fn three_to_twelve_groups_per_village() {
        let p = the_plan();
        for v in p.nodes.iter().filter(|n| n.level == 5) {
            let groups: Vec<_> = p
                .nodes
                .iter()
                .filter(|n| n.parent == Some(v.code))
                .collect();
            assert!(
                (3..=12).contains(&groups.len()),
                "{} has {} groups",
                v.name,
                groups.len()
            );
            for (i, g) in groups.iter().enumerate() {
                assert_eq!(g.code, v.code + i as i64 + 1);
                assert_eq!(g.level, 6);
            }
        }
    }

    #[test]
    fn the_six_urban_communities_are_exempt() {
        let p = the_plan();
        let exempt: Vec<(i64, &str)> = p
            .nodes
            .iter()
            .filter(|n| n.subsidy_exempt)
            .map(|n| (n.code / 1000, n.name.as_str()))
            .collect();
        assert_eq!(exempt.len(), 6, "{exempt:?}");
        assert!(exempt.contains(&(520_327_004_001, "文峰社区")));
        assert!(exempt.contains(&(520_327_001_002, "龙井社区")));
        // 蜂岩镇's 龙井社区 is not one of them.
        assert!(!exempt.iter().any(|(c, _)| *c == 520_327_103_002));
    }

    #[test]
    fn most_villages_and_groups_are_covered_with_a_few_gaps() {
        let p = the_plan();
        let holders: HashSet<(i64, AppointmentRole)> =
            p.people.iter().map(|x| (x.node_code, x.role)).collect();
        let villages: Vec<i64> = p
            .nodes
            .iter()
            .filter(|n| n.level == 5)
            .map(|n| n.code)
            .collect();
        let groups: Vec<i64> = p
            .nodes
            .iter()
            .filter(|n| n.level == 6)
            .map(|n| n.code)
            .collect();
        let village_gaps = villages
            .iter()
            .filter(|c| !holders.contains(&(**c, ROLE_VILLAGE_OFFICER)))
            .count();
        let group_gaps = groups
            .iter()
            .filter(|c| !holders.contains(&(**c, ROLE_GROUP_LIAISON)))
            .count();
        assert!(
            (2..=8).contains(&village_gaps),
            "{village_gaps} villages without an officer"
        );
        assert!(
            group_gaps * 100 >= groups.len() * 4 && group_gaps * 100 <= groups.len() * 12,
            "{group_gaps} of {}",
            groups.len()
        );
        assert!(holders.contains(&(LINGYUN_CODE, ROLE_VILLAGE_OFFICER)));
        assert!(holders.contains(&(LINGYUN_GROUP1_CODE, ROLE_GROUP_LIAISON)));
        let officer = p.people.iter().find(|x| x.node_code == LINGYUN_CODE);
        assert_eq!(officer.map(|x| x.name.as_str()), Some(LINGYUN_OFFICER_NAME));
    }

    #[test]
    fn people_have_valid_distinct_phones_and_id_numbers() {
        let p = the_plan();
        let mut phones = HashSet::new();
        let mut ids = HashSet::new();
        for x in &p.people {
            assert_eq!(x.phone.len(), 11);
            assert!(
                phones.insert(x.phone.clone()),
                "duplicate phone {}",
                x.phone
            );
            if let Some(id) = &x.id_number {
                assert!(id.starts_with("520327"));
                assert_eq!(id_check_char(&id[..17]), id.chars().last(), "{id}");
                assert!(ids.insert(id.clone()), "duplicate id {id}");
            }
        }
        let with_id = p.people.iter().filter(|x| x.id_number.is_some()).count();
        let with_post = p
            .people
            .iter()
            .filter(|x| x.auxiliary_post.is_some())
            .count();
        let on_time = p
            .people
            .iter()
            .filter(|x| x.notebook_issued_date == date(2018, 5, 29).ok())
            .count();
        assert!(
            with_id > p.people.len() / 2 && with_id < p.people.len(),
            "{with_id}"
        );
        assert!(
            with_post > 0 && with_post < p.people.len() / 2,
            "{with_post}"
        );
        assert!(on_time > p.people.len() * 3 / 4, "{on_time}");
    }

    #[test]
    fn people_pass_the_api_validators() {
        for x in the_plan().people {
            assert_eq!(
                crate::validate::name("name", &x.name, 50).ok(),
                Some(x.name.clone())
            );
            assert_eq!(
                crate::validate::mobile_phone("phone", &x.phone).ok(),
                Some(x.phone.clone())
            );
            if let Some(id) = &x.id_number {
                assert_eq!(
                    crate::validate::id_number("idNumber", id, crate::clock::today())
                        .ok()
                        .as_ref(),
                    Some(id)
                );
            }
        }
    }
}
