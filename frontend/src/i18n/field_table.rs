//! The translation table of field work (issue 3): capture on the phone,
//! the outbox, hazards, the month views. zh-CN first, English second; a
//! missing translation is a compile error, as in `table.rs`.

use super::table::table;
use super::Lang;

table! {
    F;
    // Navigation and landing
    NavField => "现场记录", "Field work";
    RecordPatrol => "记录巡查", "Record a patrol";
    RecordPatrolHint => "巡查、检查情况，可拍照、定位", "What you checked, with photos and location";
    ReportHazard => "上报隐患", "Report a hazard";
    ReportHazardHint => "发现隐患立即上报，能整改的当场整改", "Report what you found; fix it on the spot if you can";
    MyNodePage => "我的网格", "My grid";
    EditPatrol => "修改巡查记录", "Edit patrol record";
    EditHazard => "修改隐患记录", "Edit hazard report";

    // Patrol form
    RecordNode => "所属网格", "Where";
    MyOwnNode => "本网格", "My own node";
    OtherNode => "选择其他网格", "Another node";
    Kind => "类型", "Kind";
    KindVillageInspection => "村级安全检查", "Village inspection";
    KindGroupPatrol => "组级安全巡查", "Group patrol";
    KindLeaderVisit => "领导挂包村走访", "Leader's village visit";
    OccurredAt => "巡查时间", "When";
    BadTime => "请填写正确的日期和时间。", "Enter a valid date and time.";
    FutureTime => "巡查时间不能晚于现在。", "The time cannot be in the future.";
    SectorsChecked => "检查内容（可多选）", "What was checked (choose all that apply)";
    ChooseSectors => "请至少选择一项检查内容。", "Choose at least one thing you checked.";
    Notes => "情况记录", "Notes";
    NotesPlaceholder => "巡查中看到的情况、提醒了谁、怎么处理的", "What you saw, whom you reminded, what was done";
    SavePatrol => "保存巡查记录", "Save patrol";
    FoundHazard => "发现隐患，立即上报", "Found a hazard: report it";
    RecordAnother => "再记一条", "Record another";

    // Location and photos
    Location => "位置", "Location";
    UseMyLocation => "使用我的位置", "Use my location";
    Locating => "正在定位…", "Finding your location…";
    LocationClear => "清除", "Clear";
    Accuracy => "精度约 {} 米", "within about {} m";
    LocateDenied => "未获得定位权限：请在浏览器设置中允许定位，或不填位置。", "Location permission was refused: allow it in the browser settings, or leave it out.";
    LocateUnavailable => "暂时无法获取位置，请到开阔处再试。", "No position available; try again in the open.";
    LocateTimeout => "定位超时，请再试一次。", "Finding the location took too long; try again.";
    LocateUnsupported => "此浏览器不支持定位。", "This browser cannot give a location.";
    Photos => "照片", "Photos";
    TakePhoto => "拍照 / 选择照片", "Take or choose photos";
    PhotoHint => "最多 {} 张，每张不超过 8 MB", "Up to {} photos, 8 MB each";
    PhotoN => "照片 {}", "Photo {}";
    PhotoRemove => "删除照片 {}", "Remove photo {}";
    PhotoTooMany => "照片已达上限。", "That is the most photos a record can have.";
    PhotoTooLarge => "有照片超过 8 MB，未添加。", "A photo over 8 MB was left out.";
    PhotoNotImage => "只能添加图片文件。", "Only pictures can be added.";
    PhotoUnavailable => "照片无法显示", "Photo unavailable";

    // Hazard form
    HazardTitle => "隐患名称", "Hazard";
    HazardTitleExample => "例如：村口电杆电线老化", "e.g. Worn power line at the village entrance";
    Description => "隐患描述", "Description";
    Severity => "隐患级别", "Severity";
    SeverityGeneral => "一般隐患", "General";
    SeverityMajor => "重大隐患", "Major";
    Category => "隐患类别", "Category";
    FixedOnSpotQ => "是否当场整改？", "Fixed on the spot?";
    Yes => "已当场整改", "Yes, fixed";
    NoRectify => "需限期整改", "No: needs rectification";
    FixNote => "整改情况", "How it was fixed";
    Deadline => "整改期限", "Deadline";
    Responsible => "整改责任人", "Responsible person";
    Measures => "整改措施", "Measures";
    Required => "此项必填。", "This is required.";
    SaveHazard => "保存隐患上报", "Save hazard report";
    FoundOnPatrol => "本隐患将关联到刚才的巡查记录。", "This hazard will be linked to the patrol you just saved.";

    // Saved, outbox
    Saved => "已保存在本机", "Saved on this phone";
    SavedWaiting => "有 {} 条记录待发送，有网络时会自动发送，不会重复。", "{} record(s) waiting; they are sent automatically when there is a signal, never twice.";
    SavedSent => "已发送到服务器。", "Sent to the server.";
    OpenOutbox => "查看待发送", "See what is waiting";
    Outbox => "待发送记录", "Waiting to be sent";
    OutboxIntro => "这些记录保存在本机，尚未送达服务器。有网络时会自动发送。", "These records are kept on this phone and have not reached the server yet. They are sent automatically when there is a signal.";
    OutboxEmpty => "所有记录都已发送。", "Everything has been sent.";
    WaitingN => "待发送 {} 条", "{} waiting";
    FailedN => "{} 条被退回", "{} refused";
    Sending => "正在发送…", "Sending…";
    SendNow => "立即发送", "Send now";
    StorageFailed => "无法在本机保存记录：{}", "Could not keep the record on this phone: {}";
    StorageUnavailable => "本机存储不可用", "Storage unavailable";
    HazardWord => "隐患上报", "Hazard report";
    MadeAt => "记录于 {}", "Made {}";
    PhotoCount => "{} 张照片", "{} photo(s)";
    WaitingToSend => "等待发送", "Waiting to be sent";
    RetryAt => "已尝试 {} 次，将于 {} 再试", "Tried {} time(s); next try {}";
    RefusedBecause => "服务器退回：{}", "Refused by the server: {}";
    EditResend => "修改后重发", "Edit and resend";
    Resend => "重新发送", "Resend";
    Discard => "放弃此记录", "Discard";
    DiscardConfirm => "确认放弃", "Yes, discard it";
    DiscardQuestion => "放弃后此记录将从本机删除，无法恢复。确定吗？", "The record will be deleted from this phone and cannot be recovered. Are you sure?";
    Keep => "保留", "Keep it";
    LogoutWithUnsent => "还有 {} 条记录未发送。退出后它们仍保存在本机，但要等您再次登录才会发送。确定退出吗？", "{} record(s) have not been sent. They stay on this phone but are only sent after you log in again. Log out anyway?";

    // Month views
    MonthLink => "月度情况", "Month";
    MonthTitle => "{} {} 月度情况", "{} in {}";
    MonthFileStem => "月度情况", "month";
    Month => "月份", "Month";
    ColNode => "网格", "Node";
    ColInspections => "检查/巡查（计入任务/应完成）", "Inspections (counted/expected)";
    ColCompleteness => "完成率", "Completeness";
    ColInspectionsAll => "记录总数", "All records";
    ColLeaderVisits => "领导走访", "Leader visits";
    ColHazardsOpen => "未销号隐患", "Hazards open";
    ColHazardsOverdue => "逾期隐患", "Overdue";
    ColHazardsClosed => "已销号隐患", "Closed";
    NoChildrenMonth => "没有下级网格。", "No sub-areas.";
    QuotaTitle => "本月任务完成情况", "Quota this month";
    QuotaRate => "总体完成率：{}", "Overall completeness: {}";
    ColDoneExpected => "完成/应完成", "Done/expected";
    ColQuota => "完成情况", "Status";
    QuotaMet => "已完成", "Met";
    QuotaBehind => "进度落后", "Behind";
    QuotaMissed => "未完成", "Missed";
    LeaderVisits => "领导挂包村走访", "Leader's village visits";
    MonthLocked => "本月已结账，修改记录需说明原因", "This month is closed: corrections need a reason";
    NoQuota => "没有在岗的安全员或联络员。", "Nobody in post.";

    // Lists
    InspectionsLink => "巡查记录", "Inspections";
    InspectionsTitle => "{} 检查巡查记录", "Inspections at {}";
    AllKinds => "全部类型", "All kinds";
    NoInspections => "没有符合条件的记录。", "No matching records.";
    Hazards => "隐患", "Hazards";
    AllHazardsThere => "该网格全部隐患", "All hazards there";
    HazardsTitle => "{} 隐患台账", "Hazards at {}";
    State => "状态", "State";
    AllStates => "全部状态", "All states";
    OnlyOverdue => "只看逾期未整改", "Overdue only";
    NoHazards => "没有符合条件的隐患。", "No matching hazards.";
    Overdue => "已逾期", "Overdue";
    OverdueDays => "逾期 {} 天", "{} days overdue";
    HandledAt => "处理单位：{}", "Handled at {}";
    DeadlineOn => "期限 {}", "due {}";

    // Hazard states and page
    StateReported => "已上报", "Reported";
    StateFixedOnSpot => "已当场整改", "Fixed on the spot";
    StateRectifying => "整改中", "Being rectified";
    StateRectified => "已整改待复查", "Rectified, to verify";
    StateClosed => "已复查销号", "Verified and closed";
    StateReopened => "已重新打开", "Reopened";
    HandlingNode => "当前处理单位", "Handled at";
    ReportedBy => "上报人", "Reported by";
    History => "处理记录", "History";
    System => "系统", "System";
    MovedUp => "已移交上一级处理", "Passed up one level";
    NextSteps => "下一步", "Next step";
    ActPlan => "制定整改计划", "Plan rectification";
    ActFixOnSpot => "当场整改", "Fixed on the spot";
    ActRectify => "整改完成", "Rectified";
    ActVerify => "复查销号", "Verify and close";
    ActReopen => "重新打开", "Reopen";
    ActEscalate => "上报上级", "Escalate";
    ActionReport => "上报", "Reported";
    ActionVerifyFailed => "复查未通过", "Verification failed";
    ActionEdit => "修改隐患信息", "Details corrected";
    ActionAutoEscalate => "逾期自动上报", "Escalated automatically (overdue)";
    Reason => "原因", "Reason";
    Note => "说明", "Note";
    VerifyResult => "复查结果", "Result";
    VerifyPassed => "通过，销号", "Passed: close it";
    VerifyFailed => "未通过，继续整改", "Failed: rectify again";
}
