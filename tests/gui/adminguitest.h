#pragma once

// Helpers of the administration page tests: the Chinese look of the pages for screenshots.
//
// The pages' strings are new and not yet in translations/ridewatch_zh_CN.ts; to see whether Chinese
// text fits (and renders), the screenshot tests install the product's zh_CN translation (for the role and
// outcome names it already has) and on top of it this test-local dictionary for the pages' main strings.

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTranslator>

#include <memory>

namespace rw::guitest {

class AdminChineseTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return dictionary().value(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }

private:
    static const QHash<QString, QString> &dictionary()
    {
        static const QHash<QString, QString> words{
            // AccountsPage
            {QStringLiteral("<h2>Accounts</h2>"), QStringLiteral("<h2>账号</h2>")},
            {QStringLiteral("&New account…"), QStringLiteral("新建账号(&N)…")},
            {QStringLiteral("&Disable…"), QStringLiteral("停用(&D)…")},
            {QStringLiteral("&Enable"), QStringLiteral("启用(&E)")},
            {QStringLiteral("&Reset password…"), QStringLiteral("重置密码(&R)…")},
            {QStringLiteral("&Unlock"), QStringLiteral("解锁(&U)")},
            {QStringLiteral("Unlock"), QStringLiteral("解锁")},
            {QStringLiteral("Re&fresh"), QStringLiteral("刷新(&F)")},
            {QStringLiteral("Filter by user, name, role, region or state"),
             QStringLiteral("按用户、姓名、角色、地区或状态筛选")},
            {QStringLiteral("Unlock the account &named:"), QStringLiteral("解锁以下用户名的账号(&N)：")},
            {QStringLiteral("User name"), QStringLiteral("用户名")},
            {QStringLiteral(
                 "Create accounts, disable and enable them, and reset passwords; a reset makes the "
                 "holder choose a new password. Lifting a lockout is the security administrator's "
                 "duty (GB/T 22239-2019 §8.1.5: separated administrators)."),
             QStringLiteral(
                 "创建、停用和启用账号，重置密码；重置后持有人须设置新密码。解除锁定由安全管理员负责"
                 "（GB/T 22239-2019 §8.1.5：三员分立）。")},
            {QStringLiteral("Lift the lockout of an account before it ends, e.g. after the holder has proved "
                            "who they are. Accounts are created, disabled and reset by the system "
                            "administrator."),
             QStringLiteral("在锁定期满前解除账号锁定，例如持有人已证明身份后。账号的创建、停用和重置由系统管"
                            "理员负责。")},
            {QStringLiteral("Waiting for the platform…"), QStringLiteral("正在等待平台…")},
            {QStringLiteral("User"), QStringLiteral("用户")},
            {QStringLiteral("Name"), QStringLiteral("姓名")},
            {QStringLiteral("Role"), QStringLiteral("角色")},
            {QStringLiteral("Region"), QStringLiteral("地区")},
            {QStringLiteral("State"), QStringLiteral("状态")},
            {QStringLiteral("Password changed"), QStringLiteral("密码修改时间")},
            {QStringLiteral("Active"), QStringLiteral("正常")},
            {QStringLiteral("Disabled"), QStringLiteral("已停用")},
            {QStringLiteral("Locked until %1"), QStringLiteral("锁定至 %1")},
            {QStringLiteral("Must change the password"), QStringLiteral("须修改密码")},
            {QStringLiteral("; "), QStringLiteral("；")},
            // NewAccountDialog
            {QStringLiteral("New account"), QStringLiteral("新建账号")},
            {QStringLiteral("&User name:"), QStringLiteral("用户名(&U)：")},
            {QStringLiteral("&Display name:"), QStringLiteral("显示名称(&D)：")},
            {QStringLiteral("&Role:"), QStringLiteral("角色(&R)：")},
            {QStringLiteral("Re&gion code:"), QStringLiteral("行政区划代码(&G)：")},
            {QStringLiteral("Create"), QStringLiteral("创建")},
            {QStringLiteral("Cancel"), QStringLiteral("取消")},
            {QStringLiteral("e.g. Wang Xiaoming"), QStringLiteral("例如：王小明")},
            {QStringLiteral("The platform generates a one-time password; the holder chooses their own at the "
                            "first sign-in."),
             QStringLiteral("平台生成一次性密码；持有人首次登录时设置自己的密码。")},
            {QStringLiteral("A city code: a prefecture (xxyy00), a county-level city such as 469001 "
                            "(Wuzhishan), or a municipality such as 110000."),
             QStringLiteral(
                 "市级代码：地级市（xxyy00）、县级市（如五指山市 469001）或直辖市（如 110000）。")},
            {QStringLiteral("Region code: %1"), QStringLiteral("行政区划代码：%1")},
            // OneTimePasswordDialog
            {QStringLiteral("One-time password for %1"), QStringLiteral("%1 的一次性密码")},
            {QStringLiteral("Account %1 has been created"), QStringLiteral("账号 %1 已创建")},
            {QStringLiteral("This is the one-time password of account %1. %2"),
             QStringLiteral("这是账号 %1 的一次性密码。%2")},
            {QStringLiteral(
                 "Give it to the account holder in person or through another secure channel. It is "
                 "shown only now and cannot be shown again; the holder must choose a new password "
                 "at the first sign-in."),
             QStringLiteral(
                 "请当面或通过其他安全渠道交给账号持有人。密码仅显示这一次，之后无法再次查看；持有人"
                 "首次登录时必须设置新密码。")},
            {QStringLiteral("One-time &password:"), QStringLiteral("一次性密码(&P)：")},
            {QStringLiteral("Copy"), QStringLiteral("复制")},
            {QStringLiteral("Copy key"), QStringLiteral("复制密钥")},
            {QStringLiteral("Copy URI"), QStringLiteral("复制 URI")},
            {QStringLiteral("The same key as an otpauth:// URI, for a QR code:"),
             QStringLiteral("同一密钥的 otpauth:// URI，可生成二维码：")},
            {QStringLiteral("&Authenticator key:"), QStringLiteral("身份验证器密钥(&A)：")},
            {QStringLiteral("Administrators sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d). Add "
                            "this key to the holder's authenticator app, e.g. as a QR code; it is shown only "
                            "now as well."),
             QStringLiteral("管理员登录须使用第二因素（GB/T 22239-2019 §8.1.4.1 d）。请将此密钥添加到持有人的"
                            "身份验证器应用（例如扫描二维码）；密钥同样仅显示这一次。")},
            {QStringLiteral("I have passed the password on; I know it cannot be shown again."),
             QStringLiteral("我已转交密码，并知悉密码无法再次显示。")},
            {QStringLiteral("Close"), QStringLiteral("关闭")},
            // PolicyPage
            {QStringLiteral("<h2>Security policy</h2>"), QStringLiteral("<h2>安全策略</h2>")},
            {QStringLiteral(
                 "Password, lockout and session rules of every account (GB/T 22239-2019 §8.1.4.1). "
                 "Each setting is limited to the range the platform allows. Changes apply from "
                 "each account's next sign-in or password change."),
             QStringLiteral(
                 "所有账号的密码、锁定和会话规则（GB/T 22239-2019 §8.1.4.1）。每项设置限定在平台允许的"
                 "范围内。更改自各账号下次登录或修改密码时生效。")},
            {QStringLiteral("Passwords"), QStringLiteral("密码")},
            {QStringLiteral("Regular change (Art. 19 of the platform rules)"),
             QStringLiteral("定期更换（平台运行管理办法第十九条）")},
            {QStringLiteral("Failed sign-ins"), QStringLiteral("登录失败处理")},
            {QStringLiteral("Sessions"), QStringLiteral("会话")},
            {QStringLiteral("Second factor (TOTP, RFC 6238)"), QStringLiteral("第二因素（TOTP，RFC 6238）")},
            {QStringLiteral("Minimum length"), QStringLiteral("最小长度")},
            {QStringLiteral("Maximum length"), QStringLiteral("最大长度")},
            {QStringLiteral("Character classes required"), QStringLiteral("须包含的字符类别")},
            {QStringLiteral("Previous passwords refused"), QStringLiteral("不得重复使用的历史密码")},
            {QStringLiteral("Maximum age"), QStringLiteral("最长使用期限")},
            {QStringLiteral("Warn before expiry"), QStringLiteral("到期前提醒")},
            {QStringLiteral("Minimum age"), QStringLiteral("最短使用期限")},
            {QStringLiteral("Lock after"), QStringLiteral("锁定阈值")},
            {QStringLiteral("Lockout duration"), QStringLiteral("锁定时长")},
            {QStringLiteral("Lock the screen after"), QStringLiteral("空闲锁屏")},
            {QStringLiteral("End sessions after"), QStringLiteral("会话最长时间")},
            {QStringLiteral("characters"), QStringLiteral("个字符")},
            {QStringLiteral("of 4"), QStringLiteral("类（共 4 类）")},
            {QStringLiteral("count"), QStringLiteral("个")},
            {QStringLiteral("%1 (%2):"), QStringLiteral("%1（%2）：")},
            {QStringLiteral("days"), QStringLiteral("天")},
            {QStringLiteral("failed sign-ins"), QStringLiteral("次失败")},
            {QStringLiteral("minutes"), QStringLiteral("分钟")},
            {QStringLiteral("minutes idle"), QStringLiteral("分钟无操作")},
            {QStringLiteral("hours"), QStringLiteral("小时")},
            {QStringLiteral("&Apply…"), QStringLiteral("应用(&A)…")},
            {QStringLiteral("&Revert"), QStringLiteral("还原(&R)")},
            {QStringLiteral("In force since %1, set by %2."), QStringLiteral("自 %1 起生效，由 %2 设置。")},
            // AuditPage
            {QStringLiteral("<h2>Audit log</h2>"), QStringLiteral("<h2>审计日志</h2>")},
            {QStringLiteral("&From"), QStringLiteral("起始(&F)")},
            {QStringLiteral("&To"), QStringLiteral("截止(&T)")},
            {QStringLiteral("O&utcome:"), QStringLiteral("结果(&U)：")},
            {QStringLiteral("U&ser:"), QStringLiteral("用户(&S)：")},
            {QStringLiteral("&Action:"), QStringLiteral("操作(&A)：")},
            {QStringLiteral("Te&xt:"), QStringLiteral("文本(&X)：")},
            {QStringLiteral("Any outcome"), QStringLiteral("全部结果")},
            {QStringLiteral("&Search"), QStringLiteral("查询(&S)")},
            {QStringLiteral("C&lear filter"), QStringLiteral("清除条件(&L)")},
            {QStringLiteral("&Export…"), QStringLiteral("导出(&E)…")},
            {QStringLiteral("&Verify chain"), QStringLiteral("校验链(&V)")},
            {QStringLiteral("User name, exactly"), QStringLiteral("完整用户名")},
            {QStringLiteral("e.g. login, or account.* for all account actions"),
             QStringLiteral("如 login，或 account.* 表示全部账号操作")},
            {QStringLiteral("Text in the target or the address"), QStringLiteral("对象或地址中的文字")},
            {QStringLiteral("%n newest matching entries shown; scroll down for older ones."),
             QStringLiteral("显示最新的 %n 条匹配记录；向下滚动加载更早的记录。")},
            {QStringLiteral("Broken at entry #%1"), QStringLiteral("在第 #%1 条记录处断开")},
            {QStringLiteral("%n entries before it are intact."), QStringLiteral("此前 %n 条记录完好。")},
            {QStringLiteral("%1 (%2): %3"), QStringLiteral("%1（%2）：%3")},
            {QStringLiteral("modified"), QStringLiteral("内容被修改")},
            {QStringLiteral("#"), QStringLiteral("序号")},
            {QStringLiteral("Time"), QStringLiteral("时间")},
            {QStringLiteral("From"), QStringLiteral("来源")},
            {QStringLiteral("Action"), QStringLiteral("操作")},
            {QStringLiteral("Target"), QStringLiteral("对象")},
            {QStringLiteral("Outcome"), QStringLiteral("结果")},
            {QStringLiteral("Details"), QStringLiteral("详情")},
        };
        return words;
    }
};

/**
 * Installs the product's zh_CN translation (if the build made it) and the test dictionary; removes
 * both when destroyed.
 */
class ChineseUi
{
public:
    ChineseUi()
    {
        const QString qm =
            qEnvironmentVariable("RIDEWATCH_BINARY_DIR") + QStringLiteral("/translations/ridewatch_zh_CN.qm");
        if (QFile::exists(qm) && m_product.load(qm))
            QCoreApplication::installTranslator(&m_product);
        QCoreApplication::installTranslator(&m_pages); // installed last: asked first
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&m_pages);
        QCoreApplication::removeTranslator(&m_product);
    }

private:
    QTranslator m_product;
    AdminChineseTranslator m_pages;
};

} // namespace rw::guitest
