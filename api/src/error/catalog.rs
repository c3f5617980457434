//! The message catalog: every error key the API answers, with its zh-CN and
//! English message. `{name}` in a message is `extensions.params.name`. The
//! keys are a contract (the web app translates them, third parties may too):
//! rename none, only add. `api/error-keys.txt` is the list, checked in for
//! clients; a unit test keeps it equal to this table.
use super::Lang;

/// `catalog! { Name => "dotted.key", "中文", "English"; … }` makes [`Key`],
/// so a key without both messages does not compile.
macro_rules! catalog {
    ($($name:ident => $key:literal, $zh:literal, $en:literal;)*) => {
        /// A stable error key (`extensions.key`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($name,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Key::$name => $key,)* }
            }

            /// The message template in `lang`.
            pub fn template(self, lang: Lang) -> &'static str {
                let (zh, en) = match self { $(Key::$name => ($zh, $en),)* };
                match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                }
            }
        }
    };
}

catalog! {
    // Signing in and the caller's rights
    AuthRequired => "auth.required", "请先登录", "Please sign in first";
    AuthBadCredentials => "auth.bad_credentials", "用户名或密码错误", "Wrong username or password";
    AuthTokenInvalid => "auth.token_invalid", "登录凭据无效或已过期", "The token is invalid or has expired";
    AuthTooManyFailures => "auth.too_many_failures", "登录失败次数过多，请 {minutes} 分钟后再试", "Too many failed logins; try again in {minutes} minutes";
    AuthAccountLocked => "auth.account_locked", "账号已临时锁定，请 {minutes} 分钟后再试", "The account is locked; try again in {minutes} minutes";
    AuthOneLoginPerRequest => "auth.one_login_per_request", "每个请求只能登录一次", "Only one login per request";
    AuthCurrentPasswordWrong => "auth.current_password_wrong", "当前密码不正确", "The current password is wrong";
    PasswordTooShort => "password.too_short", "密码至少 {min} 个字符", "The password needs at least {min} characters";
    PasswordTooLong => "password.too_long", "密码不能超过 {max} 个字符", "The password may have at most {max} characters";
    PasswordTooCommon => "password.too_common", "密码过于常见，请换一个", "This password is too common; choose another";
    PasswordTooSimple => "password.too_simple", "密码须包含大写字母、小写字母、数字、符号中的至少三类", "Use three of: upper case, lower case, digits, symbols";
    AccessForbidden => "access.forbidden", "无权执行此操作", "You are not allowed to do this";
    // Records
    RecordNotFound => "record.not_found", "未找到", "Not found";
    RecordChanged => "record.changed", "数据已被他人修改，请刷新后重试", "Someone else changed this; reload and retry";
    IdempotencyKeyUsed => "idempotency.key_used", "幂等键已被使用", "This idempotencyKey is already used";
    IdempotencyKeyUsedByOther => "idempotency.key_used_by_other", "该幂等键已被其他账号使用", "This idempotencyKey is already used by another account";
    InternalError => "internal.error", "内部错误，请稍后重试（编号 {correlationId}）", "Internal error; please retry later (ref {correlationId})";
    // Input that every form shares
    InputEmpty => "input.empty", "不能为空", "Must not be empty";
    InputTooLong => "input.too_long", "不能超过 {max} 个字符", "At most {max} characters";
    InputControlCharacters => "input.control_characters", "包含无效字符", "Contains control characters";
    InputPhone => "input.phone", "请输入 11 位手机号码", "Enter an 11-digit mainland mobile number";
    InputIdNumber => "input.id_number", "身份证号码无效", "Not a valid 18-character ID number";
    InputDateOutOfRange => "input.date_out_of_range", "日期超出合理范围", "The date is out of range";
    InputIdempotencyKey => "input.idempotency_key", "幂等键须为 {min}–{max} 位字母、数字、- 或 _", "The idempotencyKey must be {min}–{max} letters, digits, - or _";
    InputLatitudeRange => "input.latitude_out_of_range", "纬度须在 -90 到 90 之间", "The latitude must be between -90 and 90";
    InputLongitudeRange => "input.longitude_out_of_range", "经度须在 -180 到 180 之间", "The longitude must be between -180 and 180";
    InputCoordinatesTogether => "input.coordinates_together", "经纬度须同时提供", "Latitude and longitude go together";
    InputAccuracyRange => "input.accuracy_out_of_range", "定位精度无效", "The location accuracy is out of range";
    InputFirstOutOfRange => "input.first_out_of_range", "每页最多 {max} 条", "first must be between 0 and {max}";
    InputLastOutOfRange => "input.last_out_of_range", "每页最多 {max} 条", "last must be between 0 and {max}";
    InputFirstAndLast => "input.first_and_last", "first 与 last 不能同时使用", "Use either first or last, not both";
    InputCursorInvalid => "input.cursor_invalid", "分页游标无效", "Invalid cursor";
    InputPhotoIdInvalid => "input.photo_id_invalid", "照片编号无效", "Invalid photo id";
    InputMonthFormat => "input.month_format", "月份格式应为 YYYY-MM", "A month is written YYYY-MM";
    // An error raised by code not yet converted to a key: the message is
    // its own (one language), the web app shows a generic text.
    InputInvalid => "input.invalid", "{detail}", "{detail}";
    ConflictOther => "conflict.other", "{detail}", "{detail}";
    RateLimitedOther => "rate_limited.other", "{detail}", "{detail}";
    // The GraphQL request itself
    RequestInvalid => "request.invalid", "请求未通过 GraphQL 校验", "Invalid request: {detail}";
    RequestJsonRequired => "request.json_required", "Content-Type 须为 application/json", "Content-Type must be application/json";
    RequestRateLimited => "request.rate_limited", "请求过于频繁，请稍后再试", "Too many requests; slow down";
    RequestCrossOrigin => "request.cross_origin", "拒绝跨站请求", "Cross-origin request refused";
    RequestBodyUnreadable => "request.body_unreadable", "无法读取请求内容", "Could not read the request body";
    RequestBodyTooLarge => "request.body_too_large", "请求内容过大（最多 {max} 字节）", "The request body is too large (at most {max} bytes)";
    RequestSingleObject => "request.single_object", "请求须为一个 JSON 对象 {query, variables, operationName}，不接受批量请求", "The body must be one JSON object {query, variables, operationName}; batches are not accepted";
    RequestTimedOut => "request.timed_out", "请求超时", "The request timed out";
    ServerBusy => "request.server_busy", "服务器繁忙，请稍后重试", "The server is busy; retry shortly";
    RequestTooComplex => "request.too_complex", "请求过于复杂：每个列表按 first/last × 其下字段计算，总量须在上限之内；请减小分页或嵌套列表", "The query is too complex: each list counts first/last × the fields below it, and the total must stay under the limit; ask for smaller pages or fewer nested lists";
    RequestOverBudget => "request.over_budget", "请求的数据库语句超过 {max} 条上限；请减小分页或嵌套列表", "This request needs more than {max} database statements; ask for smaller pages or fewer nested lists";
    RequestAnswerTooLarge => "request.answer_too_large", "回答超过 {maxMib} MiB 上限；请减小分页", "The answer is larger than {maxMib} MiB; ask for smaller pages";
    RequestEncodeFailed => "request.encode_failed", "无法生成回答，请稍后重试", "Could not encode the answer; please retry";
    RequestPostOnly => "request.post_only", "请使用 POST 并设置 Content-Type: application/json", "Use POST with Content-Type: application/json";
    // Grid
    GridGroupHasNoChildren => "grid.group_has_no_children", "村民组是最小网格，不能再分", "A villager group has no children";
    GridNumberOutOfRange => "grid.number_out_of_range", "编号须在 1 到 {max} 之间", "The number must be between 1 and {max}";
    GridCodeDigitsOnly => "grid.code_digits_only", "区划代码只能包含数字", "A division code has digits only";
    GridCodeInvalid => "grid.code_invalid", "区划代码无效", "Invalid division code";
    GridCodeLength => "grid.code_length", "此级区划代码应为 {digits} 位", "A code at this level has {digits} digits";
    GridCodeNotUnderParent => "grid.code_not_under_parent", "区划代码不在上级区划之内", "The code is not under the parent";
    GridCodeInUse => "grid.code_in_use", "区划代码 {code} 已被使用", "The division code {code} is already in use";
    // People and appointments
    PersonNotFound => "person.not_found", "人员不存在", "No such person";
    PersonNodeRequired => "person.node_required", "请选择所属网格", "Choose the person's node (nodeId)";
    PersonChooseOne => "person.choose_one", "请选择已有人员或填写新人员（二选一）", "Give personId or newPerson, not both";
    AppointmentRoleLevel => "appointment.role_level", "村级安全员只能任命到村，组级安全联络员只能任命到村民组", "Village officers are appointed to villages, liaisons to villager groups";
    AppointmentDuplicate => "appointment.duplicate", "此人已在该岗位任职", "Already appointed to this post";
    AppointmentAlreadyEnded => "appointment.already_ended", "该任职已结束", "The appointment has already ended";
    AppointmentEndBeforeStart => "appointment.end_before_start", "结束日期不能早于开始日期", "The end date is before the start date";
    AppointmentSuccessorOverlaps => "appointment.successor_overlaps", "接任日期不能早于前任结束日期", "The successor starts before the predecessor ends";
    // Accounts and API tokens
    AccountUsernameFormat => "account.username_format", "用户名为 {min}–{max} 位小写字母、数字、- _ .", "A username is {min}–{max} lower-case letters, digits, - _ .";
    AccountUsernameTaken => "account.username_taken", "用户名已被使用", "The username is already taken";
    AccountCannotDisableSelf => "account.cannot_disable_self", "不能停用自己的账号", "You cannot disable your own account";
    AccountCannotMoveSelf => "account.cannot_move_self", "不能移动自己的账号", "You cannot move your own account";
    TokenExpiryRange => "token.expiry_out_of_range", "有效期须在未来 {years} 年之内", "The expiry must be within the next {years} years";
    // Hazards
    HazardIllegalTransition => "hazard.illegal_transition", "当前状态 {from} 不允许此操作，可转入：{allowedNextStates}", "Not allowed from {from}; next states: {allowedNextStates}";
    HazardNoDeadlineOnSpot => "hazard.no_deadline_when_fixed_on_spot", "当场整改的隐患不设整改期限", "A hazard fixed on the spot has no deadline";
    HazardMajorNotOnSpot => "hazard.major_not_on_spot", "重大隐患须限期整改并复查，不能当场销号", "A major hazard cannot be closed on the spot";
    HazardInspectionNotFound => "hazard.inspection_not_found", "检查记录不存在", "No such inspection";
    HazardFixNoteRequired => "hazard.fix_note_required", "当场整改须说明整改情况", "Say how it was fixed";
    HazardFixPhotoRequired => "hazard.fix_photo_required", "当场整改须附整改照片", "A photo of the fix is required";
    HazardResponsibleNeedsDeadline => "hazard.responsible_needs_deadline", "指定整改责任人须同时设定整改期限", "A responsible person needs a deadline";
    HazardAlreadyAtCounty => "hazard.already_at_county", "隐患已在县级处理，不能再上报", "Already handled at county level";
    HazardDeadlineRange => "hazard.deadline_out_of_range", "整改期限须在今天到一年之内", "The deadline must be between today and a year ahead";
    HazardMajorNeedsCheck => "hazard.major_needs_check", "重大隐患须限期整改并复查", "A major hazard needs a rectification and a check";
    HazardVerifierIsRectifier => "hazard.verifier_is_rectifier", "复查须由整改人以外的人进行", "The check must be made by someone other than who fixed it";
    // Inspections
    InspectionSectorCount => "inspection.sector_count", "请选择 1 到 {max} 个检查领域", "Choose 1 to {max} sectors";
    InspectionSectorUnknown => "inspection.sector_unknown", "未知或已停用的检查领域", "Unknown or inactive sector";
    InspectionSectorRepeated => "inspection.sector_repeated", "检查领域重复", "A sector is listed twice";
    InspectionInFuture => "inspection.in_future", "检查时间不能晚于当前时间", "occurredAt is in the future";
    InspectionMonthClosed => "inspection.month_closed", "该月记录已截止，不能补录", "That month is closed for new records";
    InspectionKindNode => "inspection.kind_node_mismatch", "巡查记在村民组，村级检查记在村或其村民组，领导走访记在村", "Patrols go to groups, village inspections to a village or its groups, leader visits to villages";
    InspectionLeaderVisitByLeaders => "inspection.leader_visit_by_leaders", "领导走访只能由乡镇领导填报", "Leader visits are recorded by leaders";
    InspectionNothingToCorrect => "inspection.nothing_to_correct", "没有要更正的内容", "Give sectors or notes to correct";
    InspectionReasonRequired => "inspection.reason_required", "该月记录已锁定，更正须说明理由", "The month is closed; a correction needs a reason";
    SectorUnknown => "sector.unknown", "未知的检查类别", "Unknown sector";
    // Photos (`/api/photos` and attaching them to records)
    PhotoTooMany => "photo.too_many", "每条记录最多 {max} 张照片", "At most {max} photos per record";
    PhotoNotAttachable => "photo.not_attachable", "照片不存在、不是本人上传或已被使用", "Unknown, someone else's, or already attached photo";
    PhotoUnsupportedType => "photo.unsupported_type", "只接受 JPEG、PNG、WebP 照片", "Only JPEG, PNG and WebP photos are accepted";
    PhotoTypeMismatch => "photo.type_mismatch", "文件内容与声明的类型不符", "The file is not the type it claims to be";
    PhotoTooLarge => "photo.too_large", "照片太大，最大 {maxMib} MB、{maxMegapixels} 百万像素", "Photo too large: at most {maxMib} MiB and {maxMegapixels} megapixels";
    PhotoUnreadable => "photo.unreadable", "照片已损坏，无法读取", "The photo is damaged and cannot be read";
    PhotoUploadTimedOut => "photo.upload_timed_out", "上传超时", "The upload timed out";
    PhotoUploadsBusy => "photo.uploads_busy", "上传繁忙，请稍后重试", "Too many uploads in progress; retry shortly";
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKED_IN: &str = include_str!("../../error-keys.txt");

    fn listing() -> String {
        Key::ALL
            .iter()
            .map(|k| format!("{}\n", k.as_str()))
            .collect()
    }

    /// Regenerate with `UPDATE_ERROR_KEYS=1 cargo test -p api --lib catalog`.
    #[test]
    fn the_checked_in_key_list_is_the_catalog() {
        if std::env::var_os("UPDATE_ERROR_KEYS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/error-keys.txt");
            if let Err(e) = std::fs::write(path, listing()) {
                panic!("write {path}: {e}");
            }
            return;
        }
        assert_eq!(
            CHECKED_IN,
            listing(),
            "api/error-keys.txt is stale: UPDATE_ERROR_KEYS=1 cargo test -p api --lib catalog"
        );
    }

    #[test]
    fn keys_are_unique_dotted_and_each_language_is_one_language() {
        let mut seen = std::collections::HashSet::new();
        for key in Key::ALL {
            let name = key.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(name.contains('.'), "{name}");
            let en = key.template(Lang::En);
            assert!(!en.chars().any(is_han), "{name}: Chinese in English: {en}");
            let zh = key.template(Lang::Zh);
            assert!(!zh.contains(" ("), "{name}: bracketed translation in {zh}");
        }
    }

    fn is_han(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
    }
}
