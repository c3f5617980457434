//! The translation table of integrity signals (诚信预警): the list, its
//! filters, the sentence of each kind, the evidence, the scan and the
//! dismiss form (不予处理, the server's own word in its error keys).
//! zh-CN first, English second.

use super::table::table;
use super::Lang;

table! {
    I;
    IntegrityLink => "诚信预警", "Integrity signals";
    IntegrityTitle => "{} · 诚信预警", "{} · integrity signals";
    IntegrityHint => "严禁虚报安全员名单和套取、挪用补贴。系统扫描任职、检查巡查记录、照片和补贴发放，列出疑似问题及其依据；县级核查后可注明理由不予处理。", "False officer lists and diverted subsidies are forbidden. The scan reads posts, inspections, photos and payrolls and lists what looks wrong, with the records behind it; the county looks into each and may dismiss it with a reason.";
    FilterKind => "预警类型", "Kind";
    FilterStatus => "状态", "Status";
    AllKinds => "全部类型", "All kinds";
    AllStatuses => "全部状态", "All statuses";
    StatusOpen => "待核查", "Open";
    StatusDismissed => "不予处理", "Dismissed";
    NoSignals => "没有符合条件的预警。", "No signal matches.";
    CountsLabel => "各类数量", "By kind";
    // The kinds, as titles.
    SamePersonTwoPosts => "一人多处任职", "One person, two posts";
    SharedPhone => "多岗共用手机", "Posts sharing a phone";
    PaidWithoutRecords => "领补贴无记录", "Paid without records";
    ImpossibleTravel => "轨迹异常", "Impossible travel";
    ReusedPhoto => "照片重复使用", "Reused photo";
    RecordBurst => "集中补录", "Burst of records";
    FarFromNode => "位置偏离", "Far from the node";
    UnknownKind => "其他预警", "Other signal";
    // The sentences, from the summary's figures.
    SaySamePerson => "{} 同时在 {} 处任职", "{} holds {} posts at once";
    SaySharedPhone => "{} 个岗位共用手机 {}", "{} posts share the phone {}";
    SayPaidWithoutRecords => "{} {} 年领取补贴，当年无检查巡查记录", "{} was paid for {} with no record that year";
    SayTravel => "{} 的 2 条记录相距 {} 仅隔 {} 分钟（需 {} km/h）", "{}: 2 records {} apart only {} minutes apart (would need {} km/h)";
    SayTravelSameTime => "{} 的 2 条记录相距 {}，几乎同时", "{}: 2 records {} apart at almost the same time";
    SayReusedPhoto => "同一张照片出现在 {} 条不同人员或日期的记录上", "One photo on {} records of different people or days";
    SayBurst => "{} 在 {} 分钟内录入 {} 条记录", "{} entered {} records within {} minutes";
    SayFarFromNode => "{} 的一条记录距本地其他 {} 条记录的中心 {}", "A record by {} is {} from the centre of the node's other {} records";
    SayUnknown => "系统发现异常，请查看依据", "Something looks wrong; see the records";
    SomeoneUnnamed => "（姓名不详）", "(name unknown)";
    // The table.
    ColSignal => "预警", "Signal";
    ColPlace => "地点", "Place";
    ColDetected => "发现时间", "Detected";
    ColEvidence => "依据", "Records";
    ColStatus => "核查", "Review";
    // Evidence.
    EvAppointment => "任职", "Post";
    EvPerson => "人员", "Person";
    EvInspection => "检查巡查", "Inspection";
    EvPhoto => "照片", "Photo";
    EvPayrollLine => "补贴发放", "Payroll line";
    EvOther => "记录", "Record";
    EvPostDays => "{} 起", "from {}";
    EvPostSpan => "{} 至 {}", "{} to {}";
    EvPayrollYear => "{} 年度", "year {}";
    PlaceHidden => "（不在本级范围）", "(outside your area)";
    // Scan and dismissal.
    ScanNow => "立即扫描", "Scan now";
    Scanning => "正在扫描…", "Scanning…";
    ScanDone => "扫描完成：发现 {} 条预警，其中新增 {} 条。", "Scan done: {} signals found, {} of them new.";
    Dismiss => "不予处理", "Dismiss";
    DismissReason => "不予处理的理由", "Reason for dismissing";
    DismissSubmit => "确认不予处理", "Dismiss the signal";
    DismissedByOn => "{} 于 {} 决定不予处理", "Dismissed by {} on {}";
    Reason => "理由：{}", "Reason: {}";
    ReasonRequired => "请填写不予处理的理由", "Give the reason";
}
