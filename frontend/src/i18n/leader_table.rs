//! The translation table of the township's leadership work (issue 8): the
//! month page's leader and township-meeting columns, the duty report form
//! and the roster submissions. zh-CN first, English second; a missing
//! translation is a compile error, as in `table.rs`.

use super::table::table;
use super::Lang;

table! {
    M;
    // The month page: leaders
    LeadersTitle => "乡镇领导班子履职情况", "Township leaders this month";
    LeadersHint => "挂包村走访只计在本人挂包村的走访；履职报告每人每月一份，须涉及网格化工作。", "Only visits at the leader's own assigned villages count; each leader files one duty report a month, and it should cover the grid work.";
    ColLeader => "姓名", "Name";
    ColTownship => "乡镇", "Township";
    ColVisits => "挂包村走访（已走访/应走访）", "Visits to assigned villages (done/required)";
    ColDutyReport => "履职报告", "Duty report";
    ColCoversGrid => "涉及网格化工作", "Covers the grid work";
    InChargeOfSafety => "分管安全", "In charge of safety";
    Filed => "已报送", "Filed";
    NotFiled => "未报送", "Not filed";
    Yes => "是", "Yes";
    No => "否", "No";
    NotApplicable => "—", "—";
    NoLeaders => "本月没有在任的乡镇领导班子成员。", "No township leaders in post this month.";
    LeadersFileStem => "领导履职", "leaders";
    FileDutyReport => "填报履职报告", "File duty report";
    TownshipLeaders => "乡镇领导班子成员", "Township leadership team";

    // The node page's leaders: assigned villages (挂包村)
    AssignedVillages => "挂包村", "Assigned villages";
    NoAssignedVillages => "未分配挂包村", "No villages assigned";
    AssignedSince => "自 {}", "since {}";
    AssignVillages => "分配挂包村", "Assign villages";
    AssignTitle => "{} · 分配挂包村", "Assign villages to {}";
    AssignVillagesLegend => "挂包的村", "Villages this leader answers for";
    AssignHint => "勾选该领导自下列日期起挂包的全部村；取消勾选的村自该日起不再挂包，原记录保留。", "Tick every village the leader answers for from the date below; a village unticked stops that day, and its record is kept.";
    AssignSinceLabel => "自何日起", "From";
    AssignChosen => "已选 {} 个村", "{} villages chosen";
    NoTownshipLeaders => "本乡镇还没有在任的领导班子成员。", "No township leaders in post.";
    NoTownshipVillages => "本乡镇还没有村。", "This township has no villages yet.";

    // The month page: township meetings
    MeetingsTitle => "乡镇安全生产例会", "Township monthly safety meetings";
    ColMeetingHeld => "本月例会", "Meeting this month";
    Held => "已召开", "Held";
    NotHeld => "未召开", "Not held";
    NoTownships => "范围内没有乡镇。", "No townships here.";
    MeetingsFileStem => "乡镇例会", "township-meetings";

    // The duty report form
    DutyTitle => "{} · {} 履职报告", "Duty report of {} for {}";
    DutyMonth => "报告月份", "Month reported on";
    DutySummary => "履职情况", "What was done";
    DutySummaryHint => "本月履行安全生产职责的情况：检查、走访、会议、督办事项等。", "This month's safety duties: checks, visits, meetings, matters followed up.";
    DutySummaryRequired => "请填写履职情况。", "Describe what was done.";
    DutyCoversGrid => "报告涉及网格化工作", "The report covers the grid work";
    DutyDocuments => "签字版报告（可选，先在“资料”中上传）", "Signed report (optional; upload it under Documents first)";
    NoDocuments => "本乡镇还没有上传资料。", "No documents uploaded at this township yet.";
    DutyFiled => "履职报告已提交。", "Duty report filed.";

    // Roster submissions
    SubmitRoster => "报送名单", "Submit roster";
    SubmitRosterTitle => "向县里报送名单", "Submit the roster to the county";
    SubmitRosterText => "将报送今天在岗的全部村级安全员、组级安全联络员及其电话，以及没有人在岗的空缺岗位。报送后的名单不会再改变。", "This sends every village safety officer and group liaison in post today with their phones, and every post nobody holds. A submitted roster never changes.";
    RosterSubmitted => "名单已报送（{}）。", "Roster submitted ({}).";
    SubmissionsTitle => "名单报送记录", "Roster submissions";
    ColSubmittedOn => "报送日期", "Submitted on";
    ColEntryCount => "在岗岗位", "Posts held";
    ColMissingCount => "空缺岗位", "Posts empty";
    ColSubmittedBy => "报送人", "Submitted by";
    ColTownshipOf => "乡镇", "Township";
    ShowDetail => "查看名单", "View";
    HideDetail => "收起", "Hide";
    NoSubmissions => "还没有报送过名单。", "No roster submitted yet.";
    DetailTitle => "{} 于 {} 报送的名单", "Roster of {} submitted on {}";
    EntriesTitle => "在岗人员（{}）", "Posts held ({})";
    MissingTitle => "空缺岗位（{}）", "Empty posts ({})";
    NoMissing => "没有空缺岗位。", "No empty posts.";
    ColPlace => "网格", "Node";
    ColPost => "岗位", "Post";
    ColName => "姓名", "Name";
    ColPhone => "电话", "Phone";
}
