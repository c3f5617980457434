//! The translation table of sanctions (issue 9): the proposals, the
//! decision form and the register. zh-CN first, English second.

use super::table::table;
use super::Lang;

table! {
    X;
    SanctionsLink => "约谈与处理", "Sanctions";
    SanctionsTitle => "{} · {} 年度约谈与处理", "{} · sanctions {}";
    ProposalsTitle => "系统建议", "Proposed from the records";
    ProposalsHint => "按期限：乡镇任一工作节点逾期或未完成，建议警示约谈；安全员、联络员当年未完成月度检查任务的月数达到县定标准，建议取消当年评先评优。由县级决定并记录。", "A township late on, or past without, a campaign milestone is proposed a warning interview; an officer or liaison who missed the monthly quota in the county's number of months is proposed losing the year's award eligibility. The county decides and records it.";
    NoProposals => "该年度没有需要处理的情形。", "Nothing to propose for this year.";
    RegisterTitle => "处理登记", "Register of decisions";
    NoSanctions => "该年度尚未记录处理决定。", "No decision recorded for this year.";
    WarningInterview => "警示约谈", "Warning interview";
    AwardDisqualification => "取消当年评先评优", "Award disqualification";
    ColKind => "处理类型", "Sanction";
    ColSubject => "对象", "Subject";
    ColGrounds => "依据", "Grounds";
    ColDecision => "处理决定", "Decision";
    ColDecidedOn => "决定日期", "Decided on";
    ColReason => "理由", "Reason";
    ColDecidedBy => "记录人", "Recorded by";
    Late => "{}：应于 {} 完成，{} 完成", "{}: due {}, done {}";
    NotDone => "{}：应于 {} 完成，未完成", "{}: due {}, not done";
    Missed => "{} 完成 {}/{} 次", "{}: {} of {} done";
    MissedSummary => "{} 个月未完成任务（县定标准 {} 个月）", "Quota missed in {} months (the county's threshold: {})";
    FailedAssessment => "{} 年度考核 {} 分，不合格（合格线 {} 分）", "Assessment {}: {} points, failed (pass mark {})";
    Undecided => "待决定", "Not decided";
    DecidedOnBy => "{} 已决定（{}）", "Decided on {} ({})";
    Decide => "记录决定", "Record the decision";
    DecisionDay => "决定日期", "Day of the decision";
    DecisionReason => "理由", "Reason";
}
