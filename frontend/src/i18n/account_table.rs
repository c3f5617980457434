//! The translation table of sign-in security and account persons (issue
//! 7): the second factor, the first-login password change, TOTP on the
//! password page, the person of an account. zh-CN first, English second;
//! a missing translation is a compile error, as in `table.rs`.

use super::table::table;
use super::Lang;

table! {
    S;
    // Login: the second step, and a slowed address
    SecondFactorTitle => "动态验证码", "Authenticator code";
    SecondFactorHint => "请输入身份验证器应用中的 6 位数字，或一个恢复码。", "Enter the 6-digit code from your authenticator app, or a recovery code.";
    Code => "验证码", "Code";
    Verify => "验证", "Verify";
    Verifying => "正在验证…", "Verifying…";
    CodeWrong => "验证码不正确。", "Wrong code.";
    BackToLogin => "返回重新登录", "Back to sign-in";
    LoginSlowed => "此网络的登录尝试过多，请稍后再试。", "Too many sign-in attempts from this network. Try again shortly.";

    // First login: what must be done before anything else
    MustChangeTitle => "请先修改密码", "Change your password first";
    MustChangeHint => "您的密码由他人设置，修改后才能使用其他功能。修改后请用新密码重新登录。", "Your password was set by someone else: change it before anything else, then sign in again with the new one.";
    MustEnrollTitle => "请先开启动态验证码", "Turn on the authenticator code first";
    MustEnrollHint => "您的角色须开启动态验证码后才能使用其他功能。", "Your role must turn on an authenticator code before anything else.";
    PasswordChangedSignIn => "密码已修改，请用新密码重新登录。", "Password changed. Sign in again with the new password.";

    // TOTP on the password page
    TotpSection => "动态验证码（双因素认证）", "Authenticator code (two-factor sign-in)";
    TotpOn => "已开启：登录时还需输入验证码。", "On: signing in also asks for a code.";
    TotpOff => "未开启：登录只需密码。", "Off: signing in needs only the password.";
    TotpTurnOn => "开启动态验证码", "Turn on";
    TotpTurnOff => "关闭动态验证码", "Turn off";
    TotpRequiredNote => "您的角色须使用动态验证码，不能关闭。", "Your role must use it; it cannot be turned off.";
    TotpSecret => "密钥（手动输入）", "Secret (to type in)";
    TotpUri => "otpauth 链接（可生成二维码）", "otpauth link (for a QR code)";
    TotpScanHint => "在身份验证器应用中添加此账号，然后输入它显示的 6 位数字。", "Add this account to your authenticator app, then enter the 6 digits it shows.";
    TotpConfirm => "确认开启", "Confirm";
    TotpEnabled => "动态验证码已开启。", "The authenticator code is on.";
    TotpDisabled => "动态验证码已关闭。", "The authenticator code is off.";
    TotpOffHint => "关闭须输入当前密码和一个验证码（或恢复码）。", "Turning it off takes your password and a code (or a recovery code).";
    RecoveryCodesTitle => "恢复码（只显示这一次）", "Recovery codes (shown only now)";
    RecoveryCodesHint => "请抄下并妥善保管。手机丢失时，每个恢复码可代替验证码使用一次。", "Write them down and keep them safe. If you lose your phone, each one works once instead of a code.";

    // The person of an account
    Person => "人员", "Person";
    SetPerson => "设置人员", "Set person";
    SetPersonOf => "设置账号 {} 的人员", "Set the person of {}";
    PersonSet => "已更新账号 {} 的人员。", "Updated the person of {}.";
    AccountPersonHint => "每个账号属于一名人员；复查销号须由整改人以外的另一人进行。", "Every account belongs to a person; a fix is checked by a person other than who made it.";
    MustChangeChip => "待改密码", "Password to change";
}
