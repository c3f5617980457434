//! The words of the generated records: names, patrol notes, hazard titles
//! and the notes of each step, by sector code (the `sectors` seed).
use crate::rng::Rng;

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "冉", "田", "安", "任", "谢",
    "夏", "付", "邓", "曾", "彭", "袁", "韩", "唐", "冯", "龙", "姚", "熊", "卢", "邹", "秦", "宋",
    "钟", "向", "陶", "文", "敖", "舒", "简", "母", "令狐", "杜", "娄", "代",
];
const GIVEN: &[&str] = &[
    "建国", "志强", "德明", "光荣", "永华", "正伟", "国平", "文军", "明亮", "春林", "仕忠", "大勇",
    "家贵", "应福", "兴旺", "勇", "刚", "军", "斌", "涛", "鹏", "祥", "忠林", "廷友", "秀英",
    "桂兰", "玉梅", "春燕", "晓红", "丽", "敏", "芳", "霞", "海燕", "明芬", "永琼", "兴菊", "金凤",
    "红梅", "天秀",
];

pub fn person_name(rng: &mut Rng) -> String {
    format!(
        "{}{}",
        rng.pick(SURNAMES).unwrap_or(&"王"),
        rng.pick(GIVEN).unwrap_or(&"勇")
    )
}

/// What was checked, per sector (the first words of a note).
fn checked(sector: &str) -> &'static [&'static str] {
    match sector {
        "ROAD_TRAFFIC" => &[
            "巡查村道及通组路",
            "劝导农用车不载人",
            "检查急弯陡坡警示标志",
        ],
        "FIRE" => &["入户检查用火安全", "检查柴草堆放", "查看农户灶房"],
        "POWER_LINES" => &["检查农户用电线路", "巡查组内电力线路", "查看电动车充电情况"],
        "WATER" => &["巡查山塘河沟", "开展防溺水宣传", "检查水域警示牌"],
        "GEOLOGICAL" => &["巡查地灾隐患点", "查看房前屋后边坡", "雨后巡查滑坡点"],
        "FOOD" => &["农村家宴报备登记", "检查小卖部食品", "宣传野生菌中毒防范"],
        "CONSTRUCTION" => &["检查自建房施工", "查看施工现场防护", "巡查在建工地"],
        "ENTERPRISE" => &["检查辖区小作坊", "查看加工厂消防器材", "巡查烟花爆竹销售点"],
        "FOREST_FIRE" => &["林区防火巡查", "劝导野外用火", "清明祭祀防火宣传"],
        "SEASONAL" => &["清理屋檐马蜂窝", "提醒农户柴草远离灶台", "宣传不采食野生菌"],
        "CEREMONY" => &[
            "红白喜事跟场提醒",
            "检查宴席用火用电",
            "提醒燃放烟花爆竹安全",
        ],
        _ => &["组内安全巡查", "走访独居老人", "检查危旧房屋"],
    }
}

const ALL_CLEAR: &[&str] = &[
    "未发现隐患。",
    "未发现隐患，已提醒农户注意安全。",
    "情况正常。",
    "已宣传到户，未发现问题。",
    "已签订安全承诺书。",
];

/// A short patrol note naming up to two of the checked sectors.
pub fn inspection_note(rng: &mut Rng, sectors: &[&str], found_hazard: bool) -> String {
    let mut parts: Vec<&str> = sectors
        .iter()
        .take(2)
        .filter_map(|s| rng.pick(checked(s)).copied())
        .collect();
    parts.dedup();
    let end = if found_hazard {
        "发现隐患一处，已登记上报。"
    } else {
        rng.pick(ALL_CLEAR).copied().unwrap_or("情况正常。")
    };
    format!("{}，{}", parts.join("、"), end)
}

/// (title, description, measures) of a hazard in this sector.
pub fn hazard(rng: &mut Rng, sector: &str) -> (&'static str, &'static str, &'static str) {
    let options: &[(&str, &str, &str)] = match sector {
        "ROAD_TRAFFIC" => &[
            (
                "村道急弯处缺少警示标志",
                "通组路急弯无警示牌，夜间易发事故",
                "设置警示标志和减速带",
            ),
            ("农用车违规载人", "三轮农用车载人赶集", "劝导并报交管站处理"),
        ],
        "FIRE" => &[
            (
                "柴草堆放靠近灶台",
                "农户厨房柴草堆放距灶台不足一米",
                "清理柴草，保持安全距离",
            ),
            (
                "电动车楼道充电",
                "居民在楼道内给电动车充电",
                "移至集中充电点",
            ),
        ],
        "POWER_LINES" => &[
            (
                "电线私拉乱接",
                "农户私拉电线至圈舍，线路裸露",
                "联系电工规范布线",
            ),
            ("线路老化破损", "入户线绝缘层老化开裂", "联系供电所更换线路"),
        ],
        "WATER" => &[
            (
                "山塘缺少防溺水警示牌",
                "山塘周边无警示牌和救生设施",
                "设置警示牌并配救生圈",
            ),
            ("河边护栏损坏", "河道护栏断开约五米", "修复护栏"),
        ],
        "GEOLOGICAL" => &[
            (
                "房屋后山体出现裂缝",
                "雨后屋后边坡出现裂缝，有落石",
                "设警戒线，雨天撤离住户",
            ),
            ("边坡落石", "通组路边坡有松动石块", "清除危石并设警示"),
        ],
        "FOOD" => &[
            ("农村家宴未报备", "家宴超过五十人未报备", "补报备并跟场指导"),
            (
                "小卖部售卖过期食品",
                "货架上有过期饮料",
                "下架销毁并告知市场监管所",
            ),
        ],
        "CONSTRUCTION" => &[
            (
                "自建房施工未设防护",
                "二层施工未搭防护网",
                "搭设防护网后复工",
            ),
            ("脚手架搭设不规范", "脚手架立杆悬空", "整改脚手架"),
        ],
        "ENTERPRISE" => &[
            ("灭火器过期", "加工厂灭火器已过有效期", "更换灭火器"),
            ("烟花爆竹违规储存", "小卖部超量存放烟花爆竹", "清理超量部分"),
        ],
        "FOREST_FIRE" => &[
            ("林区野外用火", "林边烧田坎杂草", "制止并宣传森林防火"),
            ("坟地祭祀焚烧纸钱", "林区坟地焚烧纸钱", "劝导文明祭祀"),
        ],
        "SEASONAL" => &[
            ("屋檐下马蜂窝", "农户屋檐下有大马蜂窝", "联系消防摘除"),
            ("野生菌售卖", "路边摊售卖野生菌", "劝离并宣传"),
        ],
        "CEREMONY" => &[("宴席临时用电不规范", "办酒临时线路拖地", "规范架设临时线路")],
        _ => &[(
            "危旧房屋仍有人居住",
            "C级危房内仍住两位老人",
            "动员搬离并上报住建部门",
        )],
    };
    let i = (rng.next_u64() % options.len() as u64) as usize;
    options
        .get(i)
        .copied()
        .unwrap_or(("其他隐患", "其他安全隐患", "限期整改"))
}

pub const FIX_NOTES: &[&str] = &["已当场整改", "已协助农户当场清理", "已当场排除，拍照留存"];
pub const RECTIFY_NOTES: &[&str] = &["已按要求整改完毕", "整改完成，附照片", "已更换，恢复正常"];
pub const VERIFY_NOTES: &[&str] = &["复查合格，同意销号", "现场复查，整改到位"];
pub const VERIFY_FAILED_NOTES: &[&str] = &["复查不合格，继续整改", "整改不彻底，限期再改"];
pub const ESCALATE_NOTES: &[&str] = &[
    "组内无法解决，上报村里",
    "需乡镇协调解决",
    "涉及多户，请求上级处理",
];
pub const REOPEN_NOTES: &[&str] = &["复发，重新处理", "回访发现问题仍在"];

pub fn one(rng: &mut Rng, items: &[&'static str]) -> String {
    rng.pick(items).copied().unwrap_or("").to_string()
}
