//! The translation table: every visible string, zh-CN then English. The
//! macro makes a missing translation a compile error. Field work (issue 3)
//! keeps its own table in `field_table.rs`, so neither file grows past
//! reading; both make the same kind of key.

use super::Lang;

/// `table! { Name; Key => "中文", "English"; … }` makes the key enum `Name`
/// and its `Text` lookup.
macro_rules! table {
    ($name:ident; $($key:ident => $zh:literal, $en:literal;)*) => {
        /// A translatable text.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum $name { $($key,)* }

        impl $name {
            /// Every key, for the tests that read a whole table.
            #[cfg(test)]
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl super::Text for $name {
            fn text(self, lang: Lang) -> &'static str {
                let (zh, en) = match self { $($name::$key => ($zh, $en),)* };
                match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
            }
        }
    };
}
pub(super) use table;

table! {
    K;
    // Frame
    AppName => "安全网格", "SafeGrid";
    AppTitle => "安全网格 · 安全生产网格化管理", "SafeGrid · Work-safety grid management";
    AppTagline => "安全生产“六级六覆盖”网格化管理", "Work-safety grid: six levels, six coverages";
    Footer => "安全网格 · 安全生产责任体系网格化管理平台", "SafeGrid · work-safety responsibility grid";
    NavLabel => "主导航", "Main navigation";
    NavHome => "我的网格", "My grid";
    NavSearch => "网格查询", "Find a node";
    NavAccounts => "账号管理", "Accounts";
    NavPassword => "修改密码", "Password";
    LangSwitch => "English", "中文";
    LangSwitchTitle => "Switch to English", "切换到中文";
    Logout => "退出登录", "Log out";
    BreadcrumbLabel => "当前位置", "You are here";
    Loading => "正在加载…", "Loading…";
    Retry => "重试", "Retry";
    LoadMore => "加载更多", "Load more";
    ShownOfTotal => "已显示 {} / 共 {} 项", "Showing {} of {}";
    PageNotFound => "页面不存在", "Page not found";
    NotForYourRole => "您的账号没有这项工作", "This is not part of your account's work";
    NotForYourRoleHint => "如需填报巡查或隐患，请使用村级安全员或组级安全联络员账号。", "Patrols and hazards are recorded by village safety officers and group safety liaisons.";
    BackHome => "返回我的网格", "Back to my grid";
    Working => "正在提交…", "Saving…";
    Save => "保存", "Save";
    FileReport => "提交报告", "File report";
    SubmitNow => "确认报送", "Submit";
    Create => "创建", "Create";
    Cancel => "取消", "Cancel";
    Actions => "操作", "Actions";

    // Login
    Login => "登录", "Log in";
    LoggingIn => "正在登录…", "Logging in…";
    Username => "用户名", "Username";
    Password => "密码", "Password";
    LoginWrong => "用户名或密码错误，请重新输入。", "Wrong username or password.";
    LoginDisabled => "该账号已停用，请联系上级管理员。", "This account is disabled. Contact your administrator.";
    SessionExpired => "登录已过期，请重新登录。", "Your session has ended. Please log in again.";

    // Errors by code
    ErrUnauthenticated => "登录已过期，请重新登录。", "Your session has ended. Please log in again.";
    ErrForbidden => "您没有执行此操作的权限。", "You are not allowed to do this.";
    ErrNotFound => "未找到该记录，或不在您的管辖范围内。", "Not found, or outside your area.";
    ErrBadInput => "输入有误，请检查后重试。", "Some input is invalid; please check it.";
    ErrConflict => "数据已被他人修改，请刷新", "Someone else changed this meanwhile; please refresh";
    ErrRateLimited => "操作过于频繁，请稍后再试。", "Too many requests; please wait a moment.";
    ErrInternal => "服务器出现错误，请稍后重试。", "Server error; please try again later.";
    ErrNetwork => "网络连接失败，请检查网络后重试。", "Network error; check your connection and retry.";

    // Levels
    LevelProvince => "省", "Province";
    LevelCity => "市", "City";
    LevelCounty => "县（区）", "County";
    LevelTownship => "乡镇（街道）", "Township";
    LevelVillage => "村（社区）", "Village";
    LevelGroup => "村民组", "Villager group";

    // Roles
    RoleAdmin => "管理员", "Administrator";
    RoleLeader => "领导", "Leader";
    RoleVillageOfficer => "村级安全员", "Village safety officer";
    RoleGroupLiaison => "组级安全联络员", "Group safety liaison";
    RoleTownshipLeader => "乡镇领导班子成员", "Township leader";
    AppointLeader => "任命领导班子成员", "Appoint a township leader";
    RoleViewer => "只读查看", "Viewer (read-only)";
    RoleOther => "其他", "Other";

    // 五员
    PostNone => "无", "None";
    PostRoadTraffic => "道路交通协管员", "Road-traffic assistant";
    PostForestRanger => "护林员", "Forest ranger";
    PostPowerLine => "电管员", "Power-line keeper";
    PostRoadKeeper => "公路管护员", "Road keeper";
    PostRiverKeeper => "护河员", "River keeper";

    // Node page
    DivisionCode => "区划代码", "Division code";
    GridCode => "网格编码", "Grid code";
    SubsidyExempt => "补贴豁免", "Subsidy exempt";
    SubsidyExemptHint => "城市社区不发放村级安全员补贴", "Urban community: no village-officer subsidy";
    DemonstrationVillage => "示范村", "Demonstration village";
    DemonstrationGroup => "示范组", "Demonstration group";
    EditNode => "编辑", "Edit";
    NodeName => "名称", "Name";
    ManageAccounts => "账号管理", "Accounts";
    NodeNotFound => "未找到该网格，或不在您的管辖范围内", "Node not found, or outside your area";
    VillageOfficers => "村级安全员", "Village safety officer";
    GroupLiaisons => "组级安全联络员", "Group safety liaison";
    NoOfficer => "本村（社区）尚未配备安全员。", "This village has no safety officer yet.";
    NoLiaison => "本组尚未配备安全联络员。", "This group has no safety liaison yet.";
    Name => "姓名", "Name";
    Phone => "联系电话", "Phone";
    StartDate => "任职日期", "Start date";
    EndDate => "离任日期", "End date";
    TrainingDate => "培训日期", "Training date";
    NotebookDate => "笔记本发放日期", "Notebook issued";
    NotTrained => "未培训", "Not trained";
    NotIssued => "未发放", "Not issued";
    Replace => "更换", "Replace";
    RecordDates => "登记培训", "Record training";
    EndAppointment => "免职", "End appointment";
    AppointOfficer => "任命安全员", "Appoint officer";
    AppointLiaison => "任命联络员", "Appoint liaison";
    Coverage => "覆盖情况", "Coverage";
    VillagesCovered => "村（社区）安全员覆盖", "Villages with an officer";
    GroupsCovered => "村民组联络员覆盖", "Groups with a liaison";
    VillagesWithoutOfficer => "未配备安全员的村（社区）：{} 个", "Villages without an officer: {}";
    GroupsWithoutLiaison => "未配备联络员的村民组：{} 个", "Groups without a liaison: {}";
    FullyCovered => "已实现全覆盖。", "Fully covered.";
    NoGaps => "没有缺口。", "No gaps.";
    VillagesShort => "村 {}/{}", "Villages {}/{}";
    GroupsShort => "组 {}/{}", "Groups {}/{}";
    OfficerPresent => "已配安全员", "Officer";
    OfficerMissing => "缺安全员", "No officer";
    LiaisonPresent => "已配联络员", "Liaison";
    LiaisonMissing => "缺联络员", "No liaison";
    Villages => "下辖村（社区）", "Villages";
    Groups => "村民组", "Villager groups";
    Children => "下级网格", "Sub-areas";
    NoChildren => "暂无下级网格。", "No sub-areas yet.";
    AddGroup => "新增村民组", "Add group";
    AddChild => "新增下级网格", "Add sub-area";
    GroupName => "村民组名称", "Group name";
    GroupNameExample => "例如：第一村民组", "e.g. Group 1";
    CodeOptional => "组编码（可选）", "Code (optional)";
    CodeHint => "3 位数字；不填则自动编号", "3 digits; leave empty to number automatically";

    // Appointment forms
    Appoint => "任命", "Appoint";
    PersonName => "姓名", "Full name";
    Mobile => "手机号码", "Mobile number";
    IdNumberOptional => "身份证号码（可选）", "ID card number (optional)";
    IdNumberHint => "18 位居民身份证号码", "18-character resident ID number";
    AuxiliaryPost => "五员身份", "Auxiliary post (五员)";
    ReplaceTitle => "更换 {}", "Replace {}";
    ReplaceEndHint => "原任职于此日结束", "The current appointment ends on this date";
    Successor => "接任人员", "Successor";
    EndTitle => "{} 免职", "End {}'s appointment";
    EndHint => "免职后本网格将显示为未覆盖", "Afterwards this node shows as a coverage gap";
    DatesTitle => "登记 {} 的培训与笔记本发放", "Training and notebook for {}";

    // Search
    SearchTitle => "网格查询", "Find a node";
    SearchUnder => "在 {} 范围内查询", "Within {}";
    SearchLabel => "名称", "Name";
    SearchPlaceholder => "输入乡镇、村或村民组名称", "Township, village or group name";
    LevelFilter => "层级", "Level";
    AllLevels => "全部层级", "All levels";
    NoSearchResults => "没有找到符合条件的网格。", "No matching nodes.";

    // Accounts
    Accounts => "账号管理", "Accounts";
    AccountsOf => "{} 及下级账号", "Accounts at and below {}";
    CreateAccount => "新建账号", "New account";
    CreateAccountAt => "在 {} 新建账号", "New account at {}";
    InitialPassword => "初始密码", "Initial password";
    Role => "角色", "Role";
    Node => "所属网格", "Node";
    Status => "状态", "Status";
    Active => "正常", "Active";
    Disabled => "已停用", "Disabled";
    Disable => "停用", "Disable";
    Enable => "启用", "Enable";
    NoAccounts => "暂无账号。", "No accounts yet.";

    // Password
    ChangePassword => "修改密码", "Change password";
    CurrentPassword => "当前密码", "Current password";
    NewPassword => "新密码", "New password";
    ConfirmPassword => "确认新密码", "Confirm new password";
    PasswordHint => "至少 8 位，建议包含字母和数字", "At least 8 characters; letters and digits";
    PasswordMismatch => "两次输入的新密码不一致。", "The new passwords do not match.";
    CurrentPasswordWrong => "当前密码不正确。", "The current password is wrong.";

    // Roster (花名册)
    Roster => "花名册", "Roster";
    RosterTitle => "{} 安全员花名册", "{} safety officer roster";
    RosterFileStem => "花名册", "roster";
    RosterIntro => "本网格及下级在岗的村级安全员和组级安全联络员，按网格顺序排列。", "Village safety officers and group liaisons in post at and below this node, in grid order.";
    Post => "岗位", "Post";
    AllPosts => "全部岗位", "All posts";
    IncludeEnded => "包含已离任人员", "Include people no longer in post";
    ExportCsv => "导出 CSV", "Export CSV";
    ExportExcel => "导出 Excel", "Export Excel";
    ExportingExcel => "正在生成 Excel…", "Making the Excel file…";
    Print => "打印", "Print";
    FetchingAll => "正在读取全部记录 {} / {}…", "Reading all rows: {} of {}…";
    PrintDate => "打印日期：{}", "Printed on {}";
    PrintCount => "共 {} 人", "{} people";
    NoRoster => "暂无符合条件的人员。", "Nobody matches.";
    InPost => "在岗", "In post";

    // Appointment history
    ShowHistory => "显示历任", "Show former";
    HideHistory => "隐藏历任", "Hide former";
    NoHistory => "没有历任记录。", "No former appointments.";

    // Dashboard API tokens
    ApiTokens => "数据接口令牌", "API tokens";
    ApiTokensOf => "{} 及下级的数据接口令牌", "Dashboard API tokens at and below {}";
    ApiTokensIntro => "令牌供大屏、数据看板只读访问所绑定网格及其下级的数据，不能修改任何内容。", "A token lets a dashboard read, never change, the data of its node and everything below it.";
    CreateToken => "新建令牌", "New token";
    TokenName => "令牌名称", "Token name";
    TokenNameExample => "例如：县应急局值班大屏", "e.g. County duty-room display";
    TokenNode => "绑定网格", "Bound to node";
    ExpiresAt => "有效期至", "Expires";
    ExpiresHint => "留空则长期有效；最长三年", "Leave empty for no expiry; at most three years";
    NeverExpires => "长期有效", "Never";
    CreatedAt => "创建时间", "Created";
    LastUsed => "最近使用", "Last used";
    NeverUsed => "从未使用", "Never used";
    Revoked => "已吊销", "Revoked";
    Expired => "已过期", "Expired";
    Valid => "有效", "Active";
    Revoke => "吊销", "Revoke";
    RevokeConfirm => "确定吊销令牌“{}”吗？使用它的看板将立即无法访问，且无法恢复。", "Revoke the token “{}”? Dashboards using it stop working at once; this cannot be undone.";
    TokenCreated => "令牌“{}”已创建", "Token “{}” created";
    TokenOnce => "请立即复制并妥善保存：此令牌只显示这一次，关闭后无法再次查看。", "Copy it now and keep it safe: it is shown only this once and cannot be seen again.";
    TokenUsage => "看板调用接口时在请求头中发送：Authorization: Bearer <令牌>", "A dashboard sends it as the header Authorization: Bearer <token>";
    TokenLabel => "令牌", "Token";
    Copy => "复制", "Copy";
    Copied => "已复制", "Copied";
    CopyFailed => "无法自动复制，请选中后手动复制。", "Could not copy; select the text and copy it by hand.";
    Done => "我已保存，关闭", "I have saved it; close";
    NoTokens => "暂无令牌。", "No tokens yet.";

    // Account actions
    ResetPassword => "重置密码", "Reset password";
    ResetPasswordTitle => "重置账号 {} 的密码", "Reset the password of {}";
    ResetPasswordConfirm => "确定重置账号 {} 的密码吗？该账号的所有登录将立即失效，需用新密码重新登录。", "Reset the password of {}? All its sessions end at once; it must log in again with the new password.";
    PasswordWasReset => "已重置账号 {} 的密码，请将新密码当面或电话告知本人。", "The password of {} was reset; tell its owner in person or by phone.";
    MoveAccount => "调整网格", "Move";
    MoveAccountTitle => "将账号 {} 调至其他网格", "Move the account {} to another node";
    MoveDestination => "目标网格", "Destination node";
    MoveConfirm => "确定将账号 {} 从 {} 调至 {} 吗？该账号的所有登录将立即失效。", "Move the account {} from {} to {}? All its sessions end at once.";
    AccountMoved => "账号 {} 已调至 {}。", "The account {} now belongs to {}.";
    ChooseNode => "请先搜索并选择目标网格。", "Search for and choose a destination node first.";
    SameNode => "该账号已在此网格，请选择其他网格。", "The account is already at this node; choose another.";
    MoveForbidden => "不能将该账号调至此网格：超出您的管辖范围，或您无权在该网格授予此角色。", "You cannot move this account there: it is outside your area, or you may not grant its role there.";
    ConfirmDo => "确认{}", "Yes, {}";
    PickerSelected => "已选择：", "Chosen: ";
    PickerChange => "重新选择", "Change";
    PickerNone => "没有匹配的网格。", "No matching node.";
    PickerHint => "输入名称后从列表中选择", "Type a name, then pick from the list";
}
