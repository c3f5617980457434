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

    // The editor (county administrators: createCampaign, updateCampaign)
    NewCampaign => "新建工作部署", "New campaign";
    EditCampaign => "编辑", "Edit";
    NewTitle => "新建工作部署", "New campaign";
    EditTitle => "编辑工作部署：{}", "Edit campaign: {}";
    Name => "名称", "Name";
    Year => "年度", "Year";
    Milestones => "时间节点", "Milestones";
    MilestoneNo => "节点 {}", "Milestone {}";
    Kind => "完成标志", "Met by";
    MilestoneTitle => "节点名称", "Title";
    Due => "截止日期", "Due on";
    DocumentKind => "文件类别", "Document kind";
    PickDocumentKind => "请选择", "Choose one";
    AddMilestone => "添加节点", "Add milestone";
    RemoveMilestone => "删除此节点", "Remove this milestone";
    Reason => "修改原因", "Why it changes";
    ReasonHint => "修改前的工作部署连同原因一并保留。", "The campaign as it was is kept with the reason.";
    YearRequired => "请填写四位数年份。", "Enter a four-digit year.";
    ReasonRequired => "请填写修改原因。", "Say why it changes.";
    EditorHint => "节点按截止日期排序；各镇乡（街道）的完成情况由记录自动计算。", "Milestones are kept in order of due day; each township's standing is computed from its records.";

    // Milestone kinds (MilestoneKind)
    KindRosterSubmitted => "名单报送县级", "Roster submitted";
    KindTrainingDone => "人员培训完成", "Everyone trained";
    KindNotebooksIssued => "工作笔记本发放", "Notebooks issued";
    KindTrainingAndNotebooks => "培训及笔记本发放", "Trained and notebooks issued";
    KindDemonstrationSites => "确定示范村、示范组", "Demonstration village and group";
    KindCoverageComplete => "村组人员全覆盖", "Coverage complete";
    KindBuildOut => "网格化建设全面完成", "Whole build-out";
    KindDocument => "上传文件", "A document uploaded";
}
