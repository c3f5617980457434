//! The translation table of programme records (issue 8): meetings and
//! documents on the desk, the village safety meeting on the phone. zh-CN
//! first, English second; a missing translation is a compile error.

use super::table::table;
use super::Lang;

table! {
    R;
    // Links and titles
    Meetings => "会议记录", "Meetings";
    Documents => "文件资料", "Documents";
    MeetingsTitle => "{} · 会议记录", "Meetings · {}";
    DocumentsTitle => "{} · 文件资料", "Documents · {}";
    MeetingsFileStem => "会议记录", "meetings";
    MeetingTitle => "{}：{}", "{}: {}";

    // Kinds
    KindVillageSafety => "村级安全会议", "Village safety meeting";
    KindTownshipMonthly => "安全生产例会", "Monthly safety meeting";
    KindLeadingGroup => "领导小组会议", "Leading group meeting";

    // Filters and columns
    AllKinds => "全部类型", "All kinds";
    Kind => "类型", "Kind";
    From => "起始日期", "From";
    To => "截止日期", "To";
    Under => "范围（网格）", "Under (node)";
    ColHeldOn => "召开日期", "Held on";
    ColNode => "网格", "Where";
    ColTopics => "议题", "Topics";
    ColCoversGrid => "研究网格化工作", "Grid work on agenda";
    ColAttendees => "参会人数", "Present";
    ColAuthor => "记录人", "Recorded by";
    ColPhotos => "照片", "Photos";
    Yes => "是", "Yes";
    No => "否", "No";
    NoRecords => "没有符合条件的记录。", "No records match.";
    Locked => "已锁定", "Locked";
    Exporting => "正在导出…", "Exporting…";

    // Detail
    Minutes => "会议记录", "Minutes";
    Attendees => "参会人员", "Attendees";
    AttendeeCount => "参会人数", "People present";
    Evidence => "照片和文件", "Photos and documents";
    EarlierVersions => "历史版本", "Earlier versions";
    NoEarlierVersions => "未更正过。", "Never corrected.";
    VersionN => "第 {} 版", "Version {}";
    CorrectedOn => "{} 更正，原因：{}", "Corrected {}, because: {}";
    AsStored => "当时保存的内容", "As it was stored";
    RecordedBy => "记录人", "Recorded by";
    RecordedAt => "记录时间", "Recorded at";
    CurrentVersion => "当前版本", "Current version";
    NoneYet => "无", "None";

    // Correcting
    Correct => "更正", "Correct";
    CorrectTitle => "更正记录", "Correct this record";
    CorrectHint => "更正会生成新版本，原记录保留在历史版本中。", "A correction makes a new version; the old one is kept.";
    Reason => "更正原因", "Reason";
    ReasonRequired => "请填写更正原因。", "Give the reason for the correction.";

    // Documents
    Upload => "上传文件", "Upload a document";
    UploadNewer => "上传新版本", "Upload a newer version";
    NewerOf => "替换：{}（第 {} 版）", "Replaces: {} (version {})";
    Title => "标题", "Title";
    DocKind => "文件类别", "Kind";
    DocFile => "文件（PDF 或图片，JPEG/PNG/WebP）", "File (PDF or image: JPEG, PNG, WebP)";
    ChooseFile => "请选择一个文件。", "Choose a file.";
    TitleRequired => "请填写标题。", "Enter a title.";
    ChooseKind => "请选择文件类别。", "Choose a kind.";
    Open => "打开", "Open";
    ShowSuperseded => "显示已被替换的旧版本", "Show versions replaced by newer ones";
    NoDocuments => "暂无文件。", "No documents yet.";

    // Field: village safety meeting
    RecordMeeting => "记录村安全会议", "Record a village safety meeting";
    RecordMeetingHint => "会议议题、参会人数、会议记录和照片", "Topics, who came, minutes and photos";
    HeldOn => "会议日期", "Date held";
    Topics => "会议议题", "Topics";
    TopicsPlaceholder => "如：秋冬季防火、道路交通安全", "E.g. fire safety in autumn, road traffic";
    TopicsRequired => "请填写会议议题。", "Enter the topics.";
    CoversGridWork => "会上研究了网格化管理工作", "The grid work was on the agenda";
    BadCount => "请填写参会人数（1 人以上）。", "Enter how many came (at least 1).";
    MinutesPlaceholder => "会议内容、决定事项、责任人", "What was said and decided, and by whom";
    BadDate => "请填写正确的日期。", "Enter a valid date.";
    FutureDate => "日期不能晚于今天。", "The date cannot be after today.";
    SaveMeeting => "保存会议记录", "Save meeting";
}
