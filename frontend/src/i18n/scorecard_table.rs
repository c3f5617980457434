//! The translation table of the township scorecard (考核表, 附件1): the
//! county's ranking, a township's card, why points were lost, entering
//! an item and locking the year. zh-CN first, English second.

use super::table::table;
use super::Lang;

table! {
    G;
    RankingLink => "考核排名", "Scorecard ranking";
    CardLink => "考核表", "Scorecard";
    RankingTitle => "{} · {} 年度乡镇考核排名", "{} · township scorecards {}";
    CardTitle => "{} · {} 年度考核表", "{} · scorecard {}";
    Year => "年度", "Year";
    PrevYear => "上一年", "Previous year";
    NextYear => "下一年", "Next year";
    ColRank => "排名", "Rank";
    ColTownship => "乡镇（街道）", "Township";
    ColTotal => "总分", "Total";
    ColState => "状态", "State";
    PartHead => "{}（{} 分）", "{} ({})";
    Average => "平均", "Average";
    Locked => "已锁定", "Locked";
    NotLocked => "未锁定", "Not locked";
    Provisional => "暂列", "Provisional";
    ProvisionalHint => "本年度考核表尚未锁定：排名和总分按当前记录暂列，锁定后不再变动。", "The year is not locked: the ranks and totals are provisional, as the records stand today, and freeze once locked.";
    LockedHint => "本年度考核表已由县级锁定并排名，不再变动。", "The county has locked and ranked the year's cards; they no longer change.";
    NoTownships => "该县没有乡镇（街道）。", "The county has no townships.";
    Lock => "锁定并排名", "Lock and rank";
    LockHint => "锁定后，本年度所有乡镇的考核表按当前得分冻结并排名，考核项和模板都不能再修改。", "Locking freezes every township's card of the year as it stands and ranks them; neither the items nor the template can change afterwards.";
    LockConfirm => "确定锁定 {} 年度考核表并排名吗？此操作不可撤销。", "Lock the scorecards of {} and rank the townships? This cannot be undone.";
    TotalOf => "{} / {} 分", "{} of {} points";
    PointsOf => "{}/{}", "{}/{}";
    RankOf => "第 {} 名", "Rank {}";
    LockedAt => "锁定时间", "Locked on";
    Automatic => "自动", "Automatic";
    Overridden => "人工调整", "Adjusted by hand";
    ByHand => "人工评分", "Scored by hand";
    AutoWas => "自动计分 {} 分", "Computed: {}";
    ColItem => "考核内容", "Item";
    ColPoints => "得分", "Points";
    ColScoring => "计分方式", "Scoring";
    ColReason => "扣分原因", "Why points were lost";
    ColNote => "说明与材料", "Note and documents";
    NoNote => "—", "—";
    RecordsBehind => "相关记录 {} 条", "{} records behind it";
    RecordN => "记录 {}", "Record {}";
    // Each rule, as the card explains it.
    RuleDocuments => "按当年在乡镇上传的规定类别资料计分", "From the documents of the named kinds uploaded at the township in the year";
    RuleRosterMissing => "按期限前报送名单中缺员人数扣分", "Points lost per post missing on the roster submitted by the deadline";
    RuleMilestoneOnTime => "按工作部署节点按期完成计分", "Met on time by the campaign's milestone";
    RuleNotebooksNotKept => "按笔记本抽查未记录人数扣分", "Points lost per person found not keeping their notebook";
    RuleLeaderVisits => "班子成员每月到挂包村开展工作", "Every leader visited an assigned village every month";
    RuleMonthlyMeetings => "每月召开安全会议研究网格化工作", "A monthly safety meeting covering the grid work";
    RuleDutyReports => "按未包含网格化工作的履职报告份数扣分", "Points lost per duty report without the grid work";
    RuleAssessmentsDone => "按考核细则对安全员、联络员开展考核", "Officers assessed by the rules";
    RuleSubsidiesOnTime => "补贴按期足额发放", "Subsidies paid in full by the pay-by day";
    RuleByHand => "由县级对照考核细则评分", "Scored by the county office against the rules";
    // Why the points are what they are.
    FindMet => "符合要求", "Met in full";
    FindDocumentsMissing => "缺 {} 类资料（共 {} 类）", "{} of {} document kinds missing";
    FindNoRoster => "截止日前未报送名单", "No roster submitted by the deadline";
    FindPostsMissing => "名单缺员 {} 人（应有 {} 人）", "{} of {} posts missing on the roster";
    FindMilestoneLate => "工作节点逾期完成", "The milestone was met late";
    FindMilestoneNotDone => "工作节点逾期未完成", "The milestone is past due and not met";
    FindMilestoneNotDue => "工作节点未到期，尚未完成", "The milestone is not due yet, and not met yet";
    FindNoDeadline => "当年工作部署未设此节点，需人工评分", "The year's campaign sets no such milestone: scored by hand";
    FindNotebooksNotKept => "抽查发现 {} 人未按要求记录工作笔记", "Spot checks found {} persons not keeping their notebooks";
    FindVisitsMissed => "{} 个（共 {} 个）领导·月未到挂包村", "{} of {} leader-months without a visit to an assigned village";
    FindNoAssignedVillages => "已过月份中没有班子成员挂包村", "No leader had an assigned village in the months ended";
    FindMeetingsMissed => "{} 个月（共 {} 个已过月份）未召开网格化工作安全会议", "{} of {} ended months without a safety meeting on the grid work";
    FindNoMonthEnded => "本年度尚无已结束的月份", "No month of the year has ended yet";
    FindDutyReports => "{} 份履职报告未包含网格化工作", "{} duty reports without the grid work";
    FindSubsidiesLate => "补贴未在规定日期前足额发放", "Subsidies not paid in full by the pay-by day";
    FindSubsidiesNotYetPaid => "补贴尚未足额发放（未到发放期限）", "Subsidies not paid in full yet (not due yet)";
    FindAssessmentsMissing => "{} 名（共 {} 名）村级安全员当年没有审核通过的考核", "{} of {} village officers without an approved assessment of the year";
    FindNotEntered => "人工评分项，尚未录入", "Scored by hand: not entered yet";
    FindEnteredByHand => "由县级录入（见说明和材料）", "Entered by the county office (see the note and documents)";
    FindOther => "—", "—";
    Lost => "扣 {} 分", "{} lost";
    // Entering an item.
    Score => "评分", "Score";
    ScoreTitle => "评分：{}", "Score: {}";
    PointsField => "得分（0–{}）", "Points (0–{})";
    NoteField => "说明", "Note";
    NoteRequiredHint => "调整自动得分须填写理由；自动计分结果仍会显示。", "Overriding a computed score needs a note; the computed value stays shown.";
    PointsInvalid => "请输入 0 至 {} 之间的整数", "Enter a whole number from 0 to {}";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;

    #[test]
    fn every_scorecard_text_has_both_languages_with_the_same_placeholders() {
        for key in G::ALL {
            let (zh, en) = (key.text(Lang::Zh), key.text(Lang::En));
            assert!(!zh.is_empty() && !en.is_empty(), "{key:?} is empty");
            assert_eq!(
                zh.matches("{}").count(),
                en.matches("{}").count(),
                "{key:?}: the languages take different arguments"
            );
        }
        assert!(G::ALL.len() > 50);
    }
}
