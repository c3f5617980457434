//! The translation table of the year table (issue 8): meetings held against
//! four a village, drills, trainings and publicity per node. zh-CN first,
//! English second; a missing translation is a compile error.

use super::table::table;
use super::Lang;

table! {
    Y;
    YearLink => "年度情况", "Year";
    YearTitle => "{} {} 年度情况", "{} in {}";
    YearFileStem => "年度情况", "year";
    Year => "年度", "Year";
    PrevYear => "上一年", "Previous year";
    NextYear => "下一年", "Next year";
    ColNode => "网格", "Node";
    ColCode => "区划代码", "Division code";
    ColMeetings => "村安全会议（已开/应开）", "Village meetings (held/expected)";
    ColTrainings => "培训", "Trainings";
    ColDrills => "应急演练", "Drills";
    ColPublicity => "宣传教育", "Publicity";
    ColChecksKept => "笔记本抽查合格", "Notebook checks kept";
    ColChecksNotKept => "笔记本抽查不合格", "Notebook checks not kept";
    ColCeremonies => "红白喜事打招呼", "Ceremony notices";
    ColReminders => "跟场提醒", "On-site reminders";
    ColVehicles => "登记机动车", "Vehicles registered";
    OwnRow => "本级", "At this node itself";
    Total => "合计", "Total";
    NoChildren => "没有下级网格。", "No sub-areas.";
    ShortHint => "标色的行：村安全会议少于每村每年 4 次。“—”：该级不开村安全会议。“本级”：记在本网格自身的记录。", "Highlighted rows held fewer village meetings than four a village. “—”: no village meetings are expected there. “At this node itself”: records kept at this node, not below it.";
}
