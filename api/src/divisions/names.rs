//! Display names of villages and communities.
//!
//! The statistical list names the committee, not the place: 凌云村村民委员会,
//! 和平路社区居民委员会, 楼梓庄村委会, 多福巷社区居委会. A display name drops the
//! committee suffix and keeps the place: 凌云村, 和平路社区, 楼梓庄村, 多福巷社区.
//! A trailing note in brackets (（长阳社区）, （省级）) is kept. Names that match
//! no committee pattern (嘎查, 生活区, 虚拟社区, 农场 …) are kept as they are.

/// What kind of committee a suffix names, and how sure the match is.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Kind {
    /// 村民委员会 and its spellings: the place is a village (…村).
    Village,
    /// 居民委员会 / 居委会: the place is a community (…社区).
    Residents,
    /// A truncated or garbled residents' suffix (…社区居, …社区居委): only
    /// stripped when what remains already ends with 社区.
    ResidentsStrict,
}

/// Committee suffixes seen in the 2023 list, typos included. The longest
/// matching suffix wins.
const SUFFIXES: &[(&str, Kind)] = &[
    ("村民委员会", Kind::Village),
    ("村委会", Kind::Village),
    ("村民委员会会", Kind::Village),
    ("村民委员会委", Kind::Village),
    ("村民委员民", Kind::Village),
    ("村民委会会", Kind::Village),
    ("村民委会员", Kind::Village),
    ("村民会员会", Kind::Village),
    ("村民委员", Kind::Village),
    ("村民委会", Kind::Village),
    ("村委", Kind::Village),
    ("村会", Kind::Village),
    ("居民委员会", Kind::Residents),
    ("居委会", Kind::Residents),
    ("居民居委会", Kind::Residents),
    ("居民管理委员会", Kind::Residents),
    ("管理委员会", Kind::ResidentsStrict),
    ("居民委会会", Kind::ResidentsStrict),
    ("居民委会员", Kind::ResidentsStrict),
    ("居委会会", Kind::ResidentsStrict),
    ("居民委员", Kind::ResidentsStrict),
    ("居民委会", Kind::ResidentsStrict),
    ("居委员", Kind::ResidentsStrict),
    ("居民委", Kind::ResidentsStrict),
    ("居民会", Kind::ResidentsStrict),
    ("居员会", Kind::ResidentsStrict),
    ("居委", Kind::ResidentsStrict),
    ("居会", Kind::ResidentsStrict),
    ("居", Kind::ResidentsStrict),
];

/// Endings that already name a village-level place.
const VILLAGE_ENDINGS: &[&str] = &["村", "社区", "嘎查"];

/// The display name of a village or community (level 5) from its
/// statistical name: the committee suffix dropped, the place kept.
pub fn village_display_name(raw: &str) -> String {
    let raw = raw.trim();
    let (base, note) = split_trailing_note(raw);
    match strip_committee(base) {
        Some(place) => format!("{place}{note}"),
        None => raw.to_owned(),
    }
}

fn strip_committee(base: &str) -> Option<String> {
    let (suffix, kind) = SUFFIXES
        .iter()
        .filter(|(suffix, _)| base.ends_with(suffix))
        .max_by_key(|(suffix, _)| suffix.len())?;
    let rest = &base[..base.len() - suffix.len()];
    if rest.is_empty() {
        return None;
    }
    match kind {
        Kind::Village => {
            if VILLAGE_ENDINGS.iter().any(|e| rest.ends_with(e)) {
                Some(rest.to_owned())
            } else {
                // 凌云村民委员会 → 凌云村, 楼梓庄村委会 → 楼梓庄村
                Some(format!("{rest}村"))
            }
        }
        Kind::Residents => {
            if rest.ends_with("社区") {
                Some(rest.to_owned())
            } else if rest.contains("社区") {
                // 华江里社区第一居委会: a committee inside a community; keep
                // the short committee word rather than invent a 社区.
                Some(format!("{rest}居委会"))
            } else {
                // 太师屯镇居民委员会 → 太师屯镇社区
                Some(format!("{rest}社区"))
            }
        }
        Kind::ResidentsStrict => rest.ends_with("社区").then(|| rest.to_owned()),
    }
}

/// Splits a trailing bracketed note (ASCII or full-width, nested, possibly
/// several) off a name: `卢湾村委会（长阳社区）` → (`卢湾村委会`, `（长阳社区）`).
/// Unbalanced brackets leave the name whole.
fn split_trailing_note(name: &str) -> (&str, &str) {
    let mut cut = name.len();
    loop {
        let head = &name[..cut];
        if !(head.ends_with(')') || head.ends_with('）')) {
            break;
        }
        let mut depth = 0usize;
        let mut open_at = None;
        for (i, c) in head.char_indices().rev() {
            match c {
                ')' | '）' => depth += 1,
                '(' | '（' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        open_at = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        match open_at {
            Some(i) if i > 0 => cut = i,
            _ => break,
        }
    }
    (&name[..cut], &name[cut..])
}

#[cfg(test)]
mod tests {
    use super::village_display_name as d;

    #[test]
    fn fenggang_patterns() {
        assert_eq!(d("凌云村村民委员会"), "凌云村");
        assert_eq!(d("和平路社区居民委员会"), "和平路社区");
        assert_eq!(d("两河口村村民委员会"), "两河口村");
        assert_eq!(d("偏刀水社区居民委员会"), "偏刀水社区");
    }

    #[test]
    fn village_committees() {
        assert_eq!(d("凌云村民委员会"), "凌云村");
        assert_eq!(d("肖村村民委员会"), "肖村");
        assert_eq!(d("楼梓庄村委会"), "楼梓庄村");
        assert_eq!(d("新村村委会"), "新村");
        assert_eq!(d("三间房东村村委会"), "三间房东村");
        assert_eq!(d("东沟社区村民委员会"), "东沟社区");
        assert_eq!(d("东南村村委"), "东南村");
        assert_eq!(d("忽鸡沟村委"), "忽鸡沟村");
        assert_eq!(d("闫庄村民委员会会"), "闫庄村");
        assert_eq!(d("沟口子村村民委会"), "沟口子村");
        assert_eq!(d("第伍疃村村民委员民"), "第伍疃村");
        assert_eq!(d("岚峪村村民委员"), "岚峪村");
        assert_eq!(d("肖家道村会"), "肖家道村");
    }

    #[test]
    fn residents_committees() {
        assert_eq!(d("多福巷社区居委会"), "多福巷社区");
        assert_eq!(d("大北家园社区居民委员会"), "大北家园社区");
        assert_eq!(d("亚星社区居民管理委员会"), "亚星社区");
        assert_eq!(d("贾寨社区管理委员会"), "贾寨社区");
        assert_eq!(d("苏秀苑社区居民居委会"), "苏秀苑社区");
        assert_eq!(d("沿村居民委员会"), "沿村社区");
        assert_eq!(d("六铺炕南小街居委会"), "六铺炕南小街社区");
        assert_eq!(d("华江里社区第一居委会"), "华江里社区第一居委会");
        assert_eq!(d("工农社区居"), "工农社区");
        assert_eq!(d("新建社区居委"), "新建社区");
        assert_eq!(d("滨河社区居民委员"), "滨河社区");
        assert_eq!(d("万山社区居委会会"), "万山社区");
        assert_eq!(d("孙蒿科社区居会"), "孙蒿科社区");
    }

    #[test]
    fn notes_in_brackets_are_kept() {
        assert_eq!(d("卢湾村委会（长阳社区）"), "卢湾村（长阳社区）");
        assert_eq!(
            d("新月村委会（新月工业小区）（省级）"),
            "新月村（新月工业小区）（省级）"
        );
        assert_eq!(
            d("东青社区居委会（含东青村村委）"),
            "东青社区（含东青村村委）"
        );
        assert_eq!(d("雕庄街道园区(管理区）"), "雕庄街道园区(管理区）");
        assert_eq!(
            d("虎山院社区居委会（筹备组））"),
            "虎山院社区居委会（筹备组））"
        );
    }

    #[test]
    fn other_names_stay_as_they_are() {
        for name in [
            "卜尔汉图嘎查",
            "林场生活区",
            "西铁营村",
            "机场工作区社区",
            "第一街委员会",
            "化龙桥社区工作站",
            "某某居",
            "村民委员会",
            "金门县",
            "刘家畔村委会一",
        ] {
            assert_eq!(d(name), name);
        }
    }
}
