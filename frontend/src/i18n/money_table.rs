//! The translation table of subsidies and payrolls (issue 9): the ledger,
//! the payroll list, one payroll and its steps. zh-CN first, English second.

use super::table::table;
use super::Lang;

table! {
    P;
    SubsidiesLink => "补贴台账", "Subsidies";
    LedgerTitle => "{} · {} 年度补贴台账", "{} · subsidy ledger {}";
    Year => "年度", "Year";
    PrevYear => "上一年", "Previous year";
    NextYear => "下一年", "Next year";

    // The ledger
    ColPlace => "村（社区）/ 组", "Village / group";
    ColPost => "岗位", "Post";
    ColName => "姓名", "Name";
    ColDays => "在岗天数", "Days in post";
    ColStandard => "年补贴标准", "Yearly standard";
    ColProrated => "折算金额", "Prorated";
    ColExempt => "免发原因", "Exempt because";
    ColFund => "资金来源", "Funded by";
    ColDeduction => "考核扣减", "Deduction";
    ColNet => "应发金额", "Net due";
    Totals => "合计", "Totals";
    TotalsPosts => "{} 个岗位，免发 {} 个", "{} posts, {} exempt";
    TotalNet => "应发合计", "Net due in all";
    TotalCounty => "县级财政", "County budget";
    TotalPoverty => "扶贫创新就业资金", "Poverty-alleviation fund";
    NoPosts => "该年度本网格下没有安全员、联络员岗位。", "No officer or liaison post here in this year.";
    LedgerHint => "按在岗天数折算，取整到分；城市社区不发村级安全员补贴；五员兼任者由扶贫创新就业资金列支。", "Prorated by days in post, rounded down to the fen; urban communities pay no village-officer subsidy; a person holding one of the 五员 posts is paid from the poverty-alleviation fund.";

    // Words for stored values
    VillageOfficer => "村级安全员", "Village safety officer";
    GroupLiaison => "组级安全联络员", "Group safety liaison";
    CountyBudget => "县级财政", "County budget";
    PovertyFund => "扶贫创新就业资金", "Poverty-alleviation employment fund";
    UrbanCommunity => "城市社区，不发村级安全员补贴", "Urban community: no village-officer subsidy";
    Unknown => "—", "—";
    Draft => "编制中", "Draft";
    Approved => "已审核", "Approved";
    Paid => "已发放", "Paid";
    LedgerLine => "台账", "Ledger";
    AdjustmentLine => "调整", "Adjustment";

    // The payroll list
    PayrollsTitle => "补贴发放表", "Payrolls";
    ColPayer => "发放单位", "Payer";
    ColStatus => "状态", "Status";
    ColTotal => "合计金额", "Total";
    ColPrepared => "编制", "Prepared";
    ColApproved => "审核", "Approved";
    ColPaid => "发放", "Paid";
    ByOn => "{}（{}）", "{} ({})";
    NoPayrolls => "该年度本网格下还没有补贴发放表。", "No payroll here for this year yet.";

    // One payroll
    PayrollTitle => "{} · {} 年度{}补贴发放表", "{} · {} payroll, {}";
    Period => "批次", "Round";
    Reference => "凭证号", "Reference";
    ColKind => "类别", "Kind";
    ColAmount => "发放金额", "Amount";
    ColReason => "调整原因", "Reason";
    NotYet => "尚未", "Not yet";
    BackToLedger => "返回补贴台账", "Back to the ledger";
    NextSteps => "可办理", "What you can do";
    Approve => "审核通过", "Approve";
    MarkPaid => "登记发放", "Mark paid";
    Adjust => "添加调整行", "Add an adjustment";
    PaidOn => "发放日期", "Paid on";
    AdjustPost => "调整的岗位", "Post to correct";
    AdjustAmount => "调整金额（元，负数为扣减）", "Amount (yuan; negative to pay less)";
    AdjustReason => "调整原因", "Reason";
    AmountInvalid => "请填写金额，如 200 或 -50.5（最多两位小数，不能为 0）。", "Enter an amount such as 200 or -50.5 (at most two decimals, not 0).";
    ApproveHint => "审核后发放表不能再修改；编制人不能审核自己编制的发放表。", "Once approved the payroll cannot change; whoever prepared it cannot approve it.";
}
