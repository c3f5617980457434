//! Deterministic made-up people for the demo grid: names, mobile numbers and
//! ID numbers derived from a seed (a grid code), no random number generator.
use chrono::{Days, NaiveDate};

/// SplitMix64's finaliser: a well-mixed 64-bit hash of `x`.
pub(crate) fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A hash of a grid code and a purpose (`salt`), so each decision about a
/// node is independent of the others.
pub(crate) fn hash(code: i64, salt: u64) -> u64 {
    mix(code as u64 ^ mix(salt))
}

fn pick<T>(items: &[T], h: u64) -> &T {
    &items[(h % items.len() as u64) as usize]
}

/// Common surnames of northern Guizhou (令狐, 冉 and 母 are typical of Zunyi).
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "罗", "高", "林", "冉", "田", "安", "任", "谢", "夏", "付", "邓", "曾", "彭", "袁", "蒋",
    "韩", "唐", "冯", "肖", "程", "曹", "雷", "龙", "姚", "熊", "卢", "邹", "秦", "宋", "钟", "向",
    "万", "陶", "文", "敖", "舒", "简", "母", "令狐", "杜", "蔡", "余", "潘", "汪", "娄", "幸",
    "代",
];

const MALE_GIVEN: &[&str] = &[
    "建国", "志强", "德明", "光荣", "永华", "正伟", "国平", "洪涛", "文军", "学兵", "明亮", "春林",
    "仕忠", "大勇", "世平", "家贵", "应福", "兴旺", "安", "勇", "刚", "军", "斌", "波", "强", "伟",
    "涛", "鹏", "祥", "杰", "忠林", "远航", "廷友", "昌明", "泽民", "开贵", "怀宇", "启发", "朝阳",
    "天才",
];

const FEMALE_GIVEN: &[&str] = &[
    "秀英", "桂兰", "玉梅", "春燕", "晓红", "丽", "敏", "静", "芳", "霞", "娟", "艳", "海燕",
    "小琴", "明芬", "德芬", "永琼", "光碧", "兴菊", "金凤", "红梅", "雪", "婷", "倩", "琳", "丹",
    "林芳", "家英", "天秀", "美玲",
];

/// A plausible Chinese personal name. `male` also decides the ID number's
/// sex digit, so the two agree.
pub(crate) fn person_name(seed: u64, male: bool) -> String {
    let surname = pick(SURNAMES, mix(seed ^ 0x5EED));
    let given = if male {
        pick(MALE_GIVEN, mix(seed ^ 0x6_1BE5))
    } else {
        pick(FEMALE_GIVEN, mix(seed ^ 0x6_1BE5))
    };
    format!("{surname}{given}")
}

/// Mainland mobile prefixes (1[3-9]x) in use.
const MOBILE_PREFIXES: &[&str] = &[
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185", "186",
    "187", "188", "189", "191", "198", "199",
];

/// An 11-digit mobile number; distinct `serial`s give distinct numbers (the
/// last eight digits are a bijection of the serial modulo 10^8).
pub(crate) fn mobile(serial: u64, seed: u64) -> String {
    let prefix = pick(MOBILE_PREFIXES, mix(seed ^ 0x9_0BE));
    // 73,939,133 is coprime with 10^8, so this permutes 0..10^8.
    let rest = (serial % 100_000_000 * 73_939_133 + 31_415_926) % 100_000_000;
    format!("{prefix}{rest:08}")
}

/// GB 11643-1999 weights of the first 17 digits.
const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// The check character (0-9 or X) of an 18-digit resident ID number, from
/// its first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). `None` unless the
/// input is exactly 17 ASCII digits.
pub(crate) fn id_check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 || !first17.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = first17
        .bytes()
        .zip(ID_WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    ID_CHECK.get((sum % 11) as usize).copied()
}

/// An 18-digit ID number registered in `region` (6 digits), born between
/// 1965-01-01 and 1995-12-31, with a sequence number whose parity gives the
/// sex (odd: male), and the correct check character.
pub(crate) fn id_number(region: &str, seed: u64, serial: u64, male: bool) -> Option<String> {
    let first = NaiveDate::from_ymd_opt(1965, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(1995, 12, 31)?;
    let days = (last - first).num_days().unsigned_abs() + 1;
    let birth = first.checked_add_days(Days::new(mix(seed ^ 0xB1_87) % days))?;
    // 1..=997 odd for men, 2..=998 even for women; 211 is coprime with the
    // prime 499, so distinct serials below 499 give distinct sequence numbers
    // even on the same birthday.
    let seq = (serial % 499 * 211 % 499) * 2 + if male { 1 } else { 2 };
    let first17 = format!("{region}{}{seq:03}", birth.format("%Y%m%d"));
    let check = id_check_char(&first17)?;
    Some(format!("{first17}{check}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_characters_of_published_examples() {
        // The example number of GB 11643-1999 and other well-known samples.
        assert_eq!(id_check_char("11010519491231002"), Some('X'));
        assert_eq!(id_check_char("44052418800101001"), Some('4'));
        assert_eq!(id_check_char("11010119900307803"), Some('X'));
        assert_eq!(id_check_char("52032719800101001"), Some('1'));
        assert_eq!(id_check_char("1101051949123100"), None);
        assert_eq!(id_check_char("1101051949123100a"), None);
    }

    #[test]
    fn generated_id_numbers_are_valid() {
        for serial in 0..2_000u64 {
            let male = serial % 3 != 0;
            let Some(id) = id_number("520327", mix(serial), serial, male) else {
                panic!("no id number for serial {serial}");
            };
            assert_eq!(id.len(), 18);
            assert!(id.starts_with("520327"));
            let year: i32 = id[6..10].parse().unwrap_or(0);
            assert!((1965..=1995).contains(&year), "{id}");
            assert!(
                NaiveDate::parse_from_str(&id[6..14], "%Y%m%d").is_ok(),
                "{id}"
            );
            let sex_digit = id.as_bytes()[16] - b'0';
            assert_eq!(sex_digit % 2 == 1, male, "{id}");
            assert_eq!(id_check_char(&id[..17]), id.chars().last(), "{id}");
        }
    }

    #[test]
    fn mobiles_are_eleven_digits_and_distinct() {
        let mut seen = std::collections::HashSet::new();
        for serial in 0..5_000u64 {
            let m = mobile(serial, mix(serial));
            assert_eq!(m.len(), 11);
            assert!(m.bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(&m[..1], "1");
            assert!((b'3'..=b'9').contains(&m.as_bytes()[1]), "{m}");
            assert!(seen.insert(m[3..].to_owned()), "duplicate {m}");
        }
    }

    #[test]
    fn names_are_two_to_four_characters() {
        for seed in 0..1_000u64 {
            let n = person_name(seed, seed % 2 == 0);
            let len = n.chars().count();
            assert!((2..=4).contains(&len), "{n}");
        }
    }
}
