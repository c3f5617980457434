//! The roster's columns and cells, shared by the table on screen and the
//! CSV file, so the two always agree.

use crate::api::{Level, RosterEntry};
use crate::i18n::{labels, I18n, K};

/// Which optional columns a roster has.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    /// 县（区）: only when the roster spans counties (a city or province).
    pub county: bool,
    /// 离任日期: only when the roster includes history.
    pub ended: bool,
}

impl Columns {
    pub fn new(roster_level: Level, include_ended: bool) -> Columns {
        Columns {
            county: matches!(roster_level, Level::Province | Level::City),
            ended: include_ended,
        }
    }
}

pub fn headings(cols: Columns) -> Vec<K> {
    let mut keys = if cols.county {
        vec![K::LevelCounty]
    } else {
        Vec::new()
    };
    keys.extend([
        K::LevelTownship,
        K::LevelVillage,
        K::LevelGroup,
        K::Post,
        K::Name,
        K::Phone,
        K::AuxiliaryPost,
        K::StartDate,
        K::TrainingDate,
        K::NotebookDate,
    ]);
    if cols.ended {
        keys.push(K::EndDate);
    }
    keys
}

/// One row's cells as plain text, in `headings` order; empty when unknown.
pub fn cells(i18n: &I18n, e: &RosterEntry, cols: Columns) -> Vec<String> {
    let at = |level| e.node.name_at(level).unwrap_or_default().to_owned();
    let date = |d: &Option<String>| d.clone().unwrap_or_default();
    let mut row = if cols.county {
        vec![at(Level::County)]
    } else {
        Vec::new()
    };
    row.extend([
        at(Level::Township),
        at(Level::Village),
        at(Level::Group),
        labels::appointment_role(i18n, e.role).to_owned(),
        e.person.name.clone(),
        e.person.phone.clone(),
        e.person
            .auxiliary_post
            .map(|p| labels::post(i18n, p).to_owned())
            .unwrap_or_default(),
        e.start_date.clone(),
        date(&e.training_date),
        date(&e.notebook_issued_date),
    ]);
    if cols.ended {
        row.push(date(&e.end_date));
    }
    row
}

/// The CSV text: a UTF-8 byte-order mark (without it Excel reads Chinese
/// as mojibake), a heading row, CRLF line ends.
pub fn csv(i18n: &I18n, rows: &[RosterEntry], cols: Columns) -> String {
    let mut out = String::from('\u{FEFF}');
    let head: Vec<String> = headings(cols)
        .into_iter()
        .map(|k| i18n.t(k).to_owned())
        .collect();
    push_record(&mut out, &head);
    for e in rows {
        push_record(&mut out, &cells(i18n, e, cols));
    }
    out
}

pub(in crate::pages) fn push_record(out: &mut String, fields: &[String]) {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// Quotes a field when it must be, and defuses text a spreadsheet would
/// run as a formula.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `花名册-<node>-<date>.csv`, without characters file systems refuse.
pub fn file_name(i18n: &I18n, node: &str, date: &str) -> String {
    let node: String = node
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    format!("{}-{}-{}.csv", i18n.t(K::RosterFileStem), node.trim(), date)
}

#[cfg(test)]
mod tests {
    use super::{csv, field, file_name, Columns};
    use crate::api::{
        AppointmentRole, Level, PersonBrief, RosterEntry, RosterNode, RosterPathEntry,
    };
    use crate::i18n::{I18n, Lang};

    fn liaison() -> RosterEntry {
        let at = |name: &str, level| RosterPathEntry {
            name: name.into(),
            level,
        };
        RosterEntry {
            id: "a1".into(),
            role: AppointmentRole::GroupLiaison,
            start_date: "2018-05-20".into(),
            end_date: Some("2019-01-31".into()),
            training_date: None,
            notebook_issued_date: Some("2018-05-29".into()),
            current: false,
            person: PersonBrief {
                id: "p1".into(),
                name: "陈忠林".into(),
                phone: "18868363965".into(),
                auxiliary_post: None,
            },
            node: RosterNode {
                name: "第一村民组".into(),
                level: Level::Group,
                path: vec![
                    at("贵州省", Level::Province),
                    at("何坝街道", Level::Township),
                    at("凌云村", Level::Village),
                ],
            },
        }
    }

    #[test]
    fn the_csv_opens_with_a_bom_then_chinese_headings_and_one_line_per_row() {
        let cols = Columns::new(Level::Township, true);
        let text = csv(&I18n::fixed(Lang::Zh), &[liaison()], cols);
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "乡镇（街道）,村（社区）,村民组,岗位,姓名,联系电话,五员身份,任职日期,培训日期,笔记本发放日期,离任日期"
        );
        assert_eq!(
            lines[1],
            "何坝街道,凌云村,第一村民组,组级安全联络员,陈忠林,18868363965,,2018-05-20,,2018-05-29,2019-01-31"
        );
        assert_eq!(lines[2], "");
    }

    #[test]
    fn a_city_roster_names_the_county_too() {
        let cols = Columns::new(Level::City, false);
        let text = csv(&I18n::fixed(Lang::Zh), &[liaison()], cols);
        let head = text
            .trim_start_matches('\u{FEFF}')
            .lines()
            .next()
            .unwrap_or_default();
        assert!(head.starts_with("县（区）,乡镇（街道）,"));
        assert!(!head.ends_with("离任日期"));
    }

    #[test]
    fn the_file_is_named_after_the_node_and_the_day() {
        let zh = I18n::fixed(Lang::Zh);
        assert_eq!(
            file_name(&zh, "凌云村", "2025-05-09"),
            "花名册-凌云村-2025-05-09.csv"
        );
        assert_eq!(
            file_name(&zh, "a/b", "2025-05-09"),
            "花名册-a_b-2025-05-09.csv"
        );
    }

    #[test]
    fn plain_fields_stay_as_they_are() {
        assert_eq!(field("凌云村"), "凌云村");
        assert_eq!(field("2018-05-20"), "2018-05-20");
    }

    #[test]
    fn commas_quotes_and_newlines_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("a\nb"), "\"a\nb\"");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    }
}
