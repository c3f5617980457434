//! A signal in words: its kind as a title, and one sentence phrased from
//! the summary's figures in the reader's language ("王某 同时在 2 处任职").
//! The server sends figures, not text, so both languages read the same
//! finding.

use crate::api::{IntegritySignalKind as Kind, IntegritySummary};
use crate::i18n::{I18n, I};

pub fn kind_title(kind: Kind) -> I {
    match kind {
        Kind::SamePersonTwoPosts => I::SamePersonTwoPosts,
        Kind::SharedPhone => I::SharedPhone,
        Kind::PaidWithoutRecords => I::PaidWithoutRecords,
        Kind::ImpossibleTravel => I::ImpossibleTravel,
        Kind::ReusedPhoto => I::ReusedPhoto,
        Kind::RecordBurst => I::RecordBurst,
        Kind::FarFromNode => I::FarFromNode,
        Kind::Other => I::UnknownKind,
    }
}

/// Metres as a person reads a distance: "850 m", "4.5 km", "45 km".
pub fn distance(metres: i64) -> String {
    if metres < 1000 {
        format!("{metres} m")
    } else if metres < 10_000 {
        format!("{:.1} km", metres as f64 / 1000.0)
    } else {
        format!("{} km", (metres as f64 / 1000.0).round() as i64)
    }
}

pub fn sentence(i18n: &I18n, kind: Kind, s: &IntegritySummary) -> String {
    let name = s
        .person_name
        .clone()
        .unwrap_or_else(|| i18n.t(I::SomeoneUnnamed).to_owned());
    let count = s.count.unwrap_or_default();
    let km = distance(s.distance_m.unwrap_or_default());
    let minutes = s.minutes.unwrap_or_default();
    match kind {
        Kind::SamePersonTwoPosts => i18n.f(I::SaySamePerson, &[&name, &count]),
        Kind::SharedPhone => {
            let phone = s.phone_masked.clone().unwrap_or_default();
            i18n.f(I::SaySharedPhone, &[&count, &phone])
        }
        Kind::PaidWithoutRecords => {
            let year = s.year.map(|y| y.to_string()).unwrap_or_default();
            i18n.f(I::SayPaidWithoutRecords, &[&name, &year])
        }
        // No speed: the two records are at the same minute.
        Kind::ImpossibleTravel => match s.speed_kmh {
            Some(kmh) if minutes > 0 => i18n.f(I::SayTravel, &[&name, &km, &minutes, &kmh]),
            _ => i18n.f(I::SayTravelSameTime, &[&name, &km]),
        },
        Kind::ReusedPhoto => i18n.f(I::SayReusedPhoto, &[&count]),
        Kind::RecordBurst => match i18n.lang {
            // "王某 在 9 分钟内录入 4 条记录" / "王某 entered 4 records within 9 minutes"
            crate::i18n::Lang::Zh => i18n.f(I::SayBurst, &[&name, &minutes, &count]),
            crate::i18n::Lang::En => i18n.f(I::SayBurst, &[&name, &count, &minutes]),
        },
        Kind::FarFromNode => match i18n.lang {
            crate::i18n::Lang::Zh => i18n.f(I::SayFarFromNode, &[&name, &count, &km]),
            crate::i18n::Lang::En => i18n.f(I::SayFarFromNode, &[&name, &km, &count]),
        },
        Kind::Other => i18n.t(I::SayUnknown).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn both(kind: Kind, s: IntegritySummary) -> (String, String) {
        (
            sentence(&I18n::fixed(Lang::Zh), kind, &s),
            sentence(&I18n::fixed(Lang::En), kind, &s),
        )
    }

    fn named(name: &str) -> IntegritySummary {
        IntegritySummary {
            person_name: Some(name.into()),
            ..IntegritySummary::default()
        }
    }

    #[test]
    fn one_person_in_two_posts() {
        let s = IntegritySummary {
            count: Some(2),
            ..named("王某")
        };
        assert_eq!(
            both(Kind::SamePersonTwoPosts, s),
            (
                "王某 同时在 2 处任职".into(),
                "王某 holds 2 posts at once".into()
            )
        );
    }

    #[test]
    fn posts_sharing_a_phone_show_it_masked() {
        let s = IntegritySummary {
            count: Some(3),
            phone_masked: Some("138****1234".into()),
            ..IntegritySummary::default()
        };
        assert_eq!(
            both(Kind::SharedPhone, s),
            (
                "3 个岗位共用手机 138****1234".into(),
                "3 posts share the phone 138****1234".into()
            )
        );
    }

    #[test]
    fn paid_without_records_names_the_year() {
        let s = IntegritySummary {
            year: Some(2025),
            count: Some(0),
            ..named("李四")
        };
        assert_eq!(
            both(Kind::PaidWithoutRecords, s),
            (
                "李四 2025 年领取补贴，当年无检查巡查记录".into(),
                "李四 was paid for 2025 with no record that year".into()
            )
        );
    }

    #[test]
    fn impossible_travel_gives_distance_time_and_speed() {
        let s = IntegritySummary {
            distance_m: Some(45_000),
            minutes: Some(10),
            speed_kmh: Some(270),
            ..named("王某")
        };
        assert_eq!(
            both(Kind::ImpossibleTravel, s),
            (
                "王某 的 2 条记录相距 45 km 仅隔 10 分钟（需 270 km/h）".into(),
                "王某: 2 records 45 km apart only 10 minutes apart (would need 270 km/h)".into()
            )
        );
    }

    #[test]
    fn impossible_travel_at_one_minute_has_no_speed() {
        let s = IntegritySummary {
            distance_m: Some(4_520),
            minutes: Some(0),
            ..named("王某")
        };
        assert_eq!(
            both(Kind::ImpossibleTravel, s),
            (
                "王某 的 2 条记录相距 4.5 km，几乎同时".into(),
                "王某: 2 records 4.5 km apart at almost the same time".into()
            )
        );
    }

    #[test]
    fn a_reused_photo_counts_its_records() {
        let s = IntegritySummary {
            count: Some(3),
            ..IntegritySummary::default()
        };
        assert_eq!(
            both(Kind::ReusedPhoto, s),
            (
                "同一张照片出现在 3 条不同人员或日期的记录上".into(),
                "One photo on 3 records of different people or days".into()
            )
        );
    }

    #[test]
    fn a_burst_gives_its_records_and_minutes_in_each_languages_order() {
        let s = IntegritySummary {
            count: Some(4),
            minutes: Some(9),
            ..named("张三")
        };
        assert_eq!(
            both(Kind::RecordBurst, s),
            (
                "张三 在 9 分钟内录入 4 条记录".into(),
                "张三 entered 4 records within 9 minutes".into()
            )
        );
    }

    #[test]
    fn far_from_node_gives_the_distance_from_the_others() {
        let s = IntegritySummary {
            count: Some(12),
            distance_m: Some(18_400),
            ..named("赵六")
        };
        assert_eq!(
            both(Kind::FarFromNode, s),
            (
                "赵六 的一条记录距本地其他 12 条记录的中心 18 km".into(),
                "A record by 赵六 is 18 km from the centre of the node's other 12 records".into()
            )
        );
    }

    #[test]
    fn a_missing_name_and_an_unknown_kind_still_read() {
        let s = IntegritySummary {
            count: Some(2),
            ..IntegritySummary::default()
        };
        assert_eq!(
            both(Kind::SamePersonTwoPosts, s.clone()).0,
            "（姓名不详） 同时在 2 处任职"
        );
        assert_eq!(
            both(Kind::Other, s).1,
            "Something looks wrong; see the records"
        );
    }

    #[test]
    fn distances_read_in_metres_then_kilometres() {
        assert_eq!(distance(850), "850 m");
        assert_eq!(distance(4_520), "4.5 km");
        assert_eq!(distance(45_400), "45 km");
    }

    #[test]
    fn every_kind_has_a_title_in_both_languages() {
        for kind in Kind::ALL {
            let key = kind_title(kind);
            assert_ne!(key, I::UnknownKind);
            assert!(!I18n::fixed(Lang::Zh).t(key).is_empty());
            assert_ne!(I18n::fixed(Lang::Zh).t(key), I18n::fixed(Lang::En).t(key));
        }
    }
}
