//! The translation table of the campaign board (issue 8): the county's
//! milestones and each township's standing. zh-CN first, English second.

use super::table::table;
use super::Lang;

table! {
    C;
    CampaignsLink => "工作部署", "Campaigns";
    BoardTitle => "{} · {}", "{} · {}";
    FileStem => "工作部署进度", "campaign-progress";
    Campaign => "工作部署", "Campaign";
    AsOf => "统计日期", "As of";
    SetAt => "下达单位：{}", "Set by {}";
    DueOn => "{}（{} 前）", "{} (by {})";
    ColTownship => "镇乡（街道）", "Township";
    ColCode => "区划代码", "Division code";
    OnTime => "按时完成", "Done on time";
    Late => "逾期完成", "Done late";
    NotDone => "未完成", "Not done";
    NotDue => "未到期", "Not yet due";
    DoneOnDay => "{} 完成", "met {}";
    Parts => "{}/{}", "{}/{}";
    EvidenceRoster => "名单 {}", "roster {}";
    EvidenceSite => "示范点 {}", "site {}";
    EvidenceDocument => "文件 {}", "document {}";
    Totals => "合计", "Totals";
    TotalsCell => "按时 {} · 逾期 {} · 未完成 {} · 未到期 {}", "on time {} · late {} · not done {} · not due {}";
    NoCampaigns => "还没有下达工作部署。", "No campaign has been set yet.";
    NoTownships => "本网格下没有镇乡（街道）。", "No township at or below this node.";
    Hint => "状态按所选日期由记录计算：名单报送、培训和笔记本发放日期、示范村组、村组全覆盖、上传的文件。“a/b”：已完成的部分/全部（如已培训人数/在岗人数）。", "Computed from the records as of the chosen day: roster submissions, training and notebook dates, demonstration sites, coverage, uploaded documents. “a/b”: parts met / parts in all (e.g. people trained / people in post).";
}
