<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RegistryGen</name>
    <message>
        <location filename="../platform/permits/registrygenmain.cpp" line="+50"/>
        <source>Fills a RideWatch platform database with a synthetic city permit registry.</source>
        <translation>向 RideWatch 平台数据库填充模拟生成的城市许可登记数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform database file (created if missing).</source>
        <translation>平台数据库文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle permits (default 3000000).</source>
        <translation>车辆运输证数量（默认 3000000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver permits (default 6000000).</source>
        <translation>驾驶员证数量（默认 6000000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform companies (default 400).</source>
        <translation>网约车平台公司数量（默认 400）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--vehicles and --drivers must be whole numbers ≥ 0, --companies ≥ 1</source>
        <translation>--vehicles 和 --drivers 必须为不小于 0 的整数，--companies 不得小于 1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 of %3 (%4 s)</source>
        <translation>%1：%2 / %3（%4 秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 s)</source>
        <translation>正在构建 %1（%2 秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted: stopping after this batch and building the indexes</source>
        <translation>已中断：将在本批次完成后停止，并构建索引</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 companies, %2 vehicles, %3 drivers%4; rows %5 s, indexes %6 s; file %7 MiB</source>
        <translation>%1 家平台公司，%2 辆车，%3 名驾驶员%4；写入数据 %5 秒，构建索引 %6 秒；文件大小 %7 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/consolemain.cpp" line="+70"/>
        <source>RideWatch ride-hailing supervision console.</source>
        <translation>RideWatch 网约车监管控制台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the industry platform, e.g. https://host:8443; it overrides the address in the settings. Without either, the console starts the reference platform in-process with simulated traffic.</source>
        <translation>行业平台地址，例如 https://host:8443；优先于设置中的平台地址。两者均未指定时，控制台在进程内启动参考平台并生成模拟业务数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database file of the embedded platform.</source>
        <translation>内嵌平台的数据库文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a screenshot of the main window after a few seconds, then quit.</source>
        <translation>数秒后保存主窗口截图，然后退出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Embedded platform only: sign in as this demo account at once (see the README).</source>
        <translation>仅限内嵌平台：启动后直接以此演示账号登录（参见 README）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+36"/>
        <source>RideWatch</source>
        <translation>RideWatch</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1
The embedded reference platform starts instead; correct the address in Tools → Settings.</source>
        <translation>%1
将改为启动内嵌参考平台；请在“工具 → 设置”中更正平台地址。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a platform address.</source>
        <translation>“%1”不是有效的平台地址。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>embedded reference platform with simulated traffic (%1)</source>
        <translation>内嵌参考平台（模拟业务数据，%1）</translation>
    </message>
    <message>
        <location filename="../app/platformmain.cpp" line="+71"/>
        <source>Reference implementation of the ride-hailing industry platform (行业平台): accepts the companies&apos; uploads, validates and stores them, and serves the RideWatch console.</source>
        <translation>网约车监管信息交互平台（行业平台）的参考实现：接收网约车平台公司上传的数据，进行校验和存储，并为 RideWatch 监管控制台提供数据服务。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite database file (default: %1).</source>
        <translation>SQLite 数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP port (default 8080; 0 picks a free one).</source>
        <translation>TCP 端口（默认 8080；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full (default): fsync every commit; normal: survive process crashes only.</source>
        <translation>full（默认）：每次提交均执行 fsync；normal：仅保证进程崩溃时数据不丢失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest accepted request body in MiB (default 32).</source>
        <translation>可接受的最大请求体，单位 MiB（默认 32）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a platform company and print its new upload token, then exit.</source>
        <translation>登记一家网约车平台公司，输出其新的上传令牌，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name for --add-company.</source>
        <translation>--add-company 所登记公司的名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve plain HTTP instead of HTTPS (debugging only: tokens and data travel in clear).</source>
        <translation>以明文 HTTP 而非 HTTPS 提供服务（仅用于调试：令牌和数据将以明文传输）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory of platform.key and platform.crt (default: the database&apos;s directory).</source>
        <translation>platform.key 和 platform.crt 所在目录（默认：数据库所在目录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra host name or address for a new certificate (repeatable).</source>
        <translation>新证书的附加主机名或地址（可重复指定）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the first system administrator USER, print a one-time password and the TOTP provisioning URI, then exit. Refused if any account exists.</source>
        <translation>创建首个系统管理员 USER，输出一次性密码和 TOTP 配置 URI，然后退出。已存在任何账号时拒绝执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create the demo accounts, one per role, with the known passwords listed in README (demo mode only; never on a real platform).</source>
        <translation>创建演示账号（每个角色一个），密码为 README 中列出的公开密码（仅限演示模式；切勿用于正式平台）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recompute the quality numbers of a CST month from the raw records, print how they differ from the stored ones per company, and exit.</source>
        <translation>根据原始记录重新计算某一月份（北京时间）的数据质量统计数据，按平台公司输出与已存储数据的差异，然后退出。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port: &quot;%1&quot; is not a port number</source>
        <translation>--port：“%1”不是有效的端口号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sync: use full or normal, not &quot;%1&quot;</source>
        <translation>--sync：应为 full 或 normal，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-body-mb: give 1 to 1024</source>
        <translation>--max-body-mb：取值范围为 1 至 1024</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>System administrator %1 created.</source>
        <translation>已创建系统管理员 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-time password (change it at the first sign-in): %1</source>
        <translation>一次性密码（首次登录时须修改）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTP provisioning URI (add it to an authenticator app): %1</source>
        <translation>TOTP 配置 URI（请添加到身份验证器应用）：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ridewatch-platform cannot start: %1</source>
        <translation>ridewatch-platform 无法启动：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: --no-tls: serving plain HTTP; upload tokens, session tokens and personal data cross the network unencrypted. Use it for debugging only.</source>
        <translation>警告：--no-tls：正以明文 HTTP 提供服务；上传令牌、会话令牌和个人信息将在网络中以未加密形式传输。仅限调试使用。</translation>
    </message>
</context>
<context>
    <name>rw::AccountInfo</name>
    <message>
        <location filename="../models/client/accountinfo.cpp" line="+33"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an account without &quot;user&quot;</source>
        <translation>缺少“user”的账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1: &quot;%2&quot; is not a role</source>
        <translation>账号 %1：“%2”不是有效角色</translation>
    </message>
</context>
<context>
    <name>rw::AccountListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/accountlistmodel.cpp" line="+108"/>
        <source>%n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次登录失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 UTC; account created %2</source>
        <translation>%1 UTC；账号创建于 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
</context>
<context>
    <name>rw::AccountService</name>
    <message>
        <location filename="../platform/accounts/accountservice.cpp" line="+108"/>
        <location line="+27"/>
        <location line="+61"/>
        <location line="+4"/>
        <source>Sign-in is not available: %1</source>
        <translation>暂时无法登录：%1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+40"/>
        <source>Sign-in is not available: the audit trail cannot be written</source>
        <translation>暂时无法登录：无法写入审计日志</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The one-time code is wrong, expired or already used.</source>
        <translation>动态验证码错误、已过期或已被使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Account %1 is disabled; ask the system administrator.</source>
        <translation>账号 %1 已停用；请联系系统管理员。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 needs a one-time code (TOTP) but has no authenticator enrolled; ask the security administrator.</source>
        <translation>账号 %1 需要动态验证码（TOTP），但尚未绑定身份验证器；请联系安全管理员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的动态验证码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in is not available: the random generator failed</source>
        <translation>暂时无法登录：随机数生成器故障</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sign in again to change the password.</source>
        <translation>请重新登录后再修改密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>The password cannot be changed now: %1</source>
        <translation>暂时无法修改密码：%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The password of %1 has been changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The session has ended; sign in again.</source>
        <translation>会话已结束；请重新登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session has reached its time limit; sign in again.</source>
        <translation>会话已达到时长上限；请重新登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session cannot be unlocked now: %1</source>
        <translation>暂时无法解锁会话：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>--init-admin refused: the platform already has %n account(s); the system administrator creates further ones.</source>
        <translation>
            <numerusform>--init-admin 被拒绝：平台已有 %n 个账号；其他账号应由系统管理员创建。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the audit trail cannot be written</source>
        <translation>无法写入审计日志</translation>
    </message>
</context>
<context>
    <name>rw::AccountStore</name>
    <message>
        <location filename="../models/security/accountstore.cpp" line="+72"/>
        <source>user name &quot;%1&quot; must be 1 to 64 characters without leading or trailing spaces</source>
        <translation>用户名“%1”应为 1 至 64 个字符，且首尾不得有空格</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>region of account %1: %2</source>
        <translation>账号 %1 的行政区划：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the password of account %1 could not be hashed</source>
        <translation>无法计算账号 %1 的密码哈希</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create account %1</source>
        <translation>创建账号 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>user name &quot;%1&quot; is already taken</source>
        <translation>用户名“%1”已被占用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read an account</source>
        <translation>读取账号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 has an unknown role &quot;%2&quot;</source>
        <translation>账号 %1 的角色“%2”未知</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>count the accounts</source>
        <translation>统计账号数</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+66"/>
        <source>there is no account with id %1</source>
        <translation>不存在 ID 为 %1 的账号</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>change the role of account %1</source>
        <translation>修改账号 %1 的角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rename account %1</source>
        <translation>修改账号 %1 的姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>disable or enable account %1</source>
        <translation>停用或启用账号 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set the pending password change of account %1</source>
        <translation>设置账号 %1 的待修改密码标记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record sign-in attempts of account %1</source>
        <translation>记录账号 %1 的登录尝试</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new password of account %1 could not be hashed</source>
        <translation>无法计算账号 %1 新密码的哈希</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep the previous password of account %1</source>
        <translation>保存账号 %1 的历史密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trim the password history of account %1</source>
        <translation>清理账号 %1 的历史密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the password of account %1</source>
        <translation>修改账号 %1 的密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the password history of account %1</source>
        <translation>读取账号 %1 的历史密码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the TOTP key of account %1 could not be encrypted</source>
        <translation>无法加密账号 %1 的 TOTP 密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enrol account %1 for TOTP</source>
        <translation>为账号 %1 绑定 TOTP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the TOTP key of account %1</source>
        <translation>读取账号 %1 的 TOTP 密钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TOTP key of account %1 does not open with this key (wrong key or altered row)</source>
        <translation>无法用此密钥解密账号 %1 的 TOTP 密钥（密钥错误或数据行已被篡改）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record the TOTP step of account %1</source>
        <translation>记录账号 %1 的 TOTP 时间步长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 has no TOTP key</source>
        <translation>账号 %1 没有 TOTP 密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove the TOTP key of account %1</source>
        <translation>删除账号 %1 的 TOTP 密钥</translation>
    </message>
</context>
<context>
    <name>rw::AccountsApi</name>
    <message>
        <location filename="../platform/api/accountsapi.cpp" line="+100"/>
        <source>field &quot;role&quot;: &quot;%1&quot; is not a role (cityOfficer, provincialSupervisor, enforcementOfficer, systemAdministrator, securityAdministrator, auditAdministrator)</source>
        <translation>字段“role”：“%1”不是有效角色（cityOfficer、provincialSupervisor、enforcementOfficer、systemAdministrator、securityAdministrator、auditAdministrator）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no such account operation: %1</source>
        <translation>不存在此账号操作：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such account operation &quot;%1&quot; (disable, enable, password-reset, unlock)</source>
        <translation>不存在账号操作“%1”（可用：disable、enable、password-reset、unlock）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation>不存在账号“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 cannot disable itself</source>
        <translation>账号 %1 不能停用自身</translation>
    </message>
</context>
<context>
    <name>rw::AccountsPage</name>
    <message>
        <location filename="../ui/admin/accountspage.cpp" line="+80"/>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the platform…</source>
        <translation>正在等待平台响应…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by user, name, role, region or state</source>
        <translation>按用户名、姓名、角色、行政区划或状态筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;账号管理&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create accounts, disable and enable them, and reset passwords; a reset makes the holder choose a new password. Lifting a lockout is the security administrator&apos;s duty (GB/T 22239-2019 §8.1.5: separated administrators).</source>
        <translation>创建、停用和启用账号，以及重置密码；密码重置后，账号持有人须设置新密码。解除账号锁定由安全管理员负责（GB/T 22239-2019 §8.1.5：三员分立）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift the lockout of an account before it ends, e.g. after the holder has proved who they are. Accounts are created, disabled and reset by the system administrator.</source>
        <translation>在锁定期满前解除账号锁定，例如在核实账号持有人身份之后。账号的创建、停用和密码重置由系统管理员负责。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock the account &amp;named:</source>
        <translation>要解锁的账号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Account %1 was created as %2%3. The holder must change the one-time password at the first sign-in.</source>
        <translation>账号 %1 已创建，角色为%2%3。账号持有人须在首次登录时修改一次性密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> for region %1</source>
        <translation>，行政区划 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 was disabled; its sessions have ended.</source>
        <translation>账号 %1 已停用，其会话已全部结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 was enabled.</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 was reset; the holder must choose a new one at the next sign-in.</source>
        <translation>%1 的密码已重置；账号持有人须在下次登录时设置新密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 was unlocked; its holder can sign in again.</source>
        <translation>账号 %1 已解锁，持有人可重新登录。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The platform shows the list of accounts to the system administrator only. Enter the user name of a locked account to unlock it.</source>
        <translation>平台仅向系统管理员显示账号列表。请输入被锁定账号的用户名以解锁。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your own account: use Change password in the Account menu instead.</source>
        <translation>这是您本人的账号：请改用“账号”菜单中的“修改密码”。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable account %1 (%2)? Its holder cannot sign in until the account is enabled again, and their open sessions end now.</source>
        <translation>确定停用账号 %1（%2）吗？在账号重新启用之前，持有人将无法登录，其当前会话也将立即结束。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reset the password of %1? A one-time password replaces the current one, their open sessions end, and they must choose a new password at the next sign-in.</source>
        <translation>确定重置 %1 的密码吗？当前密码将被一次性密码取代，其当前会话将结束，且持有人须在下次登录时设置新密码。</translation>
    </message>
</context>
<context>
    <name>rw::AddBadRecordDialog</name>
    <message>
        <location filename="../ui/badrecords/addbadrecorddialog.cpp" line="+36"/>
        <source>Listed &amp;until:</source>
        <translation>列入期限至(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding the entry on the platform…</source>
        <translation>正在平台上添加记录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the list</source>
        <translation>列入名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to the bad-record list</source>
        <translation>列入不良记录名单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the vehicle or driver is listed, e.g. the decision and its date</source>
        <translation>列入该车辆或驾驶员的理由，例如处理决定及其日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Subject:</source>
        <translation>对象(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The entry is the city&apos;s (Wuzhishan rules Art. 34): it names who added it and when, and is kept when removed. A listed vehicle or driver that goes online raises an alert on the live map.</source>
        <translation>该记录由本市建立（五指山市实施细则第三十四条）：记录列入人和列入时间，移出后仍予保留。已列入名单的车辆或驾驶员上线运营时，将在实时地图上触发预警。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Plate: &quot;%1&quot; has %2 characters, at most %3 are allowed.</source>
        <translation>车牌号：“%1”长度为 %2 个字符，最多允许 %3 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number: %1 characters, at most %2 are allowed.</source>
        <translation>驾驶证号：长度为 %1 个字符，最多允许 %2 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number: no spaces inside (&quot;%1&quot;).</source>
        <translation>驾驶证号：不得包含空格（“%1”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1 characters, at most %2 are allowed.</source>
        <translation>理由：长度为 %1 个字符，最多允许 %2 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until: %1 lies before today (%2).</source>
        <translation>期限：%1 早于今天（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence number:</source>
        <translation>驾驶证号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 琼DD12345</source>
        <translation>例如：琼DD12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LicenseId as companies upload it, usually the ID number</source>
        <translation>平台公司上传的 LicenseId，通常为身份证号码</translation>
    </message>
</context>
<context>
    <name>rw::AdminClient</name>
    <message>
        <location filename="../models/client/adminclient.cpp" line="+23"/>
        <source>Creating account %1</source>
        <translation>创建账号“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling account %1</source>
        <translation>停用账号“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling account %1</source>
        <translation>启用账号“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting the password of account %1</source>
        <translation>重置账号“%1”的密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking account %1</source>
        <translation>解锁账号“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting the audit log to %1</source>
        <translation>将审计日志导出至“%1”</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Listing the accounts</source>
        <translation>获取账号列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating an account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling an account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking an account</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the password policy</source>
        <translation>读取密码策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the password policy</source>
        <translation>保存密码策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching the audit log</source>
        <translation>检索审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1失败（%2）：%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the platform&apos;s answer has no &quot;accounts&quot; list</source>
        <translation>平台应答中缺少“accounts”列表</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+23"/>
        <source>the platform&apos;s answer has no one-time password</source>
        <translation>平台应答中缺少一次性密码</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the platform answered with &quot;%1&quot; instead of CSV (text/csv)</source>
        <translation>平台应答的类型为“%1”，而不是 CSV（text/csv）</translation>
    </message>
</context>
<context>
    <name>rw::AgeText</name>
    <message>
        <location filename="../models/domain/agetext.cpp" line="+8"/>
        <source>%1 s in the future</source>
        <translation>−%1 秒（定位时间晚于当前时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>rw::AlertClient</name>
    <message>
        <location filename="../models/client/alertclient.cpp" line="+65"/>
        <source>alerts: the platform answered %1 %2: %3</source>
        <translation>预警：平台返回 %1 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts: no answer from the platform: %1</source>
        <translation>预警：平台无应答：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alerts: the platform&apos;s answer has no &quot;alerts&quot; list or &quot;next&quot; cursor</source>
        <translation>预警：平台应答中缺少“alerts”列表或“next”游标</translation>
    </message>
</context>
<context>
    <name>rw::AlertKind</name>
    <message>
        <location filename="../models/rules/alertkind.cpp" line="+40"/>
        <source>Unlicensed vehicle</source>
        <translation>无证车辆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlicensed driver</source>
        <translation>无证驾驶员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trip outside the area</source>
        <translation>超出经营区域运营</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle past retirement</source>
        <translation>车辆超过营运年限或报废里程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order pushed while carrying</source>
        <translation>载客期间推送订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale position</source>
        <translation>定位超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the bad-record list</source>
        <translation>列入不良记录名单</translation>
    </message>
</context>
<context>
    <name>rw::AlertListModel</name>
    <message>
        <location filename="../models/itemmodels/alertlistmodel.cpp" line="+29"/>
        <source>not filed with the platform</source>
        <translation>未向平台报备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no transport certificate</source>
        <translation>无运输证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no driver certificate</source>
        <translation>无驾驶员证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate valid until %1</source>
        <translation>证件有效期至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate term from first registration ended on %1</source>
        <translation>自初次注册之日起算的运输证有效期已于 %1 届满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>odometer %1 km, retirement at %2 km</source>
        <translation>行驶里程 %1 公里，报废里程为 %2 公里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of use ran out after %1</source>
        <translation>使用年限已于 %1 届满</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order %1: both ends of the trip outside the permitted area</source>
        <translation>订单 %1：行程起讫点均在许可的经营区域外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order %1 pushed while carrying order %2</source>
        <translation>载客执行订单 %2 期间被推送订单 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver on the bad-record list</source>
        <translation>驾驶员已列入不良记录名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vehicle on the bad-record list</source>
        <translation>车辆已列入不良记录名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (until %2)</source>
        <translation>%1（期限至 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last position %1 s ago, at most %2 s allowed</source>
        <translation>最近一次定位在 %1 秒前，最长允许 %2 秒</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>rw::AlertMonitor</name>
    <message>
        <location filename="../platform/alerts/alertmonitor.cpp" line="+119"/>
        <source>alerts: the database %1 has no alert table (schema too old)</source>
        <translation>预警：数据库 %1 中没有预警表（数据库结构版本过旧）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>alerts: the catalogue lacks baseInfoVehicle or baseInfoDriver</source>
        <translation>预警：接口目录中缺少 baseInfoVehicle 或 baseInfoDriver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rebuild the alert registry of vehicles</source>
        <translation>重建车辆的预警登记信息</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rebuild the alert registry of drivers</source>
        <translation>重建驾驶员的预警登记信息</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: vehicle %2 is on the bad-record list of %3 (entry %4): %5</source>
        <translation>%1：车辆 %2 已列入 %3 的不良记录名单（记录编号 %4）：%5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: a driver on the bad-record list of %2 (entry %3) is in service: %4</source>
        <translation>%1：已列入 %2 不良记录名单的驾驶员（记录编号 %3）正在提供服务：%4</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>read a trip&apos;s departure</source>
        <translation>读取行程的出发记录</translation>
    </message>
</context>
<context>
    <name>rw::AlertStore</name>
    <message>
        <location filename="../platform/alerts/alertstore.cpp" line="+83"/>
        <source>raise an alert</source>
        <translation>生成预警</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>update an alert</source>
        <translation>更新预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no alert %1</source>
        <translation>不存在预警 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>close an alert</source>
        <translation>关闭预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no open alert %1</source>
        <translation>不存在未关闭的预警 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the open alerts</source>
        <translation>读取未关闭的预警</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>read the alerts</source>
        <translation>读取预警</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the latest alert revision</source>
        <translation>读取最新的预警修订号</translation>
    </message>
</context>
<context>
    <name>rw::AlertsApi</name>
    <message>
        <location filename="../platform/api/alertsapi.cpp" line="+31"/>
        <source>parameter &quot;%1&quot; is not known (since, limit)</source>
        <translation>未知参数“%1”（可用：since、limit）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>参数 %1 重复指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter since: &quot;%1&quot; is not a revision (a whole number from 0)</source>
        <translation>参数 since：“%1”不是修订号（应为不小于 0 的整数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>参数 limit：“%1”不是 1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the alerts cannot be read: %1</source>
        <translation>无法读取预警：%1</translation>
    </message>
</context>
<context>
    <name>rw::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="+22"/>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert kind</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alerts</source>
        <translation>预警列表</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Alerts are not up to date: %1</source>
        <translation>预警信息未能更新：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds (%1)</source>
        <translation>全部类型（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an alert to see the rule it breaks. Double-click or Enter shows the vehicle on the map.</source>
        <translation>选择一条预警，可查看其违反的规定。双击或按 Enter 键可在地图上显示该车辆。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 — %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;since %6&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 — %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;自 %6 起&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no plate)</source>
        <translation>（无车牌号）</translation>
    </message>
</context>
<context>
    <name>rw::ApiAuth</name>
    <message>
        <location filename="../platform/api/apiauth.cpp" line="+35"/>
        <source>the audit trail cannot be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2 needs a session: send &quot;Authorization: Bearer &lt;token&gt;&quot; from POST /api/v1/session</source>
        <translation>%1 %2 需要会话：请发送通过 POST /api/v1/session 获得的“Authorization: Bearer &lt;token&gt;”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session token is not valid (signed out, expired or altered); sign in again.</source>
        <translation>会话令牌无效（已退出登录、已过期或已被篡改）；请重新登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The session reached its limit of %n hour(s) (rule sessionLimitHours); sign in again.</source>
        <translation>
            <numerusform>会话已达到 %n 小时的时长上限（规则 sessionLimitHours）；请重新登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The session was idle for %n minute(s) (rule idleLockMinutes) and is locked; sign in again.</source>
        <translation>
            <numerusform>会话已空闲 %n 分钟（规则 idleLockMinutes），已被锁定；请重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 must be changed first: POST /api/v1/session/password</source>
        <translation>须先修改 %1 的密码：POST /api/v1/session/password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role %1 lacks permission %2 (%3) needed for %4 %5</source>
        <translation>角色 %1 缺少 %4 %5 所需的权限 %2（%3）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reveal=1 needs a reason=… saying why the personal data is needed; it is recorded in the audit trail</source>
        <translation>reveal=1 须附带 reason=…，说明需要查看未脱敏个人信息的理由；该理由将记入审计日志</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Region %1 lies outside the scope %2 of account %3</source>
        <translation>行政区划 %1 超出账号 %3 的管辖范围 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>rw::AuditApi</name>
    <message>
        <location filename="../platform/api/auditapi.cpp" line="+103"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>未知参数“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>参数 %1 重复指定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter %1: &quot;%2&quot; is neither an ISO 8601 time (2026-03-02T09:00:00+08:00) nor Unix milliseconds</source>
        <translation>参数 %1：“%2”既不是 ISO 8601 时间（2026-03-02T09:00:00+08:00），也不是 Unix 毫秒数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter outcome: &quot;%1&quot; is not one of success, failure, denied</source>
        <translation>参数 outcome：“%1”不是 success、failure、denied 之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameter before: &quot;%1&quot; is not a sequence number (a whole number from 1)</source>
        <translation>参数 before：“%1”不是序号（应为不小于 1 的整数）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>参数 limit：“%1”不是 1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the export would hold %1 entries, more than the limit of %2; narrow it with from, to, actor, action, outcome or text</source>
        <translation>导出内容将包含 %1 条记录，超过 %2 条的上限；请使用 from、to、actor、action、outcome 或 text 缩小范围</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>rw::AuditChain</name>
    <message numerus="yes">
        <location filename="../models/security/auditchain.cpp" line="+125"/>
        <source>audit chain: the key has %n byte(s); at least 16 are needed</source>
        <translation>
            <numerusform>审计链：密钥长度为 %n 字节，至少需要 16 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>audit entry %1 (seq %2) was inserted: its MAC is not valid and the entry after it follows the entry before it</source>
        <translation>第 %1 条审计记录（序号 %2）为插入的记录：其 MAC 无效，且其后一条记录直接承接其前一条记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content does not match its MAC</source>
        <translation>其内容与其 MAC 不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry %1 (seq %2) was modified: %3</source>
        <translation>第 %1 条审计记录（序号 %2）已被篡改：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry %1 (seq %2) differs from the checkpoint taken at seq %3: the chain was rewritten from there</source>
        <translation>第 %1 条审计记录（序号 %2）与序号 %3 处的检查点不一致：审计链自该处起已被改写</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit entry %1 (seq %2) was inserted: it is a copy of an earlier entry</source>
        <translation>第 %1 条审计记录（序号 %2）为插入的记录：它是此前某条记录的副本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit entry %1 (seq %2) was moved: the entry it follows comes later</source>
        <translation>第 %1 条审计记录（序号 %2）已被移动：它所承接的记录位于其后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry %1 (seq %2) was inserted: it repeats a link already in the chain</source>
        <translation>第 %1 条审计记录（序号 %2）为插入的记录：它重复了审计链中已有的链接</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n audit entry(s) before entry %1 (seq %2) were deleted: seq %3 to %4 are missing</source>
        <translation>
            <numerusform>第 %1 条审计记录（序号 %2）之前的 %n 条审计记录已被删除：缺少序号 %3 至 %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit entries before entry %1 (seq %2) were deleted: it follows an entry that is not there</source>
        <translation>第 %1 条审计记录（序号 %2）之前的审计记录已被删除：它所承接的记录不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the audit trail ends at seq %1, but a checkpoint recorded seq %2: the entries after seq %1 were deleted</source>
        <translation>审计日志止于序号 %1，但检查点记录了序号 %2：序号 %1 之后的记录已被删除</translation>
    </message>
</context>
<context>
    <name>rw::AuditChainReport</name>
    <message>
        <location filename="../models/client/auditchainreport.cpp" line="+8"/>
        <source>modified</source>
        <translation>记录被篡改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries before it deleted</source>
        <translation>此前的记录被删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of order</source>
        <translation>顺序错乱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>记录被插入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries at the end deleted</source>
        <translation>末尾的记录被删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the platform&apos;s verification has no &quot;ok&quot; (true or false)</source>
        <translation>平台的校验结果缺少“ok”（true 或 false）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the platform reports a broken audit chain without saying where (&quot;firstBroken&quot;)</source>
        <translation>平台报告审计链断裂，但未指明位置（“firstBroken”）</translation>
    </message>
</context>
<context>
    <name>rw::AuditEntry</name>
    <message>
        <location filename="../models/security/auditentry.cpp" line="+75"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>rw::AuditLogModel</name>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="+182"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>来源地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>rw::AuditLogPage</name>
    <message>
        <location filename="../models/client/auditlogpage.cpp" line="+19"/>
        <source>an audit entry without a positive &quot;seq&quot; (%1)</source>
        <translation>某条审计记录缺少正整数“seq”（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit entry #%1: &quot;at&quot; is not a time (%2)</source>
        <translation>审计记录（序号 %1）：“at”不是有效时间（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry #%1: &quot;%2&quot; is not an outcome (success, failure, denied)</source>
        <translation>审计记录（序号 %1）：“%2”不是有效结果（success、failure、denied）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the platform&apos;s answer has no &quot;entries&quot; list</source>
        <translation>平台应答中缺少“entries”列表</translation>
    </message>
</context>
<context>
    <name>rw::AuditPage</name>
    <message>
        <location filename="../ui/admin/auditpage.cpp" line="+73"/>
        <source>&amp;From</source>
        <translation>开始时间(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>结束时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User name, exactly</source>
        <translation>完整用户名（精确匹配）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. login, or account.* for all account actions</source>
        <translation>例如 login，或用 account.* 匹配所有账号操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text in the target or the address</source>
        <translation>操作对象或来源地址中的文字</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;审计日志&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+174"/>
        <source>The platform is preparing the export…</source>
        <translation>平台正在准备导出数据…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Writing the file: %1 of %2</source>
        <translation>正在写入文件：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries (%1) to %2.</source>
        <translation>
            <numerusform>已将 %n 条记录（%1）导出至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>已取消导出；未写入 %1。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries shown; loading older ones…</source>
        <translation>
            <numerusform>已显示 %n 条记录，正在加载更早的记录…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries shown.</source>
        <translation>
            <numerusform>已显示 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n newest matching entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>已显示最新的 %n 条匹配记录；向下滚动可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry matches the filter.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n matching entries shown.</source>
        <translation>
            <numerusform>已显示全部 %n 条匹配记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>audit-log-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The platform is verifying the audit chain…</source>
        <translation>平台正在校验审计链…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verification cancelled; the chain was not checked. Verify chain asks again.</source>
        <translation>已取消校验，审计链未经检查。点击“校验审计链”可重新校验。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Chain intact: %n entries checked, the last one is #%1.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 条记录，最后一条的序号为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken at entry #%1</source>
        <translation>审计链在序号 %1 处断裂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit chain is broken</source>
        <translation>审计链已断裂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries before it are intact.</source>
        <translation>
            <numerusform>此前的 %n 条记录完好。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::AuditQuery</name>
    <message>
        <location filename="../models/security/auditquery.cpp" line="+24"/>
        <source>limit is %1, outside the allowed range 1 to %2</source>
        <translation>limit 为 %1，超出允许范围 1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1 is later than to %2</source>
        <translation>from（%1）晚于 to（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before is %1; a sequence number is 1 or more</source>
        <translation>before 为 %1；序号应不小于 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after is %1; a sequence number is 0 or more</source>
        <translation>after 为 %1；序号应不小于 0</translation>
    </message>
</context>
<context>
    <name>rw::AuditStore</name>
    <message>
        <location filename="../models/security/auditstore.cpp" line="+38"/>
        <source>its outcome &quot;%1&quot; is not one of success, failure, denied</source>
        <translation>其结果“%1”不是 success、failure、denied 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its time is not a whole number of milliseconds</source>
        <translation>其时间不是以毫秒为单位的整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look up an audit entry by its MAC</source>
        <translation>按 MAC 查找审计记录</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>append the audit entry &quot;%1&quot; by %2</source>
        <translation>追加审计记录“%1”（操作人：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audit key is missing or shorter than 16 bytes</source>
        <translation>审计密钥缺失或短于 16 字节</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>read the audit log from seq %1</source>
        <translation>从序号 %1 起读取审计日志</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>count audit entries</source>
        <translation>统计审计记录数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>search the audit log</source>
        <translation>检索审计日志</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>count the audit entries a search selects</source>
        <translation>统计检索命中的审计记录数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the last audit entry</source>
        <translation>读取最后一条审计记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>start verifying the audit log</source>
        <translation>开始校验审计日志</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the audit log&apos;s sequence counter</source>
        <translation>读取审计日志的序号计数器</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the audit log ends at seq %1, but seq numbers up to %2 were handed out: the %n last entry(s) were deleted</source>
        <translation>
            <numerusform>审计日志止于序号 %1，但已分配的序号最大为 %2：最后 %n 条记录已被删除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>finish verifying the audit log</source>
        <translation>完成审计日志校验</translation>
    </message>
</context>
<context>
    <name>rw::BadRecord</name>
    <message>
        <location filename="../models/badrecords/badrecord.cpp" line="+110"/>
        <source>bad record: &quot;id&quot; must be a positive number, not %1</source>
        <translation>不良记录：“id”应为正数，而不是 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad record %1: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%2&quot;</source>
        <translation>不良记录 %1：“subject”应为“vehicle”或“driver”，而不是“%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad record %1: &quot;addedAt&quot; is not an ISO date-time: &quot;%2&quot;</source>
        <translation>不良记录 %1：“addedAt”不是 ISO 日期时间：“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad record %1: &quot;until&quot; is not an ISO date: &quot;%2&quot;</source>
        <translation>不良记录 %1：“until”不是 ISO 日期：“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad record %1: a %2 needs &quot;%3&quot;</source>
        <translation>不良记录 %1：%2 类记录必须有“%3”</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordClient</name>
    <message>
        <location filename="../models/client/badrecordclient.cpp" line="+43"/>
        <source>Loading the bad-record list</source>
        <translation>加载不良记录名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding to the bad-record list</source>
        <translation>列入不良记录名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing from the bad-record list</source>
        <translation>移出不良记录名单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding %1 to the bad-record list</source>
        <translation>将%1列入不良记录名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing entry %1 from the bad-record list</source>
        <translation>将编号为 %1 的记录移出不良记录名单</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1失败（%2）：%3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the platform&apos;s answer has no &quot;badRecords&quot; list</source>
        <translation>平台应答中缺少“badRecords”列表</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a driver</source>
        <translation>一名驾驶员</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordListModel</name>
    <message>
        <location filename="../models/itemmodels/badrecordlistmodel.cpp" line="+27"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed by %1 on %2</source>
        <translation>已由 %1 于 %2 移出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran out after %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Removed by %1 on %2: %3</source>
        <translation>已由 %1 于 %2 移出：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate %1</source>
        <translation>证号 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no end</source>
        <translation>无期限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate / licence</source>
        <translation>车牌号/驾驶证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed</source>
        <translation>列入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>期限至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordStore</name>
    <message>
        <location filename="../platform/badrecords/badrecordstore.cpp" line="+127"/>
        <source>regionCode: &quot;%1&quot; is not a six-digit region code</source>
        <translation>regionCode：“%1”不是六位行政区划代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 is listed by its %1, which is empty</source>
        <translation>%1：%2 类记录以 %1 列入名单，但该值为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; has %3 characters, at most %4 are allowed</source>
        <translation>%1：“%2”长度为 %3 个字符，最多允许 %4 个字符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: an entry on the bad-record list needs a reason (seed 002 Art. 34)</source>
        <translation>reason：列入不良记录名单必须注明理由（实施细则第三十四条）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>reason: %1 characters, at most %2 are allowed</source>
        <translation>reason：长度为 %1 个字符，最多允许 %2 个字符</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>until: %1 lies before today (%2, China Standard Time)</source>
        <translation>until：%1 早于今天（%2，北京时间）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>addedBy: the account that lists the subject is missing</source>
        <translation>addedBy：缺少列入该对象的账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>look for an active bad record</source>
        <translation>查找生效中的不良记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is already on the bad-record list of %3 (entry %4)</source>
        <translation>%1“%2”已列入 %3 的不良记录名单（记录编号 %4）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add a bad record</source>
        <translation>添加不良记录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the audit trail cannot be written, so the bad record was not added</source>
        <translation>无法写入审计日志，因此未添加该不良记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reason: removing bad record %1 needs a reason</source>
        <translation>reason：移出不良记录 %1 必须注明理由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removedBy: the account that removes bad record %1 is missing</source>
        <translation>removedBy：缺少移出不良记录 %1 的账号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no bad record %1</source>
        <translation>不存在不良记录 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad record %1 was removed already, by %2 on %3</source>
        <translation>不良记录 %1 已由 %2 于 %3 移出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove bad record %1</source>
        <translation>移出不良记录 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the audit trail cannot be written, so bad record %1 was not removed</source>
        <translation>无法写入审计日志，因此未移出不良记录 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read bad record %1</source>
        <translation>读取不良记录 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list the bad records</source>
        <translation>列出不良记录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the bad records of one subject</source>
        <translation>读取单个对象的不良记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>look up the bad-record list</source>
        <translation>查询不良记录名单</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the bad-record lists</source>
        <translation>读取不良记录名单</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordsApi</name>
    <message>
        <location filename="../platform/api/badrecordsapi.cpp" line="+43"/>
        <source>the body must be a JSON object: %1</source>
        <translation>请求体必须是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at offset %2</source>
        <translation>%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>active=&quot;%1&quot; must be 1 (active entries only) or 0 (all)</source>
        <translation>active=&quot;%1&quot; 应为 1（仅生效中的记录）或 0（全部）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>本次查询无法记入审计日志，因此不予应答</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>field &quot;subject&quot;: &quot;%1&quot; is not &quot;vehicle&quot; or &quot;driver&quot;</source>
        <translation>字段“subject”：“%1”不是“vehicle”或“driver”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;%1&quot;: a %2 is listed by its %1, given as a string</source>
        <translation>字段“%1”：%2 类记录以 %1 列入名单，应以字符串形式提供</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;%1&quot; does not belong to a %2 entry; give &quot;%3&quot; only</source>
        <translation>字段“%1”不属于 %2 类记录；只需提供“%3”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;reason&quot;: an entry on the bad-record list needs a reason (seed 002 Art. 34)</source>
        <translation>字段“reason”：列入不良记录名单必须注明理由（实施细则第三十四条）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;until&quot;: &quot;%1&quot; is not a date YYYY-MM-DD (or null for no end)</source>
        <translation>字段“until”：“%1”不是 YYYY-MM-DD 格式的日期（无期限时为 null）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no such bad-record operation: %1 (POST /api/v1/badrecords/&lt;id&gt;/remove)</source>
        <translation>不存在此不良记录操作：%1（可用：POST /api/v1/badrecords/&lt;id&gt;/remove）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no bad record %1</source>
        <translation>不存在不良记录 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;reason&quot;: removing bad record %1 needs a reason; it is kept with the entry</source>
        <translation>字段“reason”：移出不良记录 %1 必须注明理由；该理由将随记录一并保存</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordsPage</name>
    <message>
        <location filename="../ui/badrecords/badrecordspage.cpp" line="+97"/>
        <source>&amp;Add…</source>
        <translation>列入(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>移出(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Waiting for the platform…</source>
        <translation>正在等待平台响应…</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Active entries</source>
        <translation>生效中的记录</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All entries, with history</source>
        <translation>全部记录（含历史记录）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by plate, name, reason or officer</source>
        <translation>按车牌号、姓名、理由或操作人员筛选</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Bad-record list&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;不良记录名单&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicles and drivers on the city&apos;s bad-record list (Wuzhishan rules Art. 34). A listed vehicle or driver that goes online raises an alert on the live map.</source>
        <translation>列入本市不良记录名单的车辆和驾驶员（五指山市实施细则第三十四条）。已列入名单的车辆或驾驶员上线运营时，将在实时地图上触发预警。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries you remove stay in the history with who removed them and why.</source>
        <translation>移出的记录仍保留在历史记录中，并注明移出人和移出理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the city authority adds and removes entries.</source>
        <translation>仅市级主管部门可列入和移出记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver %1</source>
        <translation>驾驶员 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added to the bad-record list (entry %2) until %3.</source>
        <translation>%1 已列入不良记录名单（记录编号 %2），期限至 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was added to the bad-record list (entry %2).</source>
        <translation>%1 已列入不良记录名单（记录编号 %2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1 was removed from the bad-record list; it stays in the history (Show: all).</source>
        <translation>编号为 %1 的记录已移出不良记录名单；该记录仍保留在历史记录中（显示：全部记录）。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading the list cancelled; the entries shown are from before. Refresh asks again.</source>
        <translation>已取消加载名单，显示的仍是此前的条目。点击“刷新”可重新加载。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This entry was removed already.</source>
        <translation>该记录已被移出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active entries: %1 · all, with history: %2</source>
        <translation>生效中的记录：%1 · 全部（含历史记录）：%2</translation>
    </message>
</context>
<context>
    <name>rw::BaseMap</name>
    <message>
        <location filename="../models/map/basemap.cpp" line="+110"/>
        <source>The base map is not JSON: %1 at byte %2.</source>
        <translation>底图不是有效的 JSON：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base map is not a GeoJSON FeatureCollection (type is &quot;%1&quot;).</source>
        <translation>底图不是 GeoJSON FeatureCollection（type 为“%1”）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Base map feature %1: geometry must be a %2, not &quot;%3&quot;.</source>
        <translation>底图要素 %1：geometry 应为 %2，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base map feature %1: a coordinate is not [longitude, latitude] within ±180°/±90°, or a line has fewer than 2 points.</source>
        <translation>底图要素 %1：有坐标不是 ±180°/±90° 范围内的 [经度, 纬度]，或有线要素少于 2 个点。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Base map feature %1: a label needs a &quot;name&quot;.</source>
        <translation>底图要素 %1：注记必须有“name”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the base map %1: %2</source>
        <translation>无法读取底图 %1：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Offline map: %1</source>
        <translation>离线地图：%1</translation>
    </message>
</context>
<context>
    <name>rw::BizStatus</name>
    <message>
        <location filename="../models/fleet/bizstatus.cpp" line="+11"/>
        <source>Carrying</source>
        <translation>载客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>接单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <translation>空驶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of service</source>
        <translation>停运</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>rw::BrokerClient</name>
    <message>
        <location filename="../models/client/brokerclient.cpp" line="+222"/>
        <source>The platform no longer knows this session (HTTP 401); sign in again.</source>
        <translation>平台上该会话已失效（HTTP 401）；请重新登录。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A broker message of %1 bytes could not be inflated: %2</source>
        <translation>一条 %1 字节的消息代理消息无法解压缩：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A broker message of %1 bytes was skipped: %2</source>
        <translation>已跳过一条 %1 字节的消息代理消息：%2</translation>
    </message>
</context>
<context>
    <name>rw::BrokerService</name>
    <message>
        <location filename="../platform/broker/brokerservice.cpp" line="+115"/>
        <source>query parameter topics: &quot;%1&quot; is not a broker topic (e.g. ProvPositionVehicle)</source>
        <translation>查询参数 topics：“%1”不是消息代理主题（例如 ProvPositionVehicle）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>query parameter topics is required: a comma-separated list such as ProvPositionVehicle</source>
        <translation>必须提供查询参数 topics：以逗号分隔的列表，例如 ProvPositionVehicle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>query parameter compress: &quot;%1&quot; is not one of gzip, none</source>
        <translation>查询参数 compress：“%1”不是 gzip、none 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/broker/ speaks WebSocket only: send &quot;Upgrade: websocket&quot;</source>
        <translation>/broker/ 仅支持 WebSocket：请发送“Upgrade: websocket”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The broker serves %1 connections already; try again later.</source>
        <translation>消息代理的连接数已达 %1 个；请稍后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection cannot be switched to WebSocket (a request on it is still unanswered).</source>
        <translation>该连接无法切换为 WebSocket（其上仍有请求未应答）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not authorised</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The session has ended; sign in again.</source>
        <translation>会话已结束；请重新登录。</translation>
    </message>
</context>
<context>
    <name>rw::CacheKey</name>
    <message>
        <location filename="../models/offline/cachekey.cpp" line="+173"/>
        <source>the password does not open this lookup cache: it was made under another password</source>
        <translation>该密码无法打开此查询缓存：缓存是以其他密码创建的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key record of the lookup cache is damaged (salt, iteration count or key-check value do not match their digest, or the iteration count is below %1): the cache cannot be opened</source>
        <translation>查询缓存的密钥记录已损坏（盐值、迭代次数或密钥校验值与其摘要不符，或迭代次数低于 %1）：无法打开缓存</translation>
    </message>
</context>
<context>
    <name>rw::CapsLockHint</name>
    <message>
        <location filename="../ui/session/capslockhint.cpp" line="+12"/>
        <source>Caps Lock appears to be on. Passwords are case-sensitive.</source>
        <translation>大写锁定键似乎已打开。密码区分大小写。</translation>
    </message>
</context>
<context>
    <name>rw::CertificateApprovalDialog</name>
    <message>
        <location filename="../ui/connection/certificateapprovaldialog.cpp" line="+35"/>
        <source>Trust this platform?</source>
        <translation>是否信任此平台？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First connection to %1</source>
        <translation>首次连接 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RideWatch has not connected to this platform before. Compare the fingerprint below with the one the platform&apos;s operator gave you. Trust it only if every group matches: a different fingerprint can mean that someone is intercepting the connection.</source>
        <translation>RideWatch 此前从未连接过此平台。请将下方指纹与平台运维方提供给您的指纹进行比对。仅当每一组都一致时才可信任：指纹不一致可能意味着有人正在截获连接。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trust and connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Do not trust</source>
        <translation>不信任(&amp;D)</translation>
    </message>
</context>
<context>
    <name>rw::CityRule</name>
    <message>
        <location filename="../models/rules/cityrule.cpp" line="+108"/>
        <source>%1 is %2</source>
        <translation>%1为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2</source>
        <translation>%1不为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is one of %2</source>
        <translation>%1为 %2 之一</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a rule needs an id (a non-empty string)</source>
        <translation>规则必须有 id（非空字符串）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 needs the article it comes from</source>
        <translation>规则 %1 必须注明其依据的条款</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+111"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>needs at least one of %1</source>
        <translation>至少需要 %1 中的一项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not one of %2</source>
        <translation>%1 不是 %2 之一</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a condition is an object such as {&quot;fact&quot;: &quot;seats&quot;, &quot;equals&quot;: 7}</source>
        <translation>条件应为对象，例如 {&quot;fact&quot;: &quot;seats&quot;, &quot;equals&quot;: 7}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a condition needs the fact it reads</source>
        <translation>条件必须指明所读取的事实项（fact）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a condition needs exactly one of %1, has %2</source>
        <translation>条件必须且只能包含 %1 中的一项，实际为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-empty list of strings, numbers or booleans, not %1</source>
        <translation>应为由字符串、数值或布尔值组成的非空列表，而不是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string, a number or a boolean</source>
        <translation>应为字符串、数值或布尔值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string, a number or a boolean, not %1</source>
        <translation>应为字符串、数值或布尔值，而不是 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a %1 check needs the fact it reads</source>
        <translation>%1 类检查必须指明所读取的事实项（fact）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a whole number of years from 1 to 100, not %1</source>
        <translation>应为 1 至 100 之间的整数年数，而不是 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of onAnniversary, afterAnniversary</source>
        <translation>“%1”不是 onAnniversary、afterAnniversary 之一</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>must be a number, not %1</source>
        <translation>应为数值，而不是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below min %2</source>
        <translation>%1 小于 min %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a non-empty list of strings, not %1</source>
        <translation>应为非空字符串列表，而不是 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a non-empty string, not %1</source>
        <translation>应为非空字符串，而不是 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object such as {&quot;years&quot;: 60}, not %1</source>
        <translation>应为对象（例如 {&quot;years&quot;: 60}），而不是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number of years from 1 to 150, not %1</source>
        <translation>应为 1 至 150 之间的整数年数，而不是 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a birth month as &quot;YYYY-MM&quot;, not %1</source>
        <translation>应为“YYYY-MM”格式的出生年月，而不是 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of months from 1 to 120, not %1</source>
        <translation>应为 1 至 120 之间的整数月数，而不是 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a whole number of years from age.years (%1) to 150, not %2</source>
        <translation>应为 age.years（%1）至 150 之间的整数年数，而不是 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an endsInArea check needs the name of an area</source>
        <translation>endsInArea 类检查必须指明区域名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be 1 or 2 (ends of the trip), not %1</source>
        <translation>应为 1 或 2（行程端点数），而不是 %1</translation>
    </message>
</context>
<context>
    <name>rw::CityRules</name>
    <message>
        <location filename="../models/rules/cityrules.cpp" line="+47"/>
        <source>%1: needs at least 3 points [longitude, latitude], has %2</source>
        <translation>%1：至少需要 3 个 [经度, 纬度] 点，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[%2]: not [longitude, latitude] in degrees</source>
        <translation>%1[%2]：不是以度为单位的 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no built-in city file for region %1</source>
        <translation>没有行政区划 %1 的内置城市文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rules %1: no rules file at %2 (%3)</source>
        <translation>规则 %1：%2 处没有规则文件（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rules file %1: %2</source>
        <translation>规则文件 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format: %1 is not a known version (1)</source>
        <translation>format：%1 不是已知版本（1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regionCode: &quot;%1&quot; is not a six-digit GB/T 2260 code</source>
        <translation>regionCode：“%1”不是六位 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name: the city&apos;s name is required</source>
        <translation>name：必须提供城市名称</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.cityFile: %2</source>
        <translation>%1.cityFile：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an area needs &quot;polygon&quot; or &quot;cityFile&quot;</source>
        <translation>%1：区域必须有“polygon”或“cityFile”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rules: a non-empty list of rules is required</source>
        <translation>rules：必须提供非空的规则列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules[%1]: not an object</source>
        <translation>rules[%1]：不是对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules[%1].id: &quot;%2&quot; is used twice</source>
        <translation>rules[%1].id：“%2”重复使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules[%1].area: &quot;%2&quot; is not one of the areas</source>
        <translation>rules[%1].area：“%2”不是已定义的区域</translation>
    </message>
</context>
<context>
    <name>rw::CompanyDirectory</name>
    <message>
        <location filename="../platform/permits/companydirectory.cpp" line="+24"/>
        <source>list the companies of region %1</source>
        <translation>列出行政区划 %1 的公司</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the regions of company %1</source>
        <translation>读取公司 %1 的行政区划</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the region of company %1</source>
        <translation>读取公司 %1 所属的行政区划</translation>
    </message>
</context>
<context>
    <name>rw::CompanyRegistry</name>
    <message>
        <location filename="../platform/intake/companyregistry.cpp" line="+42"/>
        <source>read the company credentials</source>
        <translation>读取公司接入凭证</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the company suspensions</source>
        <translation>读取公司暂停接入记录</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>company %1 is not registered with the platform</source>
        <translation>公司 %1 未在平台登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: suspending company %1 needs a reason (Art. 13)</source>
        <translation>reason：暂停公司 %1 接入必须注明理由（第十三条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: restoring company %1 needs a reason</source>
        <translation>reason：恢复公司 %1 接入必须注明理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company %1 is already suspended</source>
        <translation>公司 %1 已被暂停接入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company %1 is not suspended</source>
        <translation>公司 %1 未被暂停接入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suspend or restore company %1</source>
        <translation>暂停或恢复公司 %1 的接入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>record the suspension of company %1</source>
        <translation>记录公司 %1 的暂停接入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record the restoring of company %1</source>
        <translation>记录公司 %1 的恢复接入</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the suspensions of company %1</source>
        <translation>读取公司 %1 的暂停接入记录</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CompanyId &quot;%1&quot; must be 1 to 32 letters and digits</source>
        <translation>CompanyId“%1”应由 1 至 32 位字母和数字组成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>company %1 is already registered</source>
        <translation>公司 %1 已登记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>register company %1</source>
        <translation>登记公司 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a company token must have at least 16 characters</source>
        <translation>公司令牌长度至少为 16 个字符</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>access suspended (Art. 13)</source>
        <translation>暂停接入（第十三条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access suspended (Art. 13): %1</source>
        <translation>暂停接入（第十三条）：%1</translation>
    </message>
</context>
<context>
    <name>rw::CompanySuspensionState</name>
    <message>
        <location filename="../models/outages/companysuspensionstate.cpp" line="+18"/>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
</context>
<context>
    <name>rw::CompanyUploader</name>
    <message>
        <location filename="../platform/simulator/companyuploader.cpp" line="+69"/>
        <source>company %1: upload queue above %2 records, dropped %3 %4 records</source>
        <translation>公司 %1：上传队列超过 %2 条记录，已丢弃 %3 条 %4 记录</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>company %1: upload failed (%2), retrying in %3 ms</source>
        <translation>公司 %1：上传失败（%2），%3 毫秒后重试</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>company %1: platform rejected %2 %3 records with HTTP %4: %5</source>
        <translation>公司 %1：平台以 HTTP %4 拒收 %2 条 %3 记录：%5</translation>
    </message>
</context>
<context>
    <name>rw::Compression</name>
    <message>
        <location filename="../models/protocol/compression.cpp" line="+32"/>
        <source>cannot start decompression</source>
        <translation>无法启动解压缩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the gzip body is corrupt (%1)</source>
        <translation>gzip 数据已损坏（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the gzip body inflates to more than %1 bytes</source>
        <translation>gzip 数据解压后超过 %1 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the gzip body is truncated</source>
        <translation>gzip 数据不完整（已截断）</translation>
    </message>
</context>
<context>
    <name>rw::ConductApi</name>
    <message>
        <location filename="../platform/api/conductapi.cpp" line="+49"/>
        <source>give plate=… or driver=…, not both (plate=&quot;%1&quot;, driver=&quot;%2&quot;)</source>
        <translation>plate=… 和 driver=… 只能提供其一，不能同时提供（plate=&quot;%1&quot;，driver=&quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give plate=&lt;plate&gt; for a vehicle or driver=&lt;driver certificate&gt; for a driver</source>
        <translation>查询车辆请提供 plate=&lt;车牌号&gt;，查询驾驶员请提供 driver=&lt;驾驶员证号&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plate=&quot;%1&quot; is not a plate: 1 to %2 characters</source>
        <translation>plate=&quot;%1&quot; 不是车牌号：应为 1 至 %2 个字符</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>driver=&quot;&quot; is empty: give the driver&apos;s certificate number</source>
        <translation>driver=&quot;&quot; 为空：请提供驾驶员证号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>driver=&quot;%1&quot;: no driver certificate with this number in the permit registry or in the companies&apos; base-info</source>
        <translation>driver=&quot;%1&quot;：许可信息库和平台公司报送的基础信息中均没有此证号的驾驶员证</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>本次查询无法记入审计日志，因此不予应答</translation>
    </message>
</context>
<context>
    <name>rw::ConductQuery</name>
    <message>
        <location filename="../platform/badrecords/conductquery.cpp" line="+116"/>
        <source>read the complaints of one subject</source>
        <translation>读取单个对象的投诉记录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the penalties of one subject</source>
        <translation>读取单个对象的处罚记录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>find driver certificate %1 in the permit registry</source>
        <translation>在许可信息库中查找驾驶员证 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>find driver certificate %1 in the base-info</source>
        <translation>在基础信息中查找驾驶员证 %1</translation>
    </message>
</context>
<context>
    <name>rw::ConductRecord</name>
    <message>
        <location filename="../models/badrecords/conductrecord.cpp" line="+45"/>
        <source>conduct: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%1&quot;</source>
        <translation>信用记录：“subject”应为“vehicle”或“driver”，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>conduct: &quot;%1&quot; is not a list</source>
        <translation>信用记录：“%1”不是列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conduct: %1</source>
        <translation>信用记录：%1</translation>
    </message>
</context>
<context>
    <name>rw::ConsoleSettings</name>
    <message>
        <location filename="../models/settings/consolesettings.cpp" line="+66"/>
        <source>Platform address: &quot;%1&quot; is not a URL such as https://platform.example.cn:8443 (leave it empty for the embedded reference platform).</source>
        <translation>平台地址：“%1”不是有效的 URL，应形如 https://platform.example.cn:8443（使用内嵌参考平台时请留空）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform address: &quot;%1&quot; must start with https:// (the console pins the platform&apos;s certificate).</source>
        <translation>平台地址：“%1”必须以 https:// 开头（控制台会固定平台的证书）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform address: &quot;%1&quot; has no host name.</source>
        <translation>平台地址：“%1”缺少主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform address: &quot;%1&quot; must not carry a user, a query or a fragment.</source>
        <translation>平台地址：“%1”不得包含用户信息、查询参数或片段标识。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Language: &quot;%1&quot; is not one of the console&apos;s languages (zh_CN, en, or empty to follow the system).</source>
        <translation>语言：“%1”不是控制台支持的语言（可选 zh_CN、en，留空则跟随系统）。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map tiles: %1</source>
        <translation>地图瓦片：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pinned certificate: the embedded reference platform&apos;s certificate is pinned at every start; set a platform address first.</source>
        <translation>已固定证书：内嵌参考平台的证书在每次启动时自动固定；请先设置平台地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned certificate: a SHA-256 fingerprint has 32 bytes, not %1.</source>
        <translation>已固定证书：SHA-256 指纹应为 32 字节，而不是 %1 字节。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Certificate file &quot;%1&quot;: %2</source>
        <translation>证书文件“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate file &quot;%1&quot; holds no PEM or DER certificate.</source>
        <translation>证书文件“%1”中没有 PEM 或 DER 格式的证书。</translation>
    </message>
</context>
<context>
    <name>rw::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+52"/>
        <source>open the database %1</source>
        <translation>打开数据库 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set the page size of %1</source>
        <translation>设置 %1 的页大小</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>switch %1 to WAL</source>
        <translation>将 %1 切换为 WAL 模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal mode stayed &quot;%1&quot;</source>
        <translation>日志模式仍为“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>configure the database %1</source>
        <translation>配置数据库 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+80"/>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the SQL holds no statement</source>
        <translation>SQL 中不含任何语句</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare() takes one statement; use exec() for several</source>
        <translation>prepare() 只接受一条语句；多条语句请使用 exec()</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>look up the table %1</source>
        <translation>查找表 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the columns of %1</source>
        <translation>列出 %1 的列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checkpoint the WAL of %1</source>
        <translation>对 %1 的 WAL 执行检查点</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the journal mode</source>
        <translation>读取日志模式</translation>
    </message>
</context>
<context>
    <name>rw::DatabaseError</name>
    <message>
        <location filename="../models/storage/databaseerror.cpp" line="+23"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not %1</source>
        <translation>无法%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (SQLite error %3)</source>
        <translation>%1：%2（SQLite 错误 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (SQLite error %3; SQL: %4)</source>
        <translation>%1：%2（SQLite 错误 %3；SQL：%4）</translation>
    </message>
</context>
<context>
    <name>rw::Datum</name>
    <message>
        <location filename="../models/geo/datum.cpp" line="+21"/>
        <source>unknown datum</source>
        <translation>未知坐标系</translation>
    </message>
</context>
<context>
    <name>rw::EmbeddedPlatform</name>
    <message>
        <location filename="../platform/embeddedplatform.cpp" line="+38"/>
        <source>The embedded platform cannot start: %1</source>
        <translation>内嵌平台无法启动：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The embedded platform cannot create its demo accounts: %1</source>
        <translation>内嵌平台无法创建演示账号：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The traffic simulator cannot start: %1</source>
        <translation>业务模拟器无法启动：%1</translation>
    </message>
</context>
<context>
    <name>rw::ExpiryBanner</name>
    <message>
        <location filename="../ui/session/expirybanner.cpp" line="+14"/>
        <source>Change now</source>
        <translation>立即修改</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your password has expired. Change it now to keep access to the platform.</source>
        <translation>您的密码已过期。请立即修改，以继续使用平台。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your password expires in %n day(s).</source>
        <translation>
            <numerusform>您的密码将在 %n 天后过期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>rw::FaultPlan</name>
    <message>
        <location filename="../platform/simulator/faultplan.cpp" line="+85"/>
        <source>fault plan: &quot;%1&quot; is not key=value</source>
        <translation>故障计划：“%1”不是 key=value 格式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fault plan: outage &quot;%1&quot; must be company:duration@offset, e.g. C1:600@3600</source>
        <translation>故障计划：中断“%1”应为 company:duration@offset 格式（公司:时长@起始偏移），例如 C1:600@3600</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fault plan: outage &quot;%1&quot;: the duration must be positive</source>
        <translation>故障计划：中断“%1”：时长必须为正数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault plan: unknown fault &quot;%1&quot; (known: late, missing, malformed, epoch, unlicensed, expired, junior, outside, outage)</source>
        <translation>故障计划：未知故障“%1”（可用：late、missing、malformed、epoch、unlicensed、expired、junior、outside、outage）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fault plan: %1=%2: the rate must be a number from 0 to 1</source>
        <translation>故障计划：%1=%2：比例应为 0 至 1 之间的数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fault plan: missing + malformed + epoch = %1, at most 1 allowed</source>
        <translation>故障计划：missing + malformed + epoch = %1，合计不得超过 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault plan: unlicensed + expired = %1, at most 1 allowed</source>
        <translation>故障计划：unlicensed + expired = %1，合计不得超过 1</translation>
    </message>
</context>
<context>
    <name>rw::FieldCipher</name>
    <message>
        <location filename="../models/offline/fieldcipher.cpp" line="+54"/>
        <source>%1.%2 of row %3</source>
        <translation>第 %3 行的 %1.%2</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 cannot be encrypted or decrypted: the cache key is not a 32-byte AES-256 key</source>
        <translation>无法加密或解密 %1：缓存密钥不是 32 字节的 AES-256 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is cut off: an encrypted value holds at least %2 bytes</source>
        <translation>%1 已被截断：加密值至少应有 %2 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an encrypted value of a format this version knows (format %2 expected)</source>
        <translation>%1 不是本版本可识别格式的加密值（应为格式 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was encrypted under another key (another user&apos;s cache or an older password)</source>
        <translation>%1 是用其他密钥加密的（其他用户的缓存或旧密码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed its AES-GCM integrity check: it was altered or moved from another row or column</source>
        <translation>%1 未通过 AES-GCM 完整性校验：该值已被篡改，或从其他行或列移来</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the AES-256-GCM operation failed in OpenSSL</source>
        <translation>%1：OpenSSL 中的 AES-256-GCM 运算失败</translation>
    </message>
</context>
<context>
    <name>rw::FindingText</name>
    <message>
        <location filename="../models/lookup/findingtext.cpp" line="+17"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rule %1: found %2, the limit is %3</source>
        <translation>规则 %1：实际值为 %2，限值为 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>rw::FleetFilter</name>
    <message>
        <location filename="../ui/map/fleetfilter.cpp" line="+42"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>All companies</source>
        <translation>全部平台公司</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Show vehicles whose last fix says &quot;%1&quot;</source>
        <translation>显示最近一次定位为“%1”状态的车辆</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plate, e.g. 琼D12345</source>
        <translation>车牌号，例如琼D12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a vehicle by plate</source>
        <translation>按车牌号查找车辆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grey marker: no fix for over 60 s · red ring: alarm · number: vehicles in a cluster</source>
        <translation>灰色标记：超过 60 秒无定位 · 红圈：报警 · 数字：聚合车辆数</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>显示 %1 辆，共 %2 辆车</translation>
    </message>
</context>
<context>
    <name>rw::FleetPage</name>
    <message>
        <location filename="../ui/map/fleetpage.cpp" line="+85"/>
        <source>No vehicle with a plate like &quot;%1&quot; is on the map.</source>
        <translation>地图上没有车牌号与“%1”相符的车辆。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 was hidden by the filter; the filter was reset.</source>
        <translation>%1 被筛选条件隐藏，已重置筛选条件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 is not on the map: no position has been received for it since sign-in.</source>
        <translation>平台公司 %2 的车辆 %1 不在地图上：自登录以来尚未收到该车辆的定位信息。</translation>
    </message>
</context>
<context>
    <name>rw::HttpRequestParser</name>
    <message>
        <location filename="../platform/http/httprequestparser.cpp" line="+209"/>
        <source>The request line is longer than the limit of %1 bytes</source>
        <translation>请求行超过 %1 字节的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request head is larger than the limit of %1 bytes</source>
        <translation>请求头部超过 %1 字节的上限</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Malformed chunked body: a chunk-size line is longer than %1 bytes</source>
        <translation>分块请求体格式错误：分块大小行超过 %1 字节</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Malformed chunked body: chunk data is not followed by CRLF (the chunk is longer than its size line says)</source>
        <translation>分块请求体格式错误：分块数据后缺少 CRLF（分块实际长度超过其大小行所声明的长度）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trailer section of the chunked body is larger than the limit of %1 bytes</source>
        <translation>分块请求体的尾部字段（trailer）超过 %1 字节的上限</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Malformed request line &apos;%1&apos;: expected a method, a target and HTTP/1.1 separated by single spaces</source>
        <translation>请求行“%1”格式错误：应为以单个空格分隔的方法、请求目标和 HTTP/1.1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Malformed request line: the method &apos;%1&apos; contains a character that is not allowed in a token</source>
        <translation>请求行格式错误：方法“%1”含有 token 中不允许的字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed request line: &apos;%1&apos; is not an HTTP version (expected HTTP/1.1)</source>
        <translation>请求行格式错误：“%1”不是 HTTP 版本（应为 HTTP/1.1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP version &apos;%1&apos; is not supported; this server speaks HTTP/1.1</source>
        <translation>不支持 HTTP 版本“%1”；本服务器使用 HTTP/1.1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed request target &apos;%1&apos;: it contains the control character 0x%2</source>
        <translation>请求目标“%1”格式错误：含有控制字符 0x%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed request target &apos;%1&apos;: a fragment (&apos;#&apos;) is not sent in a request</source>
        <translation>请求目标“%1”格式错误：请求中不得包含片段标识（“#”）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Malformed request target &apos;%1&apos;: expected a path beginning with &apos;/&apos;</source>
        <translation>请求目标“%1”格式错误：应为以“/”开头的路径</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Malformed request target &apos;%1&apos;: &apos;%&apos; must be followed by two hexadecimal digits</source>
        <translation>请求目标“%1”格式错误：“%”后必须跟两位十六进制数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed request target &apos;%1&apos;: the decoded path is not valid UTF-8</source>
        <translation>请求目标“%1”格式错误：解码后的路径不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request target &apos;%1&apos;: the decoded path contains a NUL character</source>
        <translation>请求目标“%1”格式错误：解码后的路径含有 NUL 字符</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Malformed header line %1: it begins with whitespace (obsolete line folding is not accepted)</source>
        <translation>第 %1 行头部格式错误：以空白字符开头（不接受已废弃的折行写法）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed header line %1 &apos;%2&apos;: there is no &apos;:&apos; between name and value</source>
        <translation>第 %1 行头部“%2”格式错误：名称与值之间缺少“:”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed header line %1: the field name &apos;%2&apos; is empty or contains a character that is not allowed (no whitespace before &apos;:&apos;)</source>
        <translation>第 %1 行头部格式错误：字段名“%2”为空或含有不允许的字符（“:”前不得有空白字符）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed header field &apos;%1&apos;: its value contains the control character 0x%2</source>
        <translation>头部字段“%1”格式错误：其值含有控制字符 0x%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request has more than %1 header fields</source>
        <translation>请求的头部字段超过 %1 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Host header field is missing; HTTP/1.1 requires it</source>
        <translation>缺少 Host 头部字段；HTTP/1.1 要求必须提供该字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request has %1 Host header fields; exactly one is allowed</source>
        <translation>请求含有 %1 个 Host 头部字段；只允许一个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request has both Content-Length and Transfer-Encoding; its body length is ambiguous</source>
        <translation>请求同时含有 Content-Length 和 Transfer-Encoding，请求体长度无法确定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer-Encoding is not allowed in an HTTP/1.0 request</source>
        <translation>HTTP/1.0 请求中不允许使用 Transfer-Encoding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer-Encoding &apos;%1&apos; is not supported; only &apos;chunked&apos; is</source>
        <translation>不支持 Transfer-Encoding“%1”；仅支持“chunked”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Malformed Content-Length &apos;%1&apos;: expected one decimal number of bytes</source>
        <translation>Content-Length“%1”格式错误：应为一个十进制字节数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Malformed Content-Length &apos;%1&apos;: the values differ</source>
        <translation>Content-Length“%1”格式错误：各值不一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>请求体为 %1 字节，超过 %2 字节的上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expect &apos;%1&apos; is not supported; only &apos;100-continue&apos; is</source>
        <translation>不支持 Expect“%1”；仅支持“100-continue”</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+13"/>
        <source>The chunked request body is larger than the limit of %1 bytes</source>
        <translation>分块请求体超过 %1 字节的上限</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Malformed chunked body: &apos;%1&apos; is not a hexadecimal chunk size</source>
        <translation>分块请求体格式错误：“%1”不是十六进制的分块大小</translation>
    </message>
</context>
<context>
    <name>rw::HttpResponder</name>
    <message>
        <location filename="../platform/http/httpresponder.cpp" line="+64"/>
        <source>The handler for %1 %2 finished without answering</source>
        <translation>%1 %2 的处理程序已结束，但未作应答</translation>
    </message>
</context>
<context>
    <name>rw::HttpServer</name>
    <message>
        <location filename="../platform/http/httpconnection.cpp" line="+437"/>
        <source>The request was not received within the read timeout of %1 ms</source>
        <translation>未在 %1 毫秒的读取超时时间内收到完整请求</translation>
    </message>
    <message>
        <location filename="../platform/http/httpserver.cpp" line="+94"/>
        <source>The server already listens on %1 port %2</source>
        <translation>服务器已在 %1 的 %2 端口上监听</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS is not available: no TLS backend could be loaded (%1)</source>
        <translation>TLS 不可用：无法加载任何 TLS 后端（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS configuration has no certificate or no private key</source>
        <translation>TLS 配置缺少证书或私钥</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的 %2 端口上监听：%3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The server has reached its limit of %1 open connections; try again shortly</source>
        <translation>服务器的连接数已达 %1 个的上限，请稍后重试</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is nothing at the path &apos;%1&apos;</source>
        <translation>路径“%1”下没有资源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The method %1 is not allowed for &apos;%2&apos;; allowed: %3</source>
        <translation>“%2”不允许使用 %1 方法；允许的方法：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The handler for %1 %2 failed: %3</source>
        <translation>%1 %2 的处理程序出错：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The handler for %1 %2 failed</source>
        <translation>%1 %2 的处理程序出错</translation>
    </message>
</context>
<context>
    <name>rw::IngestPipeline</name>
    <message>
        <location filename="../platform/intake/ingestpipeline.cpp" line="+87"/>
        <source>Content-Encoding gzip: %1</source>
        <translation>Content-Encoding gzip：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content-Encoding &quot;%1&quot; is not supported; send gzip or no encoding</source>
        <translation>不支持 Content-Encoding“%1”；请使用 gzip 压缩或不压缩发送</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Content-Type &quot;%1&quot; is not supported; send application/json or application/x-protobuf</source>
        <translation>不支持 Content-Type“%1”；请以 application/json 或 application/x-protobuf 发送</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the envelope has no CompanyId</source>
        <translation>报文缺少 CompanyId</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</source>
        <translation>CompanyId“%1”与接入凭证不符，该凭证属于“%2”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the upload holds no %1 records</source>
        <translation>本次上传不含 %1 记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the platform has no open database</source>
        <translation>平台没有已打开的数据库</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the platform could not store the upload, send it again later: %1</source>
        <translation>平台未能保存本次上传的数据，请稍后补传：%1</translation>
    </message>
</context>
<context>
    <name>rw::IngestWorker</name>
    <message>
        <location filename="../platform/intake/ingestworker.cpp" line="+96"/>
        <source>the platform&apos;s database is closed</source>
        <translation>平台数据库已关闭</translation>
    </message>
</context>
<context>
    <name>rw::InlineMessage</name>
    <message>
        <location filename="../ui/session/inlinemessage.cpp" line="+23"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>rw::InspectionPrinter</name>
    <message>
        <location filename="../ui/lookup/inspectionprinter.cpp" line="+83"/>
        <location line="+18"/>
        <source>The inspection record cannot be written to “%1”: %2</source>
        <translation>无法将检查记录写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The inspection record could not be printed on “%1”</source>
        <translation>无法在“%1”上打印检查记录</translation>
    </message>
</context>
<context>
    <name>rw::InspectionRecord</name>
    <message>
        <location filename="../models/lookup/inspectionrecord.cpp" line="+25"/>
        <location line="+5"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver %1</source>
        <translation>驾驶员 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company %1</source>
        <translation>平台公司 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permit</source>
        <translation>许可类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate number</source>
        <translation>证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reads</source>
        <translation>证面记载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid until %1; seed 002 Art. 41 ends it 8 years after the first registration</source>
        <translation>有效期至 %1；依据实施细则第四十一条，有效期至车辆初次注册之日起满 8 年止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+8"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Owner</source>
        <translation>车辆所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>品牌型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First registration</source>
        <translation>初次注册日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wheelbase</source>
        <translation>轴距</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>驾驶证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence first issued</source>
        <translation>初次领证日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+139"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Company ID</source>
        <translation>公司标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating area</source>
        <translation>经营区域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judged</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1, from the offline cache (the platform answered on %2; it could not be reached at the roadside)</source>
        <translation>截至 %1，依据离线缓存判定（平台应答时间为 %2；检查现场无法连接平台）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by the platform at %1</source>
        <translation>由平台于 %1 判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revealed for this record, reason: %1</source>
        <translation>已为本记录查看未脱敏信息，理由：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live map</source>
        <translation>实时地图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad-record list (%1)</source>
        <translation>不良记录名单（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reported</source>
        <translation>平台未报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not listed</source>
        <translation>未列入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Details: %2</source>
        <translation>%1。详情：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the list.</source>
        <translation>未列入名单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed</source>
        <translation>列入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>期限至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2: %3</source>
        <translation>已由 %2 于 %1 移出：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until removed</source>
        <translation>直至移出</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+116"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 older ones not printed.</source>
        <translation>另有 %1 条较早的记录未打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, company %2, order %3: %4 — %5</source>
        <translation>%1，平台公司 %2，订单 %3：%4 — %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passenger complaints (%1)</source>
        <translation>乘客投诉（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, company %2: %3 — %4</source>
        <translation>%1，平台公司 %2：%3 — %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalties (%1)</source>
        <translation>处罚记录（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1（UTC+8）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Roadside inspection record</source>
        <translation>路面检查记录</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Roadside inspection record — %1</source>
        <translation>路面检查记录 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Officer</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1° N, %2° E (WGS-84)</source>
        <translation>北纬 %1°，东经 %2°（WGS-84）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, within %2 m</source>
        <translation>%1，误差 %2 米以内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was looked up.</source>
        <translation>未查询任何对象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit.</source>
        <translation>平台未报告该许可在本市条件方面的核查情况（规则核查结果、不良记录名单）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules applied: %1</source>
        <translation>适用规定：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer&apos;s signature: ____________________    Driver&apos;s signature: ____________________</source>
        <translation>检查人员签名：____________________    驾驶员签名：____________________</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with RideWatch at %1. Personal data is masked unless revealed with a reason; every lookup and reveal is recorded in the platform&apos;s audit trail.</source>
        <translation>由 RideWatch 于 %1 生成。除经说明理由查看外，个人信息均已脱敏；每次查询和查看均记入平台审计日志。</translation>
    </message>
</context>
<context>
    <name>rw::IntakePage</name>
    <message>
        <location filename="../ui/intake/intakepage.cpp" line="+37"/>
        <source>Filter by company or interface</source>
        <translation>按公司或接口筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Data intake&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;数据接收&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 records received from %n companies, %2 rejected and kept in quarantine.</source>
        <translation>
            <numerusform>已接收 %n 家公司的 %1 条记录，其中 %2 条被拒收并存入隔离区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::IntakeService</name>
    <message>
        <location filename="../platform/intake/intakeservice.cpp" line="+77"/>
        <source>send the company&apos;s token as &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>请以“Authorization: Bearer &lt;token&gt;”形式发送公司令牌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token is not a known company credential</source>
        <translation>该令牌不是已登记的公司接入凭证</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uploads of company %1 are suspended by the platform: %2</source>
        <translation>平台已暂停公司 %1 的上传：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>?company=%1 does not match the credential, which belongs to %2</source>
        <translation>?company=%1 与接入凭证不符，该凭证属于 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the platform is busy storing earlier uploads; send again shortly</source>
        <translation>平台正在保存此前上传的数据，请稍后重新上传</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the notice could not be stored, send it again: %1</source>
        <translation>告知信息未能保存，请重新提交：%1</translation>
    </message>
</context>
<context>
    <name>rw::IntakeSummaryModel</name>
    <message>
        <location filename="../models/itemmodels/intakesummarymodel.cpp" line="+124"/>
        <source>%1 (%2, section %3)</source>
        <translation>%1（%2，技术要求第 %3 节）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>接收数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>通过数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>拒收数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected share</source>
        <translation>拒收率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last record</source>
        <translation>最近一条记录</translation>
    </message>
</context>
<context>
    <name>rw::InterfaceCatalogue</name>
    <message>
        <location filename="../models/protocol/interfacecatalogue.cpp" line="+90"/>
        <source>a field has no name</source>
        <translation>某字段缺少名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field %1: type must be &quot;C&quot; or &quot;N&quot;, not &quot;%2&quot;</source>
        <translation>字段 %1：类型应为“C”或“N”，而不是“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field %1: length must look like V32 or F8</source>
        <translation>字段 %1：长度应写作 V32 或 F8 的形式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field %1: unknown format &quot;%2&quot;</source>
        <translation>字段 %1：未知格式“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field %1: a positive protobuf field number (&quot;proto&quot;) is required</source>
        <translation>字段 %1：必须提供正整数的 protobuf 字段编号（“proto”）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1: min %2 is greater than max %3</source>
        <translation>字段 %1：最小值 %2 大于最大值 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field %1: a code must be a non-empty string such as &quot;1&quot;</source>
        <translation>字段 %1：代码值应为非空字符串，例如“1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1: code &quot;%2&quot; of a number field must be an integer written without leading zeros</source>
        <translation>字段 %1：数值型字段的代码值“%2”应为不带前导零的整数</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>field #%1 is not a JSON object</source>
        <translation>第 %1 个字段不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>catalogue is not valid JSON: %1 at offset %2</source>
        <translation>接口目录不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catalogue is not a JSON object</source>
        <translation>接口目录不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>catalogue lists no interfaces</source>
        <translation>接口目录中没有任何接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface #%1 is not a JSON object</source>
        <translation>第 %1 个接口不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an interface has no ipcType</source>
        <translation>某接口缺少 ipcType</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interface %1: code must be a number such as &quot;0x1001&quot;</source>
        <translation>接口 %1：code 应为数字，例如“0x1001”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: path must start with &apos;/&apos;</source>
        <translation>接口 %1：path 必须以“/”开头</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1: unknown family &quot;%2&quot;</source>
        <translation>接口 %1：未知的接口类别“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: message and topic are required</source>
        <translation>接口 %1：message 和 topic 为必填项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interface %1: %2</source>
        <translation>接口 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interface %1: field %2 is listed twice</source>
        <translation>接口 %1：字段 %2 重复列出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interface %1: protobuf number %2 is used twice</source>
        <translation>接口 %1：protobuf 编号 %2 重复使用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>interface %1: timeField %2 is not one of its fields</source>
        <translation>接口 %1：timeField %2 不是该接口的字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: timeField %2 must have a date or time format</source>
        <translation>接口 %1：timeField %2 必须为日期或时间格式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1: its ipcType, code, path or topic is not unique</source>
        <translation>接口 %1：其 ipcType、code、path 或 topic 与其他接口重复</translation>
    </message>
</context>
<context>
    <name>rw::InterfaceTables</name>
    <message>
        <location filename="../models/storage/interfacetables.cpp" line="+107"/>
        <source>create the interface tables</source>
        <translation>创建接口数据表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no interface catalogue was given</source>
        <translation>未提供接口目录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>create or update the table %1 of interface %2</source>
        <translation>创建或更新接口 %2 的数据表 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the table exists but has no column %1: it was not made by RideWatch</source>
        <translation>该表已存在但缺少列 %1：它并非由 RideWatch 创建</translation>
    </message>
</context>
<context>
    <name>rw::JobProgress</name>
    <message>
        <location filename="../ui/session/jobprogress.cpp" line="+21"/>
        <source>Stops it (Esc); nothing half done is kept</source>
        <translation>停止（Esc），不保留任何未完成的内容</translation>
    </message>
</context>
<context>
    <name>rw::JsonCodec</name>
    <message>
        <location filename="../models/protocol/jsoncodec.cpp" line="+867"/>
        <source>body is not valid JSON: %1 at offset %2</source>
        <translation>报文体不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body is not a JSON object but %1</source>
        <translation>报文体不是 JSON 对象，而是%1</translation>
    </message>
    <message>
        <location line="-834"/>
        <location line="+835"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-843"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undefined</source>
        <translation>未定义值</translation>
    </message>
    <message>
        <location line="+829"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>envelope has no IPCType</source>
        <translation>报文缺少 IPCType</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPCType must be a string such as &quot;baseInfoVehicle&quot;, not %1</source>
        <translation>IPCType 应为字符串（例如“baseInfoVehicle”），而不是%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IPCType &quot;%1&quot; is not an interface of the spec</source>
        <translation>IPCType“%1”不是规范中的接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPCType &quot;%1&quot; does not match the upload path %2, which takes &quot;%3&quot;</source>
        <translation>IPCType“%1”与上传路径 %2 不符，该路径对应“%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>envelope has no &quot;%1&quot; member holding the records</source>
        <translation>报文缺少承载记录的“%1”成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object or an array of objects, not %2</source>
        <translation>“%1”应为对象或对象数组，而不是%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>element %1 of &quot;%2&quot; is not a JSON object but %3</source>
        <translation>“%2”的元素 %1 不是 JSON 对象，而是%3</translation>
    </message>
</context>
<context>
    <name>rw::JsonFieldReader</name>
    <message>
        <location filename="../models/lookup/jsonfieldreader.cpp" line="+42"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not a string</source>
        <translation>%1 不是字符串</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not an ISO date (YYYY-MM-DD)</source>
        <translation>%1 不是 ISO 日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an ISO date and time with its offset (2026-11-21T13:40:00+08:00)</source>
        <translation>%1 不是带时区偏移的 ISO 日期时间（2026-11-21T13:40:00+08:00）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 holds %2, which is not a string</source>
        <translation>%1 含有 %2，该值不是字符串</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number, a date, true/false, a text or a list of texts</source>
        <translation>%1 不是数值、日期、true/false、文本或文本列表</translation>
    </message>
</context>
<context>
    <name>rw::LockScreen</name>
    <message>
        <location filename="../ui/session/lockscreen.cpp" line="+36"/>
        <source>RideWatch is locked</source>
        <translation>RideWatch 已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the password with the platform…</source>
        <translation>正在向平台核验密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Signed in as %1.</source>
        <translation>当前登录用户：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked since %1. Enter your password to continue, or sign out.</source>
        <translation>自 %1 起已锁定。请输入密码继续，或退出登录。</translation>
    </message>
</context>
<context>
    <name>rw::LoginDialog</name>
    <message>
        <location filename="../ui/session/logindialog.cpp" line="+40"/>
        <source>Signing in to the platform…</source>
        <translation>正在登录平台…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Sign in to RideWatch</source>
        <translation>登录 RideWatch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification code</source>
        <translation>动态验证码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 6- to 8-digit code shown by your authenticator app.</source>
        <translation>请输入身份验证器应用显示的 6 至 8 位验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate (SHA-256):</source>
        <translation>证书（SHA-256）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verification code:</source>
        <translation>动态验证码(&amp;V)：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Certificate fingerprint %1</source>
        <translation>证书指纹 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended</source>
        <translation>您的会话已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Sign in again as %2 to continue; the console keeps the page you were working on.</source>
        <translation>%1 请以 %2 的身份重新登录以继续；控制台会保留您正在使用的页面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rw::LoginThrottle</name>
    <message numerus="yes">
        <location filename="../models/security/loginthrottle.cpp" line="+56"/>
        <source>The account is locked after %1 failed sign-ins (rule lockoutThreshold) until %2, %n minute(s) from now (rule lockoutMinutes: %3).</source>
        <translation>
            <numerusform>登录失败 %1 次后账号已被锁定（规则 lockoutThreshold），锁定至 %2，即 %n 分钟后解除（规则 lockoutMinutes：%3）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LookupAnswer</name>
    <message>
        <location filename="../models/lookup/lookupanswer.cpp" line="+28"/>
        <source>hits: %1 is not an array</source>
        <translation>hits：%1 不是数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is not an object</source>
        <translation>%1：%2 不是对象</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start of a plate</source>
        <translation>车牌号前缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate or licence number</source>
        <translation>证号或驾驶证号</translation>
    </message>
</context>
<context>
    <name>rw::LookupCache</name>
    <message>
        <location filename="../models/offline/lookupcache.cpp" line="+82"/>
        <source>the folder %1 for the lookup cache cannot be created</source>
        <translation>无法创建查询缓存的文件夹 %1</translation>
    </message>
</context>
<context>
    <name>rw::LookupCacheStore</name>
    <message>
        <location filename="../models/offline/lookupcachestore.cpp" line="+183"/>
        <source>use the offline lookup cache</source>
        <translation>使用离线查询缓存</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a lookup cache (SQLite: %2)</source>
        <translation>%1 不是查询缓存（SQLite：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set up the lookup cache</source>
        <translation>初始化查询缓存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a lookup cache of this version: %2</source>
        <translation>%1 不是本版本的查询缓存：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 holds cached permits but no key record: it cannot be opened</source>
        <translation>%1 含有已缓存的许可，但没有密钥记录：无法打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cache key could not be derived (OpenSSL failed)</source>
        <translation>无法派生缓存密钥（OpenSSL 出错）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lookup cache could not be deleted: %1</source>
        <translation>无法删除查询缓存：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>index a cached permit</source>
        <translation>为缓存的许可建立索引</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>OpenSSL failed</source>
        <translation>OpenSSL 出错</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypt a cached permit</source>
        <translation>加密缓存的许可</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the lookup cache is not open: the answer to &quot;%1&quot; was not kept</source>
        <translation>查询缓存未打开：未保存对“%1”的查询应答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a search answer needs a query, a time and &quot;hits&quot;: the answer was not kept</source>
        <translation>查询应答必须包含查询内容、时间和“hits”：未保存该应答</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>the lookup cache is not open: the registry page was not kept</source>
        <translation>查询缓存未打开：未保存该页许可信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a registry page needs &quot;asOf&quot; (a date-time), &quot;hits&quot; (an array) and &quot;next&quot; (a number or null); this one has asOf &quot;%1&quot;</source>
        <translation>许可信息分页必须包含“asOf”（日期时间）、“hits”（数组）和“next”（数值或 null）；本页的 asOf 为“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the registry page after %1 does not continue the sync in progress, which is at %2</source>
        <translation>%1 之后的许可信息分页与正在进行的同步不衔接（同步进度为 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry page after %1 continues no sync in progress: start again from 0</source>
        <translation>%1 之后的许可信息分页不属于任何正在进行的同步：请从 0 重新开始</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the registry page after %1 names %2 as the next: the cursor must grow</source>
        <translation>%1 之后的许可信息分页将 %2 作为下一页：游标必须递增</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the lookup cache is not open: nothing was pruned</source>
        <translation>查询缓存未打开：未清理任何数据</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the lookup cache is not open: it cannot be re-keyed</source>
        <translation>查询缓存未打开：无法更换密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the lookup cache was not re-keyed: %1</source>
        <translation>查询缓存未更换密钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new cache key could not be derived (OpenSSL failed)</source>
        <translation>无法派生新的缓存密钥（OpenSSL 出错）</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n cached value(s) failed their integrity check and were dropped</source>
        <translation>
            <numerusform>%n 个缓存值未通过完整性校验，已被丢弃</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LookupClient</name>
    <message>
        <location filename="../models/lookup/lookupclient.cpp" line="+58"/>
        <source>Revealing personal data needs a signed-in session</source>
        <translation>查看未脱敏个人信息须先登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not reveal personal data: names, ID, licence and phone numbers stay masked</source>
        <translation>您的角色（%1）无权查看未脱敏个人信息：姓名、身份证号码、驾驶证号和手机号码均保持脱敏</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to look up: type a plate with its province (琼D…), a name, a driving-licence, certificate or ID number, or a company</source>
        <translation>没有查询内容：请输入带省份简称的车牌号（琼D…）、姓名、驾驶证号、证号、身份证号码或平台公司</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revealing personal data needs a reason; it is recorded in the platform&apos;s audit trail</source>
        <translation>查看未脱敏个人信息须说明理由；该理由将记入平台审计日志</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no answer from the platform</source>
        <translation>平台无应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the platform: %1</source>
        <translation>平台无应答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The platform&apos;s answer to the permit search for “%1” cannot be read: %2</source>
        <translation>无法读取平台对“%1”许可查询的应答：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revealing personal data needs the platform, which cannot be reached (%1): every reveal is recorded in its audit trail</source>
        <translation>查看未脱敏个人信息需要连接平台，但目前无法连接（%1）：每次查看均须记入平台审计日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused to reveal the personal data for “%1”: %2</source>
        <translation>平台拒绝显示“%1”的未脱敏个人信息：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform refused the permit search for “%1”: %2</source>
        <translation>平台拒绝了对“%1”的许可查询：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform cannot be reached (%1), and no offline cache is set up to answer “%2”</source>
        <translation>无法连接平台（%1），且未设置可应答“%2”的离线缓存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform cannot be reached (%1), and the offline cache holds no answer for “%2”</source>
        <translation>无法连接平台（%1），且离线缓存中没有“%2”的查询结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform cannot be reached (%1), and the offline cache&apos;s answer for “%2” cannot be read: %3</source>
        <translation>无法连接平台（%1），且无法读取离线缓存中“%2”的查询结果：%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No plate to ask the record of</source>
        <translation>未提供要查询信用记录的车牌号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No driver certificate to ask the record of</source>
        <translation>未提供要查询信用记录的驾驶员证号</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver %1</source>
        <translation>驾驶员 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bad-record list, complaints and penalties of %1 need the platform, which cannot be reached (%2)</source>
        <translation>查询%1 的不良记录名单、投诉和处罚情况需要连接平台，但目前无法连接（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the record of %1: %2</source>
        <translation>平台拒绝提供%1 的信用记录：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform&apos;s record of %1 cannot be read: %2</source>
        <translation>无法读取平台提供的%1 的信用记录：%2</translation>
    </message>
</context>
<context>
    <name>rw::LookupDetailCard</name>
    <message>
        <location filename="../ui/lookup/lookupdetailcard.cpp" line="+38"/>
        <location line="+12"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reveal…</source>
        <translation>查看未脱敏信息…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the live map</source>
        <translation>实时地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad-record list, complaints and penalties</source>
        <translation>不良记录名单、投诉和处罚</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+549"/>
        <source>Print / Save PDF…</source>
        <translation>打印/保存 PDF…</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Permit details</source>
        <translation>许可详情</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verdict</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons, article by article</source>
        <translation>判定理由（逐条列明依据条款）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal personal data</source>
        <translation>查看未脱敏个人信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>营运状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fix</source>
        <translation>最近定位</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes for the inspection record (what was checked, what the driver said)</source>
        <translation>检查记录备注（检查了哪些内容、驾驶员的陈述）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the inspection record</source>
        <translation>检查记录备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inspection record: officer, time, place, verdicts with their articles, notes</source>
        <translation>检查记录：检查人员、时间、地点、判定结果及依据条款、备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new inspection record: forget the vehicles and drivers looked up so far</source>
        <translation>新建检查记录：清除此前已查询的车辆和驾驶员</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Look up a plate, a driver or a company, then pick a permit to see whether it may serve passengers and why not.</source>
        <translation>查询车牌号、驾驶员或平台公司，然后选择一项许可，查看其是否可以载客运营以及不可运营的原因。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Asking the platform for the record…</source>
        <translation>正在向平台查询信用记录…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search says: on the city&apos;s bad-record list.</source>
        <translation>查询结果：已列入本市不良记录名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search says: not on the city&apos;s bad-record list.</source>
        <translation>查询结果：未列入本市不良记录名单。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not on the city&apos;s bad-record list (%1).</source>
        <translation>未列入本市不良记录名单（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the city&apos;s bad-record list (%1):</source>
        <translation>已列入本市不良记录名单（%1）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — listed %2 by %3, until %4</source>
        <translation>%1 — %3 于 %2 列入，期限至 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>移出之日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier entries, since removed: %1</source>
        <translation>此前已移出的记录：%1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passenger complaints.</source>
        <translation>无乘客投诉。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passenger complaints: %1. Latest %2: %3 (%4)</source>
        <translation>乘客投诉：%1 条。最近一条（%2）：%3（%4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No penalties.</source>
        <translation>无处罚记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penalties: %1. Latest %2: %3 (%4)</source>
        <translation>处罚记录：%1 条。最近一条（%2）：%3（%4）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (certificate %2)</source>
        <translation>%1（证号 %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · found by %2</source>
        <translation>%1 · 匹配项：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit: only its validity was checked.</source>
        <translation>平台未报告该许可在本市条件方面的核查情况（规则核查结果、不良记录名单）：仅核验了有效期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate reads %1; Art. 41 ends it 8 years after the first registration (%2).</source>
        <translation>证面记载有效期至 %1；依据第四十一条，有效期至车辆初次注册之日（%2）起满 8 年止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner: %1</source>
        <translation>车辆所有人：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 seats</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wheelbase %1 mm</source>
        <translation>轴距 %1 mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first registered %1</source>
        <translation>初次注册日期 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN %1</source>
        <translation>车辆识别代号 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence: %1</source>
        <translation>驾驶证号：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>手机号码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence class %1</source>
        <translation>准驾车型 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driving since %1</source>
        <translation>初次领证日期 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operating area %1</source>
        <translation>经营区域 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit code %1</source>
        <translation>统一社会信用代码 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the offline cache: as the platform judged it at %1 (cached %2)</source>
        <translation>来自离线缓存：平台于 %1 作出的判定（缓存时间 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By the platform at %1</source>
        <translation>由平台于 %1 判定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Personal data shown in clear.</source>
        <translation>个人信息以明文显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data shown in clear; reason recorded: %1</source>
        <translation>个人信息以明文显示；已记录理由：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revealing needs the platform: it is audited, and the platform cannot be reached.</source>
        <translation>查看未脱敏信息需要连接平台（须记入审计日志），但目前无法连接平台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the personal data in clear; the reason is recorded in the audit trail</source>
        <translation>以明文显示个人信息；理由将记入审计日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data is masked.</source>
        <translation>个人信息已脱敏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data is masked. %1</source>
        <translation>个人信息已脱敏。%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not on the live map: no position of this plate has arrived</source>
        <translation>不在实时地图上：尚未收到该车牌号的定位信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live data is not connected</source>
        <translation>未接入实时数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, for company %2 (the permit is %3&apos;s)</source>
        <translation>%1，为平台公司 %2 运营（许可属于平台公司 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>未上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ago</source>
        <translation>距今 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — stale (no fix for over %2 s)</source>
        <translation>%1（已超时：超过 %2 秒无定位）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, last fix %3</source>
        <translation>%1，%2，最近定位 %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Writing the record…</source>
        <translation>正在生成记录…</translation>
    </message>
</context>
<context>
    <name>rw::LookupHit</name>
    <message>
        <location filename="../models/lookup/lookuphit.cpp" line="+45"/>
        <source>%1: &quot;%2&quot; is not a permit kind (company, vehicle or driver)</source>
        <translation>%1：“%2”不是许可类型（company、vehicle 或 driver）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 is not an array</source>
        <translation>%1：%2 不是数组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not an object</source>
        <translation>%1：%2 不是对象</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate number</source>
        <translation>证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving-licence number</source>
        <translation>驾驶证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company ID</source>
        <translation>公司标识</translation>
    </message>
</context>
<context>
    <name>rw::LookupPage</name>
    <message>
        <location filename="../ui/lookup/lookuppage.cpp" line="+42"/>
        <source>an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Asking the city&apos;s permit registry…</source>
        <translation>正在查询本市许可登记…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>琼D12345 · 张伟 · certificate, licence or ID number · company</source>
        <translation>琼D12345 · 张伟 · 证号、驾驶证号或身份证号码 · 平台公司</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Look up a plate, driver, certificate or company</source>
        <translation>查询车牌号、驾驶员、证号或平台公司</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A plate with its province prefix (琼D…, or its start), a driver&apos;s name, a driving-licence, certificate or ID number, a VIN, or a company&apos;s name or ID. Enter searches.</source>
        <translation>带省份简称的车牌号（琼D…，或其开头部分）、驾驶员姓名、驾驶证号、证号或身份证号码、车辆识别代号，或平台公司的名称或标识。按 Enter 键查询。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Permits found</source>
        <translation>查到的许可</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Writing the inspection record…</source>
        <translation>正在写入检查记录…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written to %1</source>
        <translation>已取消：未向 %1 写入任何内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Search cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cancelled; the permits shown are from the search before it.</source>
        <translation>已取消查询，显示的许可仍是上一次查询的结果。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The platform&apos;s answer to the reveal did not hold this permit any more; search again</source>
        <translation>平台对查看请求的应答中已不再包含该许可；请重新查询</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cached as of %1 — the platform cannot be reached. Validity is judged again for today from the cached dates; revealing personal data and the records of complaints and penalties wait for the platform.</source>
        <translation>缓存数据截至 %1 — 无法连接平台。有效期已依据缓存的日期按今天重新判定；查看未脱敏个人信息以及查询投诉和处罚记录须待平台恢复连接后进行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No transport certificate for “%1” in the city&apos;s registry: the vehicle may not carry passengers (Art. 14, 第十四条).</source>
        <translation>本市许可登记中没有“%1”的运输证：该车辆不得载客运营（实施细则第十四条）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permit found for “%1” (%2).</source>
        <translation>未找到“%1”的许可（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permits found for “%1” (%2): %3</source>
        <translation>查到“%1”（%2）的许可：%3 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — more matched than are shown; narrow the search</source>
        <translation> — 匹配结果多于显示数量；请缩小查询范围</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Waiting for the search on its way</source>
        <translation>正在等待进行中的查询完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inspection record holds: %1</source>
        <translation>检查记录包含：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save the inspection record</source>
        <translation>保存检查记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the inspection record</source>
        <translation>打印检查记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The inspection record is still being written; print again in a moment</source>
        <translation>检查记录仍在生成中；请稍后再打印</translation>
    </message>
</context>
<context>
    <name>rw::LookupResultModel</name>
    <message>
        <location filename="../models/itemmodels/lookupresultmodel.cpp" line="+74"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, conditions not checked</source>
        <translation>有效（未核查本市条件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired since cached</source>
        <translation>缓存后已失效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules broken: %1</source>
        <translation>违反规定：%1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad record</source>
        <translation>不良记录</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permit</source>
        <translation>许可类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate / name</source>
        <translation>车牌号/姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rw::LookupVerdict</name>
    <message>
        <location filename="../models/lookup/lookupverdict.cpp" line="+11"/>
        <source>an unknown day</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the permit ran out on %1 (judged again today from the cached dates)</source>
        <translation>许可已于 %1 到期（依据缓存的日期按今天重新判定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the permit is not valid yet: valid from %1</source>
        <translation>许可尚未生效：自 %1 起有效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transport certificate ended on %1, 8 years after the first registration on %2, although it reads valid until %3</source>
        <translation>运输证已于 %1 届满，即初次注册日期 %2 后满 8 年，尽管证面记载有效期至 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permit is not valid: valid from %1 until %2</source>
        <translation>许可无效：有效期为 %1 至 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the driver is on the city&apos;s bad-record list</source>
        <translation>驾驶员已列入本市不良记录名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle is on the city&apos;s bad-record list</source>
        <translation>车辆已列入本市不良记录名单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>May operate</source>
        <translation>可以经营</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May carry passengers</source>
        <translation>可以载客运营</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not operate</source>
        <translation>不得经营</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May not carry passengers</source>
        <translation>不得载客运营</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permit valid — the city&apos;s conditions were not checked</source>
        <translation>许可有效 — 未核查本市条件</translation>
    </message>
</context>
<context>
    <name>rw::MBTilesReader</name>
    <message>
        <location filename="../models/map/mbtilesreader.cpp" line="+14"/>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>MBTiles 文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the MBTiles file %1: %2</source>
        <translation>无法打开 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an MBTiles file: it has no &quot;tiles&quot; table or view.</source>
        <translation>%1 不是 MBTiles 文件：缺少“tiles”表或视图。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the MBTiles metadata</source>
        <translation>读取 MBTiles 元数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read a tile of %1</source>
        <translation>读取 %1 的瓦片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 不是 MBTiles 文件：%2</translation>
    </message>
</context>
<context>
    <name>rw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+109"/>
        <source>RideWatch — ride-hailing supervision</source>
        <translation>RideWatch — 网约车监管</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intake counts as of %1</source>
        <translation>数据接收统计截至 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · region %1</source>
        <translation> · 行政区划 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)%3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Near me</source>
        <translation>附近车辆</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live map</source>
        <translation>实时地图</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Permit lookup</source>
        <translation>许可查询</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad-record list</source>
        <translation>不良记录名单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data intake</source>
        <translation>数据接收</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quality scores</source>
        <translation>数据质量测评</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages</source>
        <translation>传输中断</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outage #%1 opened: %2 stopped sending %3 — see the status board</source>
        <translation>传输中断 #%1：%2 已停止报送%3 — 请查看运行监测</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status board</source>
        <translation>运行监测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role (%1) has no pages in this version of the console.</source>
        <translation>当前版本的控制台中没有适用于您的角色（%1）的页面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Live: %n vehicle(s), data as of %1</source>
        <translation>
            <numerusform>实时：%n 辆车，数据截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: connecting…</source>
        <translation>实时：正在连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: connection lost, retrying; data as of %1</source>
        <translation>实时：连接中断，正在重试；数据截至 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: not connected; data as of %1</source>
        <translation>实时：未连接；数据截至 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Starting the platform…</source>
        <translation>正在启动平台…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh this page</source>
        <translation>刷新本页(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show page 1 … 9</source>
        <translation>切换到第 1 至 9 个页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 … %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next or previous page</source>
        <translation>切换到下一个或上一个页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved. The new language or platform address takes effect when RideWatch restarts.</source>
        <translation>设置已保存。新的语言或平台地址将在 RideWatch 重新启动后生效。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page updates by itself; there is nothing to refresh.</source>
        <translation>本页面自动更新，无需刷新。</translation>
    </message>
</context>
<context>
    <name>rw::MapView</name>
    <message>
        <location filename="../ui/map/mapview.cpp" line="+39"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, wheel or +/− to zoom, arrow keys to pan, Home for the whole city.</source>
        <translation>拖动或按方向键平移，滚动滚轮或按 +/− 缩放，按 Home 键显示全市。</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>rw::MyLocation</name>
    <message>
        <location filename="../models/location/mylocation.cpp" line="+24"/>
        <location line="+24"/>
        <source>No position source on this computer.</source>
        <translation>本机没有可用的定位源。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Position updates are off (%1).</source>
        <translation>位置更新已关闭（%1）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a fix</source>
        <translation>正在等待定位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix</source>
        <translation>已定位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position from %1.</source>
        <translation>位置来源：%1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No fix from %1 at the moment (is the receiver out of view of the sky?).</source>
        <translation>%1暂时无法定位（接收机是否被遮挡、无法接收卫星信号？）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Could not use %1: access was denied. Allow this program to use the position, or check the device&apos;s permissions. Trying again every %n s.</source>
        <translation>
            <numerusform>无法使用%1：访问被拒绝。请允许本程序使用位置信息，或检查设备的权限设置。每 %n 秒重试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Lost %1: it was closed (receiver unplugged, service stopped or log ended). Trying again every %n s.</source>
        <translation>
            <numerusform>与%1的连接已断开：该定位源已关闭（接收机被拔出、服务已停止或日志已结束）。每 %n 秒重试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Lost %1: it failed with an unknown error. Trying again every %n s.</source>
        <translation>
            <numerusform>与%1的连接已断开：发生未知错误。每 %n 秒重试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The fix was lost: no position from %1 for %n s.</source>
        <translation>
            <numerusform>定位丢失：已 %n 秒未收到来自%1的位置信息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for a position fix from %1…</source>
        <translation>正在等待%1的定位…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the position source “%1”</source>
        <translation>定位源“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position source</source>
        <translation>定位源</translation>
    </message>
</context>
<context>
    <name>rw::NearbyPanel</name>
    <message>
        <location filename="../ui/location/nearbypanel.cpp" line="+184"/>
        <source>Vehicles near me</source>
        <translation>附近车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate me</source>
        <translation>定位到我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my position on the map</source>
        <translation>在地图上显示我的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicles near me, nearest first</source>
        <translation>附近车辆（按距离由近到远排列）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>No position source on this computer.</source>
        <translation>本机没有可用的定位源。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1° %2, %3° %4</source>
        <translation>%2 %1°，%4 %3°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>东经</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>西经</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>北纬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>南纬</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ± %2 m</source>
        <translation>%1 ± %2 米</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My position: %1 (%2), fix at %3.</source>
        <translation>我的位置：%1（%2），定位时间 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My position: %1 (%2).</source>
        <translation>我的位置：%1（%2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for a position fix…</source>
        <translation>正在等待定位…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicles within %1.</source>
        <translation>%1 范围内没有车辆。</translation>
    </message>
</context>
<context>
    <name>rw::NearbyVehicleModel</name>
    <message>
        <location filename="../models/itemmodels/nearbyvehiclemodel.cpp" line="+152"/>
        <source>Approximate: the vehicle&apos;s position was sent without a known datum (Encrypt).</source>
        <translation>近似位置：该车辆上报定位时未注明已知坐标系（Encrypt）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No position for over a minute (positions are due within 60 s).</source>
        <translation>超过一分钟无定位（定位信息应在 60 秒内上报）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (stale)</source>
        <translation>%1（定位超时）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>营运状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>方位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fix</source>
        <translation>最近定位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
</context>
<context>
    <name>rw::NewAccountDialog</name>
    <message>
        <location filename="../ui/admin/newaccountdialog.cpp" line="+29"/>
        <source>Creating the account on the platform…</source>
        <translation>正在平台上创建账号…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Wang Xiaoming</source>
        <translation>例如：王小明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>姓名(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion code:</source>
        <translation>行政区划代码(&amp;G)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform generates a one-time password; the holder chooses their own at the first sign-in.</source>
        <translation>平台将生成一次性密码；账号持有人在首次登录时自行设置新密码。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>User name: no spaces at the beginning or the end (&quot;%1&quot;).</source>
        <translation>用户名：首尾不得有空格（“%1”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: &quot;/&quot; is not allowed (&quot;%1&quot;).</source>
        <translation>用户名：不得包含“/”（“%1”）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Region code: a GB/T 2260 code has six digits, &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>行政区划代码：GB/T 2260 代码为六位数字，“%1”为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Region code: %1</source>
        <translation>行政区划代码：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrators see no business data and have no region.</source>
        <translation>管理员不查看业务数据，也不关联行政区划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 460000</source>
        <translation>例如：460000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province code (xx0000), e.g. 460000 for Hainan.</source>
        <translation>省级行政区划代码（xx0000），例如海南省为 460000。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 469001</source>
        <translation>例如：469001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A city code: a prefecture (xxyy00), a county-level city such as 469001 (Wuzhishan), or a municipality such as 110000.</source>
        <translation>城市行政区划代码：地级市（xxyy00）、省直辖县级市（例如五指山市 469001）或直辖市（例如 110000）。</translation>
    </message>
</context>
<context>
    <name>rw::NoticeParser</name>
    <message>
        <location filename="../platform/intake/noticeparser.cpp" line="+28"/>
        <source>the notice is not valid JSON: %1 at byte %2</source>
        <translation>告知信息不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notice must be a JSON object</source>
        <translation>告知信息必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</source>
        <translation>CompanyId“%1”与接入凭证不符，该凭证属于“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind &quot;%1&quot; is not one of planned_stop, incident, restoration, written_report</source>
        <translation>Kind“%1”不是 planned_stop、incident、restoration、written_report 之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a number YYYYMMDDhhmmss</source>
        <translation>%1 必须是 YYYYMMDDhhmmss 格式的数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a real date and time (YYYYMMDDhhmmss)</source>
        <translation>%1：%2 不是有效的日期时间（YYYYMMDDhhmmss）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>StartTime is required for a %1 notice</source>
        <translation>%1 类告知信息必填 StartTime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EndTime is required for a planned_stop notice</source>
        <translation>planned_stop 类告知信息必填 EndTime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EndTime must be after StartTime</source>
        <translation>EndTime 必须晚于 StartTime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Streams must be an array such as [&quot;position&quot;,&quot;order&quot;]</source>
        <translation>Streams 必须是数组，例如 [&quot;position&quot;,&quot;order&quot;]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams: &quot;%1&quot; is not one of %2</source>
        <translation>Streams：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason may hold 1024 characters and Contact 256</source>
        <translation>Reason 长度最多 1024 个字符，Contact 最多 256 个字符</translation>
    </message>
</context>
<context>
    <name>rw::NoticeRecord</name>
    <message>
        <location filename="../models/outages/noticerecord.cpp" line="+24"/>
        <source>Planned stop (Art. 11)</source>
        <translation>计划停运（第十一条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident (Art. 12)</source>
        <translation>突发故障（第十二条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoration (Art. 12)</source>
        <translation>恢复（第十二条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written report (Art. 12)</source>
        <translation>书面报告（第十二条）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not planned_stop, incident, restoration or written_report</source>
        <translation>“%1”不是 planned_stop、incident、restoration 或 written_report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
</context>
<context>
    <name>rw::NoticeStore</name>
    <message>
        <location filename="../platform/intake/noticestore.cpp" line="+24"/>
        <source>store a notice of company %1</source>
        <translation>保存公司 %1 的告知信息</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>read the notices of company %1</source>
        <translation>读取公司 %1 的告知信息</translation>
    </message>
</context>
<context>
    <name>rw::OfflineCopyStatus</name>
    <message>
        <location filename="../ui/lookup/offlinecopystatus.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops downloading the registry; the offline copy keeps what it had, and the next update resumes where this one stopped</source>
        <translation>停止下载许可登记数据；离线副本保留已有内容，下次更新将从本次中断处继续</translation>
    </message>
</context>
<context>
    <name>rw::OfflineRegistry</name>
    <message>
        <location filename="../models/offline/offlineregistry.cpp" line="+42"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline copy: opening…</source>
        <translation>离线副本：正在打开…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline copy: downloading the registry, %n permit(s) so far…</source>
        <translation>
            <numerusform>离线副本：正在下载许可信息库，已下载 %n 条许可…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline copy as of %1 (last update failed: %2)</source>
        <translation>离线副本截至 %1（最近一次更新失败：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copy as of %1</source>
        <translation>离线副本截至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline copy unavailable: %1</source>
        <translation>离线副本不可用：%1</translation>
    </message>
</context>
<context>
    <name>rw::OneTimePasswordDialog</name>
    <message>
        <location filename="../ui/admin/onetimepassworddialog.cpp" line="+58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time password for %1</source>
        <translation>%1 的一次性密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 has been created</source>
        <translation>账号 %1 已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 has been reset</source>
        <translation>%1 的密码已重置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give it to the account holder in person or through another secure channel. It is shown only now and cannot be shown again; the holder must choose a new password at the first sign-in.</source>
        <translation>请当面或通过其他安全渠道将其交给账号持有人。该密码仅在此时显示，之后无法再次查看；持有人须在首次登录时设置新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the one-time password of account %1. %2</source>
        <translation>这是账号 %1 的一次性密码。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its sessions have ended. This is the new one-time password of account %1. %2</source>
        <translation>该账号的会话已全部结束。这是账号 %1 的新一次性密码。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time &amp;password:</source>
        <translation>一次性密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrators sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d). Add this key to the holder&apos;s authenticator app, e.g. as a QR code; it is shown only now as well.</source>
        <translation>管理员登录时须使用第二重身份鉴别因素（GB/T 22239-2019 §8.1.4.1 d）。请将此密钥添加到持有人的身份验证器应用中（例如扫描二维码）；该密钥同样仅在此时显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Authenticator key:</source>
        <translation>身份验证器密钥(&amp;A)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy URI</source>
        <translation>复制 URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same key as an otpauth:// URI, for a QR code:</source>
        <translation>同一密钥的 otpauth:// URI 形式，可用于生成二维码：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I have passed the password on; I know it cannot be shown again.</source>
        <translation>我已转交该密码，并知悉其无法再次显示。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>rw::OutageClient</name>
    <message>
        <location filename="../models/client/outageclient.cpp" line="+35"/>
        <source>Loading the outages</source>
        <translation>加载传输中断记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the outage</source>
        <translation>加载传输中断详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the notices</source>
        <translation>加载告知信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the status board</source>
        <translation>加载运行监测数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the suspension state</source>
        <translation>加载暂停接入状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the upload access</source>
        <translation>变更接入状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the outages of %1</source>
        <translation>加载 %1 的传输中断记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading outage %1</source>
        <translation>加载传输中断记录 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the notices of %1</source>
        <translation>加载 %1 的告知信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the suspension state of %1</source>
        <translation>加载 %1 的暂停接入状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the upload access of %1</source>
        <translation>变更 %1 的接入状态</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1失败（%2）：%3</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+23"/>
        <source>the platform&apos;s answer cannot be read: %1</source>
        <translation>无法读取平台的应答：%1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is not an outage&apos;s id</source>
        <translation>%1 不是有效的传输中断编号</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+22"/>
        <source>no company given</source>
        <translation>未指定平台公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reason is required (seed 000 Art. 13)</source>
        <translation>必须注明理由（《网络预约出租汽车监管信息交互平台运行管理办法》第十三条）</translation>
    </message>
</context>
<context>
    <name>rw::OutageDetailView</name>
    <message>
        <location filename="../ui/outages/outagedetailview.cpp" line="+43"/>
        <source>Window:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back-fill:</source>
        <translation>补传：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice:</source>
        <translation>告知：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received (CST)</source>
        <translation>接收时间（北京时间）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced window (CST)</source>
        <translation>申报时段（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice trail (7 days before to 14 days after):</source>
        <translation>告知记录（中断前 7 天至中断后 14 天）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an outage to see its details.</source>
        <translation>选择一条传输中断记录，可查看其详情。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage #%1: %2, %3</source>
        <translation>传输中断 #%1：%2，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3); detected %4</source>
        <translation>%1 至 %2（%3）；发现于 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing expected</source>
        <translation>无应传记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 expected records re-sent (%3 per minute before the gap)</source>
        <translation>应传记录 %2 条，已补传 %1 条（中断前每分钟 %3 条）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: nothing to follow up</source>
        <translation>无：无需跟进</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, in time</source>
        <translation>%1，按时告知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, late</source>
        <translation>%1，迟报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — matched</source>
        <translation>%1 — 已关联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>rw::OutageListModel</name>
    <message>
        <location filename="../models/itemmodels/outagelistmodel.cpp" line="+61"/>
        <source>%1 of %2 expected records re-sent</source>
        <translation>应传 %2 条，已补传 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to follow up</source>
        <translation>无需跟进</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start (CST)</source>
        <translation>开始时间（北京时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (CST)</source>
        <translation>结束时间（北京时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-fill</source>
        <translation>补传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>告知情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>rw::OutageMonitor</name>
    <message>
        <location filename="../platform/outages/outagemonitor.cpp" line="+89"/>
        <source>outage of %1 (%2) could not be stored: %3</source>
        <translation>公司 %1（%2）的传输中断记录未能保存：%3</translation>
    </message>
</context>
<context>
    <name>rw::OutageRecord</name>
    <message>
        <location filename="../models/outages/outagerecord.cpp" line="+63"/>
        <source>Not declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late notice (under 72 h, Art. 11)</source>
        <translation>迟报（不足72小时，第十一条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the announced window</source>
        <translation>超出申报时段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-fill incomplete (Art. 12)</source>
        <translation>补传不全（第十二条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written report missing (Art. 12)</source>
        <translation>缺书面报告（第十二条）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned stop, announced in time</source>
        <translation>计划停运，按时告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned stop, announced late</source>
        <translation>计划停运，迟报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident notified after %1</source>
        <translation>突发故障，%1 后告知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; written report filed</source>
        <translation>%1；已提交书面报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; restored</source>
        <translation>%1；已恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notice</source>
        <translation>未告知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</source>
        <translation>“%1”不是 baseInfo、order、operate、position、rated 或 share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is before startedAt %2</source>
        <translation>%1 早于 startedAt %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a known flag</source>
        <translation>“%1”不是已知的问题标记</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
</context>
<context>
    <name>rw::OutageReport</name>
    <message>
        <location filename="../models/outages/outagereport.cpp" line="+30"/>
        <source>Transmission outages %1</source>
        <translation>传输中断情况 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission outages %1 — region %2</source>
        <translation>传输中断情况 %1 — 行政区划 %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Outage ID</source>
        <translation>中断编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company ID</source>
        <translation>公司标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+32"/>
        <location line="+20"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>Stream</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>Start (CST)</source>
        <translation>开始时间（北京时间）</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+91"/>
        <source>End (CST)</source>
        <translation>结束时间（北京时间）</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per minute before</source>
        <translation>中断前每分钟记录数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected records</source>
        <translation>应传记录数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-filled records</source>
        <translation>补传记录数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-fill (%)</source>
        <translation>补传率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Notice</source>
        <translation>告知情况</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+85"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (calendar month, China Standard Time)</source>
        <translation>%1（自然月，北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all companies in scope</source>
        <translation>管辖范围内全部平台公司</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared</source>
        <translation>编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1（UTC+8）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (UTC+8) by %2</source>
        <translation>%2 于 %1（UTC+8）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No outage was detected in this month.</source>
        <translation>本月未发现传输中断。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Outages</source>
        <translation>传输中断</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Still open</source>
        <translation>尚未恢复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total length</source>
        <translation>累计时长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-fill</source>
        <translation>补传</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seed 000 Art. 11: a planned stop is announced at least 72 h ahead; Art. 12: an incident is notified at once, the missed data re-sent and a written report filed.</source>
        <translation>《网络预约出租汽车监管信息交互平台运行管理办法》第十一条：计划停运应至少提前 72 小时告知；第十二条：发生突发故障应立即告知，补传缺失数据，并提交书面报告。</translation>
    </message>
</context>
<context>
    <name>rw::OutageStore</name>
    <message>
        <location filename="../platform/outages/outagestore.cpp" line="+32"/>
        <source>store an outage</source>
        <translation>保存传输中断记录</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>read the recent outages</source>
        <translation>读取近期的传输中断记录</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>list the outages</source>
        <translation>列出传输中断记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read an outage</source>
        <translation>读取传输中断记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the recent uploads per stream</source>
        <translation>按数据类别读取最近的上传记录</translation>
    </message>
</context>
<context>
    <name>rw::OutageStreams</name>
    <message>
        <location filename="../models/outages/outagestream.cpp" line="+50"/>
        <source>Base information</source>
        <translation>基础信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>经营信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions</source>
        <translation>定位信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service quality</source>
        <translation>服务质量信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-pooling</source>
        <translation>私人小客车合乘信息</translation>
    </message>
</context>
<context>
    <name>rw::OutageTimelineChart</name>
    <message>
        <location filename="../ui/outages/outagetimelinechart.cpp" line="+106"/>
        <source>Outages and announced windows</source>
        <translation>传输中断与申报时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages and announced windows, %1</source>
        <translation>传输中断与申报时段，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month (China Standard Time)</source>
        <translation>日期（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of %1 (China Standard Time)</source>
        <translation>%1 日期（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Detected gap</source>
        <translation>检测到的中断</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Planned stop announced (Art. 11)</source>
        <translation>已告知的计划停运（第十一条）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident notified (Art. 12)</source>
        <translation>已告知的突发故障（第十二条）</translation>
    </message>
</context>
<context>
    <name>rw::OutagesApi</name>
    <message>
        <location filename="../platform/api/outagesapi.cpp" line="+53"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>未知参数“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>参数 %1 重复指定</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>参数 limit：“%1”不是 1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter open: &quot;%1&quot; is not 1, 0, true or false</source>
        <translation>参数 open：“%1”不是 1、0、true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter company is empty</source>
        <translation>参数 company 为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter %1: &quot;%2&quot; is not a time in Unix milliseconds</source>
        <translation>参数 %1：“%2”不是以 Unix 毫秒数表示的时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter to (%1) must be later than from (%2)</source>
        <translation>参数 to（%1）必须晚于 from（%2）</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+99"/>
        <source>company %1 holds no permit within the scope %2 of account %3</source>
        <translation>公司 %1 在账号 %3 的管辖范围 %2 内未取得许可</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the outages cannot be read: %1</source>
        <translation>无法读取传输中断记录：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there is no outage &quot;%1&quot;</source>
        <translation>不存在传输中断记录“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no outage %1</source>
        <translation>不存在传输中断记录 %1</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>There is nothing at the path &apos;%1&apos;</source>
        <translation>路径“%1”下没有资源</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>company %1 is not registered with the platform</source>
        <translation>公司 %1 未在平台登记</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body must be a JSON object {&quot;suspended&quot;: true or false, &quot;reason&quot;: &quot;…&quot;}</source>
        <translation>请求体必须是 JSON 对象 {&quot;suspended&quot;: true 或 false, &quot;reason&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the change cannot be recorded in the audit trail, so company %1 was not changed</source>
        <translation>本次变更无法记入审计日志，因此未变更公司 %1 的接入状态</translation>
    </message>
</context>
<context>
    <name>rw::OutagesPage</name>
    <message>
        <location filename="../ui/outages/outagespage.cpp" line="+68"/>
        <source>Open only</source>
        <translation>仅显示未恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outage report</source>
        <translation>传输中断报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All companies</source>
        <translation>全部平台公司</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company:</source>
        <translation>平台公司：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month (CST):</source>
        <translation>月份（北京时间）：</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the outage report…</source>
        <translation>正在生成传输中断报告…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the outage report: page %1 of %2</source>
        <translation>正在写入传输中断报告：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the outage report: %1 of %2</source>
        <translation>正在写入传输中断报告：%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the outage report to %1.</source>
        <translation>传输中断报告已保存至 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to %1 cancelled; nothing was written.</source>
        <translation>已取消导出到 %1；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading the outages of %1…</source>
        <translation>正在加载 %1 的传输中断记录…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading cancelled; press Show to ask again.</source>
        <translation>已取消加载；点击“显示”可重新加载。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n outage(s) in %1</source>
        <translation>
            <numerusform>%1 共 %n 次传输中断</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 still open, %2 flagged</source>
        <translation>；%1 次尚未恢复，%2 次存在问题</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1. Red: detected gaps; blue: planned stops announced (Art. 11); orange: incidents notified (Art. 12). Short gaps are drawn at least 1/300 of the month wide.</source>
        <translation>%1。红色：检测到的中断；蓝色：已告知的计划停运（第十一条）；橙色：已告知的突发故障（第十二条）。较短的中断按不小于当月时长 1/300 的宽度绘制。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export the outage report</source>
        <translation>导出传输中断报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the outages as CSV</source>
        <translation>将传输中断记录导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>rw::PasswordBlocklist</name>
    <message>
        <location filename="../models/security/passwordblocklist.cpp" line="+171"/>
        <source>repeated &quot;%1&quot;</source>
        <translation>由“%1”重复组成</translation>
    </message>
</context>
<context>
    <name>rw::PasswordChangeDialog</name>
    <message>
        <location filename="../ui/session/passwordchangedialog.cpp" line="+46"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the new password to the platform…</source>
        <translation>正在向平台提交新密码…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must meet these requirements:</source>
        <translation>新密码须满足以下要求：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+62"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform). The new password must meet the requirements below; the platform also refuses your recent passwords.</source>
        <translation>根据《网络预约出租汽车监管信息交互平台运行管理办法》第十九条，用户应定期更换密码。新密码须满足以下要求；平台也会拒绝您最近使用过的密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>New password required</source>
        <translation>需要设置新密码</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose a new password</source>
        <translation>请设置新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator has reset your password. Choose a new password that only you know before you continue, or sign out. The platform rules require users to keep their account details safe and to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform).</source>
        <translation>管理员已重置您的密码。请先设置一个只有您知道的新密码再继续，或退出登录。根据《网络预约出租汽车监管信息交互平台运行管理办法》第十九条，用户应妥善保管账号信息并定期更换密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password has expired</source>
        <translation>您的密码已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform), and your password has reached its maximum age. Choose a new password to continue, or sign out.</source>
        <translation>根据《网络预约出租汽车监管信息交互平台运行管理办法》第十九条，用户应定期更换密码；您的密码已达到最长使用期限。请设置新密码以继续，或退出登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The platform did not accept the new password:</source>
        <translation>平台未接受新密码：</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The repeated password matches the new password.</source>
        <translation>两次输入的新密码一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password differs from the current password.</source>
        <translation>新密码与当前密码不同。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requirement not checked yet: %1</source>
        <translation>尚未检查：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement met: %1</source>
        <translation>已满足：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement not met: %1</source>
        <translation>未满足：%1</translation>
    </message>
</context>
<context>
    <name>rw::PasswordExpiry</name>
    <message numerus="yes">
        <location filename="../models/security/passwordexpiry.cpp" line="+12"/>
        <source>Your password expires in %n day(s), at %1 (rule maxAgeDays: %2 days). Change it now.</source>
        <translation>
            <numerusform>您的密码将在 %n 天后（%1）过期（规则 maxAgeDays：密码有效期 %2 天）。请立即修改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password expired at %1 (rule maxAgeDays: %2 days). Change it to continue.</source>
        <translation>您的密码已于 %1 过期（规则 maxAgeDays：密码有效期 %2 天）。请修改密码以继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password was set or reset by an administrator. Choose a new one to continue.</source>
        <translation>您的密码由管理员设置或重置。请设置新密码以继续。</translation>
    </message>
</context>
<context>
    <name>rw::PasswordHasher</name>
    <message numerus="yes">
        <location filename="../models/security/passwordhasher.cpp" line="+153"/>
        <source>password hash: expected &quot;$algorithm$parameters$salt$hash&quot;, found %n part(s)</source>
        <translation>
            <numerusform>密码哈希：应为“$algorithm$parameters$salt$hash”格式，实际为 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>password hash: parameter &quot;%1&quot; is not name=positive number, or repeated</source>
        <translation>密码哈希：参数“%1”不是“名称=正整数”格式，或有重复</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password hash: %1 takes exactly the parameter i (iterations), found &quot;%2&quot;</source>
        <translation>密码哈希：%1 只接受参数 i（迭代次数），实际为“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password hash: %1 iterations exceed the limit of %2</source>
        <translation>密码哈希：迭代次数 %1 超过上限 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password hash: %1 takes exactly the parameters ln, r and p, found &quot;%2&quot;</source>
        <translation>密码哈希：%1 只接受参数 ln、r 和 p，实际为“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password hash: scrypt ln=%1, r=%2, p=%3 exceeds the limits (ln ≤ %4, r ≤ 64, p ≤ 64, memory ≤ %5 MiB)</source>
        <translation>密码哈希：scrypt ln=%1、r=%2、p=%3 超出限制（ln ≤ %4，r ≤ 64，p ≤ 64，内存 ≤ %5 MiB）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password hash: unknown algorithm &quot;%1&quot; (known: %2, %3)</source>
        <translation>密码哈希：未知算法“%1”（可用：%2、%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password hash: the salt must be 4 to 64 bytes in base64 without padding</source>
        <translation>密码哈希：盐值应为 4 至 64 字节，并以不带填充的 base64 编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password hash: the hash must be 16 to 64 bytes in base64 without padding</source>
        <translation>密码哈希：哈希值应为 16 至 64 字节，并以不带填充的 base64 编码</translation>
    </message>
</context>
<context>
    <name>rw::PasswordPolicy</name>
    <message>
        <location filename="../models/security/passwordpolicy.cpp" line="+43"/>
        <source>password policy: %1 is %2, outside the allowed range %3 to %4</source>
        <translation>密码策略：%1 为 %2，超出允许范围 %3 至 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password policy: minLength %1 exceeds maxLength %2</source>
        <translation>密码策略：minLength %1 超过 maxLength %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password policy: warnDays %1 must be less than maxAgeDays %2</source>
        <translation>密码策略：warnDays %1 必须小于 maxAgeDays %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password policy: minAgeDays %1 must be less than maxAgeDays %2</source>
        <translation>密码策略：minAgeDays %1 必须小于 maxAgeDays %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password policy: totpRequiredRoles must include %1: administrators always sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d)</source>
        <translation>密码策略：totpRequiredRoles 必须包含 %1：管理员登录时必须始终使用第二重身份鉴别因素（GB/T 22239-2019 §8.1.4.1 d）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>password policy: version %1 is not supported (this program reads versions 1 to %2)</source>
        <translation>密码策略：不支持版本 %1（本程序可读取版本 1 至 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password policy: %1 must be a whole number, not %2</source>
        <translation>密码策略：%1 必须为整数，而不是 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>password policy: totpRequiredRoles must be a list of roles, not %1</source>
        <translation>密码策略：totpRequiredRoles 应为角色列表，而不是 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>password policy: totpRequiredRoles lists unknown role &quot;%1&quot;</source>
        <translation>密码策略：totpRequiredRoles 中列出了未知角色“%1”</translation>
    </message>
</context>
<context>
    <name>rw::PasswordPolicyChecker</name>
    <message numerus="yes">
        <location filename="../models/security/passwordpolicychecker.cpp" line="+48"/>
        <source>The password has %1 character(s); rule minLength requires at least %n.</source>
        <translation>
            <numerusform>密码长度为 %1 个字符；规则 minLength 要求至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The password has %1 characters; rule maxLength allows at most %n.</source>
        <translation>
            <numerusform>密码长度为 %1 个字符；规则 maxLength 允许最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The password uses %1 of the 4 character classes (lower case, upper case, digits, other characters); rule minClasses requires at least %n.</source>
        <translation>
            <numerusform>密码使用了 4 类字符（小写字母、大写字母、数字、其他字符）中的 %1 类；规则 minClasses 要求至少 %n 类。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The password is a common password or a variant of one; rule blocklist refuses the %n listed passwords and their variants.</source>
        <translation>
            <numerusform>该密码是常用密码或其变体；规则 blocklist 拒绝所列的 %n 个密码及其变体。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password is or contains the user name &quot;%1&quot;; rule userName refuses it.</source>
        <translation>该密码即为或包含用户名“%1”；规则 userName 拒绝此类密码。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The password equals one of your last %n password(s); rule historyCount refuses reusing them.</source>
        <translation>
            <numerusform>该密码与您最近 %n 个历史密码之一相同；规则 historyCount 禁止重复使用历史密码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>The password was changed %1 hour(s) ago; rule minAgeDays allows the next change after %n day(s), from %2.</source>
        <translation>
            <numerusform>密码已于 %1 小时前修改；规则 minAgeDays（最短使用期限）规定须满 %n 天后，即自 %2 起方可再次修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 of the 4 kinds: lower case, upper case, digits, other characters</source>
        <translation>至少包含小写字母、大写字母、数字、其他字符这 4 类中的 %1 类</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a common password or a variant of one</source>
        <translation>不是常见密码或其变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not contain your user name</source>
        <translation>不包含您的用户名</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PermissionTable</name>
    <message>
        <location filename="../models/security/permissiontable.cpp" line="+109"/>
        <source>role %1 must not hold permission %2: it belongs to another duty, and MLPS 2.0 keeps system, security and audit administration apart (GB/T 22239-2019 §8.1.4.2 d)</source>
        <translation>角色 %1 不得拥有权限 %2：该权限属于其他职责，等保 2.0 要求系统管理、安全管理和审计管理相互分离（GB/T 22239-2019 §8.1.4.2 d）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>permission table: version %1 is not supported (this program reads version %2)</source>
        <translation>权限表：不支持版本 %1（本程序可读取版本 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>permission table: &quot;roles&quot; must be an object of role → permission list</source>
        <translation>权限表：“roles”必须为“角色 → 权限列表”形式的对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission table: unknown role &quot;%1&quot;</source>
        <translation>权限表：未知角色“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission table: the permissions of role %1 must be a list</source>
        <translation>权限表：角色 %1 的权限必须为列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission table: role %1 lists unknown permission &quot;%2&quot;</source>
        <translation>权限表：角色 %1 中列出了未知权限“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>permission table: %1</source>
        <translation>权限表：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>View operational data</source>
        <translation>查看运营数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View quality reports</source>
        <translation>查看质量报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and publish quality reports</source>
        <translation>审核和发布质量报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal personal data</source>
        <translation>查看未脱敏个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage city permits</source>
        <translation>管理城市许可信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review outage notices</source>
        <translation>审核中断报备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the system</source>
        <translation>管理系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the security policy</source>
        <translation>管理安全策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage permissions</source>
        <translation>管理权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock accounts</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend company uploads</source>
        <translation>暂停平台公司接入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage keys</source>
        <translation>管理密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
</context>
<context>
    <name>rw::PermitClient</name>
    <message>
        <location filename="../models/client/permitclient.cpp" line="+72"/>
        <source>no answer from the platform</source>
        <translation>平台无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rw::PermitImportParser</name>
    <message>
        <location filename="../models/permits/permitimportparser.cpp" line="+301"/>
        <source>required field %1: the header has no column for it</source>
        <translation>必填字段 %1：表头中没有对应的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required field %1 is empty</source>
        <translation>必填字段 %1 为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; holds a control character (U+%3)</source>
        <translation>%1“%2”含有控制字符（U+%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; has %3 characters; at most %4 are allowed</source>
        <translation>%1“%2”长度为 %3 个字符；最多允许 %4 个字符</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYYMMDD or YYYY-MM-DD)</source>
        <translation>%1“%2”不是日期（应为 YYYYMMDD 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1“%2”不是 %3 至 %4 之间的整数</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 &quot;%2&quot; is not an amount in yuan from %3 to %4 (e.g. 128800, 128800.00 or 12.88万)</source>
        <translation>%1“%2”不是 %3 至 %4 元之间的金额（例如 128800、128800.00 或 12.88万）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a distance in km from %3 to %4</source>
        <translation>%1“%2”不是 %3 至 %4 公里之间的里程</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required field region is empty and no default region was given for the import</source>
        <translation>必填字段 region 为空，且导入时未指定默认行政区划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>region &quot;%1&quot; is not a six-digit GB/T 2260 region code</source>
        <translation>region“%1”不是六位 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>region %1 lies outside the importing account&apos;s scope %2</source>
        <translation>行政区划 %1 超出导入账号的管辖范围 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>validTo %1 is before validFrom %2</source>
        <translation>validTo %1 早于 validFrom %2</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the file is UTF-16 (it starts with the byte-order mark %1); save it as CSV UTF-8</source>
        <translation>该文件为 UTF-16 编码（以字节顺序标记 %1 开头）；请另存为 CSV UTF-8 格式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file holds no header row and no data</source>
        <translation>该文件既无表头行也无数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header row %1 has a quoted field that never closes</source>
        <translation>表头行 %1 中有未闭合的带引号字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header row %1 is not UTF-8 (byte %2 at offset %3): the file is probably in GBK; save it as CSV UTF-8</source>
        <translation>表头行 %1 不是 UTF-8 编码（偏移量 %3 处的字节 %2）：该文件可能为 GBK 编码；请另存为 CSV UTF-8 格式</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the header names field %1 twice: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>表头两次指定了字段 %1：“%2”和“%3”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the header has no column for required field %1 (accepted names: %2)</source>
        <translation>表头中没有必填字段 %1 对应的列（可接受的列名：%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row %1 (line %2) has a quoted field that never closes; the row is kept as its first line and reading goes on at the next line</source>
        <translation>第 %1 行（文件第 %2 行）有未闭合的带引号字段；该行仅保留其第一行内容，并从下一行继续读取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>row %1 is not UTF-8 (byte %2 at offset %3 of the row): save the file as CSV UTF-8</source>
        <translation>第 %1 行不是 UTF-8 编码（该行偏移量 %3 处的字节 %2）：请将文件另存为 CSV UTF-8 格式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>row %1 has %2 fields but the header has %3 columns</source>
        <translation>第 %1 行有 %2 个字段，但表头有 %3 列</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>请求体不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the JSON must be an array of permits or {&quot;permits&quot;: [...]}</source>
        <translation>JSON 应为许可信息数组或 {&quot;permits&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>element %1 is not a JSON object</source>
        <translation>元素 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a string or a number</source>
        <translation>%1 应为字符串或数值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field %1 is given twice (member &quot;%2&quot; names it again)</source>
        <translation>字段 %1 重复指定（成员“%2”再次指定了该字段）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>certificate %1 already appears on row %2 of this file</source>
        <translation>证号 %1 已出现在本文件第 %2 行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>plate &quot;%1&quot; is not a plate with its province prefix (e.g. 琼D12345 or 琼DD12345)</source>
        <translation>车牌号“%1”不是带省份简称的车牌号（例如琼D12345 或琼DD12345）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VIN &quot;%1&quot; must have 17 characters of 0-9 and A-Z without I, O and Q</source>
        <translation>车辆识别代号（VIN）“%1”应为 17 位，由 0-9 和除 I、O、Q 以外的 A-Z 组成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN &quot;%1&quot; has check digit %2 where %3 is expected (GB 16735, position 9)</source>
        <translation>车辆识别代号（VIN）“%1”的校验位为 %2，应为 %3（GB 16735，第 9 位）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>validFrom %1 is before the first registration %2 (seed 002 Art. 41)</source>
        <translation>validFrom %1 早于初次注册日期 %2（实施细则第四十一条）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID number &quot;%1&quot; must be 17 digits and a check character</source>
        <translation>身份证号码“%1”应为 17 位数字加 1 位校验码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number &quot;%1&quot; has check character %2 where %3 is expected (GB 11643)</source>
        <translation>身份证号码“%1”的校验码为 %2，应为 %3（GB 11643）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number &quot;%1&quot; holds no valid birth date</source>
        <translation>身份证号码“%1”中没有有效的出生日期</translation>
    </message>
</context>
<context>
    <name>rw::PermitJson</name>
    <message>
        <location filename="../models/permits/permitjson.cpp" line="+58"/>
        <source>%1 must be a string</source>
        <translation>%1 应为字符串</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an ISO date (YYYY-MM-DD) or null, not %1</source>
        <translation>应为 ISO 日期（YYYY-MM-DD）或 null，而不是 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a whole number or null, not %1</source>
        <translation>应为整数或 null，而不是 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: the permit&apos;s certificate number is required</source>
        <translation>缺失：必须提供许可证号</translation>
    </message>
</context>
<context>
    <name>rw::PermitKinds</name>
    <message>
        <location filename="../models/permits/permitkind.cpp" line="+31"/>
        <source>company operating permit</source>
        <translation>网约车平台经营许可证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vehicle transport certificate</source>
        <translation>车辆运输证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driver certificate</source>
        <translation>驾驶员证</translation>
    </message>
</context>
<context>
    <name>rw::PermitRegistryCheck</name>
    <message>
        <location filename="../platform/quality/permitregistrycheck.cpp" line="+53"/>
        <source>look up a vehicle&apos;s permit for the order compliance rate</source>
        <translation>为计算订单合规率查询车辆运输证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look up a driver&apos;s permit for the order compliance rate</source>
        <translation>为计算订单合规率查询驾驶员证</translation>
    </message>
</context>
<context>
    <name>rw::PermitSearch</name>
    <message>
        <location filename="../platform/permits/permitsearch.cpp" line="+64"/>
        <source>search the permit registry</source>
        <translation>检索许可信息库</translation>
    </message>
</context>
<context>
    <name>rw::PermitStore</name>
    <message>
        <location filename="../platform/permits/permitstore.cpp" line="+282"/>
        <source>store a city permit</source>
        <translation>保存城市许可信息</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>index a permit holder&apos;s name</source>
        <translation>为许可持有人姓名建立索引</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>find the current permit</source>
        <translation>查找现行有效的许可</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>supersede a permit</source>
        <translation>将许可标记为已被取代</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>keep a rejected permit row</source>
        <translation>保存被拒收的许可数据行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>count an import</source>
        <translation>记录导入计数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>read city permits</source>
        <translation>读取城市许可信息</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>read permit history</source>
        <translation>读取许可历史记录</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read rejected permit rows</source>
        <translation>读取被拒收的许可数据行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count city permits</source>
        <translation>统计城市许可数量</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record a permit import</source>
        <translation>记录许可导入</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>check the permit indexes</source>
        <translation>检查许可索引</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list the permit indexes</source>
        <translation>列出许可索引</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drop a permit index</source>
        <translation>删除许可索引</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remember the suspended permit indexes</source>
        <translation>记录已暂停的许可索引</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the suspended permit indexes</source>
        <translation>读取已暂停的许可索引</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>rebuild permit index %1</source>
        <translation>重建许可索引 %1</translation>
    </message>
</context>
<context>
    <name>rw::PermitsApi</name>
    <message>
        <location filename="../platform/api/permitsapi.cpp" line="+109"/>
        <source>kind=&quot;%1&quot; is not a permit kind: use kind=company, vehicle or driver</source>
        <translation>kind=&quot;%1&quot; 不是许可类型：请使用 kind=company、vehicle 或 driver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content-Type &quot;%1&quot; cannot be imported: send text/csv (UTF-8) or application/json</source>
        <translation>无法导入 Content-Type“%1”：请以 text/csv（UTF-8）或 application/json 发送</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the audit trail cannot be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permits were not imported: %1</source>
        <translation>许可信息未导入：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>limit=&quot;%1&quot; 应为 1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>q=… is empty: give a plate, a certificate, an ID or licence number, a name or a company</source>
        <translation>q=… 为空：请提供车牌号、证号、身份证号或驾驶证号、姓名或公司</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+77"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>本次查询无法记入审计日志，因此不予应答</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>onlineHours=&quot;%1&quot; must be a whole number of hours from 1 to 744</source>
        <translation>onlineHours=&quot;%1&quot; 应为 1 至 744 之间的整数小时数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to 10000</source>
        <translation>limit=&quot;%1&quot; 应为 1 至 10000 之间的整数</translation>
    </message>
</context>
<context>
    <name>rw::PlatformClient</name>
    <message>
        <location filename="../models/client/platformclient.cpp" line="+70"/>
        <source>The platform&apos;s certificate %1 was not accepted; nothing was sent to %2.</source>
        <translation>平台证书 %1 未被接受；未向 %2 发送任何数据。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>HTTP %1 without an explanation</source>
        <translation>HTTP %1（无说明）</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+63"/>
        <source>No platform address is configured.</source>
        <translation>未配置平台地址。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The platform at %1 cannot be reached: %2</source>
        <translation>无法连接位于 %1 的平台：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The platform&apos;s certificate changed from %1 to %2; this could be an attack — refused.</source>
        <translation>平台证书已由 %1 变为 %2；这可能是攻击——已拒绝连接。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The platform refused the intake summary (HTTP %1): %2</source>
        <translation>平台拒绝提供数据接收汇总（HTTP %1）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform&apos;s intake summary has no &quot;counters&quot; list.</source>
        <translation>平台返回的数据接收汇总中没有“counters”列表。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The platform&apos;s answer to the sign-in has no token or no account.</source>
        <translation>平台的登录应答中缺少令牌或账号信息。</translation>
    </message>
</context>
<context>
    <name>rw::PlatformServer</name>
    <message>
        <location filename="../platform/platformserver.cpp" line="+135"/>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>outages: %1</source>
        <translation>传输中断监测：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>cannot create the keys in %1: the random generator failed</source>
        <translation>无法在 %1 中创建密钥：随机数生成器故障</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key file %1 holds %2 bytes, not %3</source>
        <translation>密钥文件 %1 的长度为 %2 字节，而不是 %3 字节</translation>
    </message>
</context>
<context>
    <name>rw::PolicyApi</name>
    <message>
        <location filename="../platform/api/policyapi.cpp" line="+105"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>请求体不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body must be {&quot;policy&quot;: {…}} with the policy as a JSON object</source>
        <translation>请求体应为 {&quot;policy&quot;: {…}}，其中 policy 为 JSON 对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password policy: %1 is not a setting (known: %2)</source>
        <translation>密码策略：%1 不是有效的设置项（可用：%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the audit trail cannot be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the policy was not changed: %1</source>
        <translation>策略未修改：%1</translation>
    </message>
</context>
<context>
    <name>rw::PolicyPage</name>
    <message>
        <location filename="../ui/admin/policypage.cpp" line="+57"/>
        <source>Waiting for the platform…</source>
        <translation>正在等待平台响应…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum length</source>
        <translation>最小长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character classes required</source>
        <translation>须包含的字符类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of 4</source>
        <translation>共 4 类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous passwords refused</source>
        <translation>不得重用的历史密码数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum age</source>
        <translation>最长使用期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Warn before expiry</source>
        <translation>过期前提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum age</source>
        <translation>最短使用期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after</source>
        <translation>登录失败锁定阈值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed sign-ins</source>
        <translation>次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout duration</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after</source>
        <translation>无操作自动锁屏时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes idle</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End sessions after</source>
        <translation>会话最长时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords</source>
        <translation>密码要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular change (Art. 19 of the platform rules)</source>
        <translation>定期更换（平台运行管理办法第十九条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-ins</source>
        <translation>登录失败处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Security policy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;安全策略&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password, lockout and session rules of every account (GB/T 22239-2019 §8.1.4.1). Each setting is limited to the range the platform allows. Changes apply from each account&apos;s next sign-in or password change.</source>
        <translation>适用于所有账号的密码、锁定和会话规则（GB/T 22239-2019 §8.1.4.1）。每项设置均限于平台允许的范围内。修改自各账号下次登录或修改密码时起生效。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting %1</source>
        <translation>设置项 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second factor (TOTP, RFC 6238)</source>
        <translation>第二重身份鉴别因素（TOTP，RFC 6238）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Always required of administrators (GB/T 22239-2019 §8.1.4.1 d).</source>
        <translation>管理员始终须使用第二重身份鉴别因素（GB/T 22239-2019 §8.1.4.1 d）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The platform applies the new policy.</source>
        <translation>平台已应用新策略。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Setting %1: %2 to %3</source>
        <translation>设置项 %1：%2 至 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force since %1, set by %2.</source>
        <translation>自 %1 起生效，由 %2 设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in defaults are in force; nobody has changed the policy yet.</source>
        <translation>当前采用内置默认策略；尚未有人修改过策略。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1（%2）：%3 → %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second factor required of %1</source>
        <translation>%1须使用第二重身份鉴别因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second factor no longer required of %1</source>
        <translation>%1不再须使用第二重身份鉴别因素</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Apply the security policy</source>
        <translation>应用安全策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these changes to the policy of every account?</source>
        <translation>确定将以下修改应用于所有账号的策略吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>rw::PolicySnapshot</name>
    <message>
        <location filename="../models/client/policysnapshot.cpp" line="+14"/>
        <source>the platform&apos;s answer has no &quot;policy&quot; object</source>
        <translation>平台应答中缺少“policy”对象</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bounds of %1: &quot;min&quot; and &quot;max&quot; must be numbers with min ≤ max</source>
        <translation>%1 的取值范围：“min”和“max”应为数值，且 min ≤ max</translation>
    </message>
</context>
<context>
    <name>rw::PolicyStore</name>
    <message>
        <location filename="../models/security/policystore.cpp" line="+23"/>
        <source>read the stored password policy</source>
        <translation>读取已保存的密码策略</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting %1 is not a JSON object (%2 at offset %3)</source>
        <translation>设置项 %1 不是 JSON 对象（%2，偏移量 %3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>setting %1: %2</source>
        <translation>设置项 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>store the password policy set by %1</source>
        <translation>保存 %1 设置的密码策略</translation>
    </message>
</context>
<context>
    <name>rw::PositionSourceFactory</name>
    <message>
        <location filename="../models/location/positionsourcefactory.cpp" line="+41"/>
        <source>the system&apos;s location service</source>
        <translation>系统定位服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NMEA log %1</source>
        <translation>NMEA 日志 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GPS receiver on %1</source>
        <translation>%1 上的 GPS 接收机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NMEA stream from %1</source>
        <translation>来自 %1 的 NMEA 数据流</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No position source on this computer (no Qt Positioning plugin offers one; a GPS receiver or an NMEA log can be named in the setting %1).</source>
        <translation>本机没有可用的定位源（没有任何 Qt Positioning 插件提供定位源；可在设置项 %1 中指定 GPS 接收机或 NMEA 日志）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the NMEA log &quot;%2&quot; cannot be read: %3</source>
        <translation>%1：无法读取 NMEA 日志“%2”：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file name</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &quot;%2&quot; cannot be opened as an NMEA source (is the Qt Positioning NMEA plugin installed, and the device or host reachable?)</source>
        <translation>%1：无法将“%2”作为 NMEA 源打开（是否已安装 Qt Positioning NMEA 插件？设备或主机是否可以访问？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown kind of position source</source>
        <translation>%1：未知的定位源类型</translation>
    </message>
</context>
<context>
    <name>rw::ProtobufCodec</name>
    <message>
        <location filename="../models/protocol/protobufcodec.cpp" line="+110"/>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>truncated at offset %1: a number runs past the end</source>
        <translation>数据在偏移量 %1 处截断：数值超出数据末尾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: a number is longer than 10 bytes</source>
        <translation>偏移量 %1：数值长度超过 10 字节</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: field number %2 is not allowed</source>
        <translation>偏移量 %1：不允许使用字段编号 %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>truncated at offset %1: field %2 needs %3 bytes, %4 remain</source>
        <translation>数据在偏移量 %1 处截断：字段 %2 需要 %3 字节，仅剩 %4 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset %1: field %2 declares %3 bytes, but only %4 remain</source>
        <translation>偏移量 %1：字段 %2 声明长度为 %3 字节，但仅剩 %4 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset %1: end of group %2 without its start</source>
        <translation>偏移量 %1：组 %2 的结束标记没有对应的开始标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offset %1: wire type %2 does not exist</source>
        <translation>偏移量 %1：wire type %2 不存在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>truncated at offset %1: group %2 is not closed</source>
        <translation>数据在偏移量 %1 处截断：组 %2 未结束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>offset %1: groups nested deeper than %2</source>
        <translation>偏移量 %1：组嵌套深度超过 %2 层</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offset %1: end of group %2 inside group %3</source>
        <translation>偏移量 %1：组 %3 内出现组 %2 的结束标记</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>%1: IPCType is missing</source>
        <translation>%1：缺少 IPCType</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: IPCType %2 (%3) is not an interface code</source>
        <translation>%1：IPCType %2（%3）不是接口代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: IPCType %2 (%3) is in the catalogue but not in the compiled otipc.proto</source>
        <translation>%1：IPCType %2（%3）在接口目录中，但不在编译所用的 otipc.proto 中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: IPCType is %2 (%3), but the upload path %4 is for %5 (%6)</source>
        <translation>%1：IPCType 为 %2（%3），但上传路径 %4 对应 %5（%6）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: records sent under %2, but IPCType is %3</source>
        <translation>%1：记录以 %2 发送，但 IPCType 为 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: IPCType is %2, but no %2 records were sent</source>
        <translation>%1：IPCType 为 %2，但未发送任何 %2 记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: CompanyId is not UTF-8 text</source>
        <translation>%1：CompanyId 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Source is not UTF-8 text</source>
        <translation>%1：Source 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2[%3].%4: not UTF-8 text (%5 bytes: %6)</source>
        <translation>%1.%2[%3].%4：不是 UTF-8 文本（%5 字节：%6）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no interface catalogue to decode with</source>
        <translation>没有可用于解码的接口目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the body is empty</source>
        <translation>%1：报文体为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the protobuf parser rejected it</source>
        <translation>protobuf 解析器拒绝解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a valid protobuf message (%2 bytes): %3</source>
        <translation>%1：不是有效的 protobuf 消息（%2 字节）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 bytes, more than protobuf can read (2 GiB)</source>
        <translation>%1：%2 字节，超过 protobuf 可读取的上限（2 GiB）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: more than %2 records in one body; send them in smaller batches</source>
        <translation>%1：单个报文体中的记录超过 %2 条，请分成较小的批次发送</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>OTIpcList: holds no OTIpc (otpic is empty)</source>
        <translation>OTIpcList：不含任何 OTIpc（otpic 为空）</translation>
    </message>
</context>
<context>
    <name>rw::QualityApi</name>
    <message>
        <location filename="../platform/api/qualityapi.cpp" line="+124"/>
        <location line="+311"/>
        <source>region=&quot;%1&quot; is not a six-digit GB/T 2260 region code</source>
        <translation>region=&quot;%1&quot; 不是六位 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>the query cannot be recorded in the audit trail, so it is not answered</source>
        <translation>本次查询无法记入审计日志，因此不予应答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company %1 holds no company permit within the scope %2 of account %3</source>
        <translation>平台公司 %1 在账号 %3 的管辖范围 %2 内未取得经营许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>year=&quot;%1&quot; is not a CST calendar year yyyy from 1970 (e.g. 2026)</source>
        <translation>year=&quot;%1&quot; 不是 1970 年起的北京时间自然年 yyyy（例如 2026）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>company=&quot;%1&quot; is not a company id (CompanyId: 1 to 32 characters, no spaces)</source>
        <translation>company=&quot;%1&quot; 不是公司标识（CompanyId：1 至 32 个字符，不含空格）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dimension=&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</source>
        <translation>dimension=&quot;%1&quot; 不是 completeness、conformance、timeliness 或 authenticity</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no such record: %1 (GET %2&lt;ipcType&gt;/&lt;rowId&gt; or %3&lt;id&gt;)</source>
        <translation>不存在此记录：%1（可用：GET %2&lt;ipcType&gt;/&lt;rowId&gt; 或 %3&lt;id&gt;）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1=&quot;%2&quot; is not a positive whole number</source>
        <translation>%1=&quot;%2&quot; 不是正整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ipcType &quot;%1&quot; is not an upload interface</source>
        <translation>ipcType“%1”不是上传接口</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no quarantined record %1</source>
        <translation>隔离区中不存在记录 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 record %2</source>
        <translation>不存在 %1 记录 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no such review: %1 (PUT %2&lt;region&gt;/&lt;period&gt;)</source>
        <translation>不存在此审核：%1（可用：PUT %2&lt;region&gt;/&lt;period&gt;）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the body must be a JSON object {&quot;status&quot;, &quot;comment&quot;}: %1</source>
        <translation>请求体必须是 JSON 对象 {&quot;status&quot;, &quot;comment&quot;}：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at offset %2</source>
        <translation>%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;status&quot;: &quot;%1&quot; is not &quot;reviewed&quot; or &quot;published&quot;</source>
        <translation>字段“status”：“%1”不是“reviewed”或“published”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;comment&quot;: a comment is text</source>
        <translation>字段“comment”：审核意见应为文本</translation>
    </message>
</context>
<context>
    <name>rw::QualityClient</name>
    <message>
        <location filename="../models/client/qualityclient.cpp" line="+36"/>
        <source>Loading the scores</source>
        <translation>加载测评结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the trend</source>
        <translation>加载变化趋势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations</source>
        <translation>加载违规情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the raw record</source>
        <translation>加载原始记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the review</source>
        <translation>保存审核结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the scores of %1</source>
        <translation>加载 %1 的测评结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the trend of %1</source>
        <translation>加载 %1 的变化趋势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations of %1</source>
        <translation>加载 %1 的违规情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the raw record %1</source>
        <translation>加载原始记录 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the review of %1</source>
        <translation>保存 %1 的审核结果</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1失败（%2）：%3</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+40"/>
        <location line="+42"/>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>the platform&apos;s answer cannot be read: %1</source>
        <translation>无法读取平台的应答：%1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>“%1” is not a raw record&apos;s path (/api/v1/quality/records/… or /api/v1/quality/quarantine/…)</source>
        <translation>“%1”不是原始记录的路径（应为 /api/v1/quality/records/… 或 /api/v1/quality/quarantine/…）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no region given</source>
        <translation>未指定行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a period can only be marked reviewed or published</source>
        <translation>测评期间只能标记为已审核或已发布</translation>
    </message>
</context>
<context>
    <name>rw::QualityDimensionChart</name>
    <message>
        <location filename="../ui/quality/qualitydimensionchart.cpp" line="+25"/>
        <source>Rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Dimension (seed 000 Art. 15)</source>
        <translation>测评维度（《运行管理办法》第十五条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average of all companies</source>
        <translation>全部平台公司平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region %1 average</source>
        <translation>行政区划 %1 平均值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the region, %2</source>
        <translation>%1 与所在行政区划对比，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dimensions by company</source>
        <translation>各平台公司分维度合格率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions by company, %1</source>
        <translation>各平台公司分维度合格率，%1</translation>
    </message>
</context>
<context>
    <name>rw::QualityDimensions</name>
    <message>
        <location filename="../models/quality/qualitydimension.cpp" line="+33"/>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformance</source>
        <translation>规范性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticity</source>
        <translation>真实性</translation>
    </message>
</context>
<context>
    <name>rw::QualityFigures</name>
    <message>
        <location filename="../models/quality/qualityfigures.cpp" line="+21"/>
        <source>%1 compliant orders of %2 checked: more than were checked</source>
        <translation>合规订单数 %1 多于核查订单数 %2</translation>
    </message>
</context>
<context>
    <name>rw::QualityJsonReader</name>
    <message>
        <location filename="../models/quality/qualityjsonreader.cpp" line="+35"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a string</source>
        <translation>%1 不是字符串</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+43"/>
        <location line="+15"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is below the least allowed, %2</source>
        <translation>%1 小于允许的最小值 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing (null if not measured)</source>
        <translation>缺失（未测评时应为 null）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lies outside %2 to %3</source>
        <translation>%1 超出 %2 至 %3 的范围</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a list</source>
        <translation>%1 不是列表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is not a string</source>
        <translation>%1：%2 不是字符串</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is neither a month (2026-11) nor a year (2026)</source>
        <translation>“%1”既不是月份（2026-11），也不是年份（2026）</translation>
    </message>
</context>
<context>
    <name>rw::QualityModel</name>
    <message>
        <location filename="../models/quality/qualitymodel.cpp" line="+52"/>
        <source>%1: %2 is not a number of at least %3</source>
        <translation>%1：%2 不是不小于 %3 的数值</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version: %1 is not a version text such as &quot;2026.1&quot;</source>
        <translation>version：%1 不是版本号文本（例如“2026.1”）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>weights: %1 is not an object of the four dimensions</source>
        <translation>weights：%1 不是包含四个测评维度的对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weights.%1: not a dimension (completeness, conformance, timeliness, authenticity)</source>
        <translation>weights.%1：不是测评维度（completeness、conformance、timeliness、authenticity）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>weights: all four are 0, at least one must be positive</source>
        <translation>weights：四项均为 0，至少应有一项为正数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>samplesPerRule: %1 is not a whole number 0..1000</source>
        <translation>samplesPerRule：%1 不是 0 至 1000 之间的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>timeliness.limitSeconds: %1 is not an object of interface groups (%2)</source>
        <translation>timeliness.limitSeconds：%1 不是以接口类别为键的对象（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an interface group (%2)</source>
        <translation>%1：不是接口类别（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>authenticity.chinaBounds: %1 is not an object {west, east, south, north} in degrees</source>
        <translation>authenticity.chinaBounds：%1 不是以度为单位的 {west, east, south, north} 对象</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>authenticity.chinaBounds.east: %1 is not east of west %2 (at most 180)</source>
        <translation>authenticity.chinaBounds.east：%1 不在 west（%2）以东（最大为 180）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authenticity.chinaBounds.north: %1 is not north of south %2 (at most 90)</source>
        <translation>authenticity.chinaBounds.north：%1 不在 south（%2）以北（最大为 90）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticity.notBefore: %1 is not a YYYYMMDDhhmmss date-time</source>
        <translation>authenticity.notBefore：%1 不是 YYYYMMDDhhmmss 格式的日期时间</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rules: %1 is not an object of dimensions</source>
        <translation>rules：%1 不是以测评维度为键的对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rules.%1: not a dimension (completeness, conformance, timeliness, authenticity)</source>
        <translation>rules.%1：不是测评维度（completeness、conformance、timeliness、authenticity）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules.%1: %2 is not an array of rules</source>
        <translation>rules.%1：%2 不是规则数组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1.id: %2 does not start with &quot;%3.&quot;</source>
        <translation>%1.id：%2 不以“%3.”开头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.id: &quot;%2&quot; is listed twice</source>
        <translation>%1.id：“%2”重复列出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.article: the article the rule comes from is required</source>
        <translation>%1.article：必须注明规则所依据的条款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.description: required</source>
        <translation>%1.description：必填</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticity.maxSpeedKmh: absent, but rule authenticity.positionJump needs the speed bound</source>
        <translation>authenticity.maxSpeedKmh：缺失，但规则 authenticity.positionJump 需要该速度上限</translation>
    </message>
</context>
<context>
    <name>rw::QualityRawRecord</name>
    <message>
        <location filename="../models/quality/qualityrawrecord.cpp" line="+36"/>
        <source>&quot;%1&quot; is neither record nor quarantine</source>
        <translation>“%1”既不是 record 也不是 quarantine</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecompute</name>
    <message>
        <location filename="../platform/quality/qualityrecompute.cpp" line="+130"/>
        <source>list the companies that uploaded in %1</source>
        <translation>列出在 %1 上传过数据的公司</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>count the records of %1</source>
        <translation>统计 %1 的记录数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>recompute the quality of company %1</source>
        <translation>重新计算公司 %1 的数据质量</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>recompute the quality of %1</source>
        <translation>重新计算 %1 的数据质量</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecomputeCommand</name>
    <message>
        <location filename="../platform/quality/qualityrecomputecommand.cpp" line="+66"/>
        <source>--recompute-quality: &quot;%1&quot; is not a month yyyy-mm (CST), e.g. 2026-03</source>
        <translation>--recompute-quality：“%1”不是 yyyy-mm 格式的月份（北京时间），例如 2026-03</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recomputing: %1 of about %2 records</source>
        <translation>正在重新计算：%1 / 约 %2 条记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quality %1 (model %2): %3 records read again, %4 quarantined records no longer decodable</source>
        <translation>数据质量 %1（模型 %2）：重新读取 %3 条记录，%4 条隔离区记录已无法解码</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 records, the same</source>
        <translation>%1：%2 条记录，结果一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: differs</source>
        <translation>%1：结果不一致</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecordView</name>
    <message>
        <location filename="../ui/quality/qualityrecordview.cpp" line="+17"/>
        <source>%1 (UTC+8)</source>
        <translation>%1（UTC+8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-click a sample record to see it here.</source>
        <translation>双击样本记录，可在此处查看。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>quarantined record %1</source>
        <translation>隔离区记录 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 of company %3, received %4</source>
        <translation>公司 %3 的 %1 %2，接收时间 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business time %1</source>
        <translation>业务发生时间 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) masked: personal data your role may not see in clear.</source>
        <translation>
            <numerusform>%n 个字段已脱敏：您的角色无权查看未脱敏的个人信息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed rules: none reported</source>
        <translation>未通过的规则：未报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed rules: %1</source>
        <translation>未通过的规则：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (masked)</source>
        <translation>%1（已脱敏）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masked by the platform: personal data</source>
        <translation>已由平台脱敏：个人信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validation errors:</source>
        <translation>校验错误：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As received:</source>
        <translation>接收时原文：</translation>
    </message>
</context>
<context>
    <name>rw::QualityReport</name>
    <message>
        <location filename="../models/quality/qualityreport.cpp" line="+29"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1（UTC+8）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data-quality evaluation %1</source>
        <translation>数据质量测评 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-quality evaluation %1 — region %2</source>
        <translation>数据质量测评 %1 — 行政区划 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+39"/>
        <source>Period</source>
        <translation>测评期间</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+62"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Company ID</source>
        <translation>公司标识</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Order compliance (%)</source>
        <translation>订单合规率（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders checked</source>
        <translation>核查订单数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders compliant</source>
        <translation>合规订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Model version</source>
        <translation>测评模型版本</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+44"/>
        <source>Review</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Year %1 (seed 000 Art. 17: calendar year, China Standard Time)</source>
        <translation>%1 年度（《网络预约出租汽车监管信息交互平台运行管理办法》第十七条：自然年，北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month %1 (seed 000 Art. 17: calendar month, China Standard Time)</source>
        <translation>%1 月份（《网络预约出租汽车监管信息交互平台运行管理办法》第十七条：自然月，北京时间）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all regions</source>
        <translation>全部行政区划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; reviewed by %2 on %3</source>
        <translation>%1；由 %2 于 %3 审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; published by %2 on %3</source>
        <translation>%1；由 %2 于 %3 发布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company sent data in this period.</source>
        <translation>本测评期间没有平台公司报送数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order compliance</source>
        <translation>订单合规率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score = 100 × Σ weight × rate over the dimensions with records checked (DESIGN §6); — = not measured. Dimensions: seed 000 Art. 15 (一)–(四).</source>
        <translation>得分 = 100 × Σ 权重 × 合格率，对已核查记录的维度求和（DESIGN §6）；— 表示未测评。测评维度：《网络预约出租汽车监管信息交互平台运行管理办法》第十五条(一)至(四)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend</source>
        <translation>变化趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>测评维度</translation>
    </message>
</context>
<context>
    <name>rw::QualityReportWriter</name>
    <message>
        <location filename="../ui/quality/qualityreportwriter.cpp" line="+94"/>
        <source>The quality report cannot be written to “%1”: %2</source>
        <translation>无法将质量报告写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written to “%2”: %3</source>
        <translation>无法将%1写入“%2”：%3</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewPanel</name>
    <message>
        <location filename="../ui/quality/qualityreviewpanel.cpp" line="+18"/>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment (recorded in the audit trail)</source>
        <translation>审核意见（将记入审计日志）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Review: no period loaded</source>
        <translation>审核状态：未加载测评期间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review: %1</source>
        <translation>审核状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · reviewed by %1 on %2</source>
        <translation> · 由 %1 于 %2 审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · published by %1 on %2</source>
        <translation> · 由 %1 于 %2 发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewing a published period again needs a new comment</source>
        <translation>重新审核已发布的测评期间须填写新的审核意见</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the period reviewed before publishing it</source>
        <translation>发布前须先将该测评期间标记为已审核</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewState</name>
    <message>
        <location filename="../models/quality/qualityreviewstate.cpp" line="+33"/>
        <source>Draft</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not draft, reviewed or published</source>
        <translation>“%1”不是 draft、reviewed 或 published</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewStore</name>
    <message>
        <location filename="../platform/quality/qualityreviewstore.cpp" line="+38"/>
        <source>read the review of the quality results</source>
        <translation>读取数据质量测评结果的审核信息</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>region: &quot;%1&quot; is not a six-digit region code</source>
        <translation>region：“%1”不是六位行政区划代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>period: &quot;%1&quot; is not a month yyyy-mm or a year yyyy</source>
        <translation>period：“%1”不是 yyyy-mm 格式的月份或 yyyy 格式的年份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status: &quot;draft&quot; cannot be set; use &quot;reviewed&quot; or &quot;published&quot;</source>
        <translation>status：不能设置为“draft”；请使用“reviewed”或“published”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comment: %1 characters, at most %2 are allowed</source>
        <translation>comment：共 %1 个字符，最多允许 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reviewedBy: the account that reviews is missing</source>
        <translation>reviewedBy：缺少审核账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modelVersion: the quality model&apos;s version is missing</source>
        <translation>modelVersion：缺少测评模型版本</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>comment: %1 of %2 was published by %3; reviewing it again needs a new comment saying why</source>
        <translation>comment：行政区划 %2 的 %1 已由 %3 发布；重新审核须填写新的审核意见，说明理由</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>status: %1 of %2 has not been reviewed; review it before publishing (seed 000 Art. 18)</source>
        <translation>status：行政区划 %2 的 %1 尚未审核；请先审核再发布（《网络预约出租汽车监管信息交互平台运行管理办法》第十八条）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status: %1 of %2 is published already, by %3</source>
        <translation>status：行政区划 %2 的 %1 已由 %3 发布</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>store the review of the quality results</source>
        <translation>保存数据质量测评结果的审核信息</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the audit trail cannot be written, so the review of %1 of %2 was not stored</source>
        <translation>无法写入审计日志，因此未保存行政区划 %2 的 %1 的审核信息</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreModel</name>
    <message>
        <location filename="../models/itemmodels/qualityscoremodel.cpp" line="+97"/>
        <source>Not measured: no order-match record was checked in this period</source>
        <translation>未测评：本测评期间未核查任何订单匹配记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not measured: no record was checked on any dimension</source>
        <translation>未测评：各测评维度均未核查任何记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not measured: no record was checked on %1</source>
        <translation>未测评：未对%1核查任何记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 records passed</source>
        <translation>%1：%3 条记录中 %2 条通过</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order compliance: %1 of %2 orders matched a vehicle and a driver with valid permits</source>
        <translation>订单合规率：%2 笔订单中有 %1 笔的车辆和驾驶员均持有有效许可</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Records with every required field (seed 000 Art. 15(一))</source>
        <translation>必填字段齐全的记录（《运行管理办法》第十五条(一)）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records passing type, length, code and range checks (Art. 15(二))</source>
        <translation>通过类型、长度、代码和取值范围校验的记录（第十五条(二)）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received within 24 h / 300 s / 60 s (Art. 15(三))</source>
        <translation>在 24 小时 / 300 秒 / 60 秒内接收的记录（第十五条(三)）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records passing the cross-checks (Art. 15(四))</source>
        <translation>通过交叉核验的记录（第十五条(四)）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order compliance (DESIGN §6): order matches whose vehicle and driver both held a valid permit</source>
        <translation>订单合规率（DESIGN §6）：车辆和驾驶员均持有有效许可的订单匹配记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>100 × Σ weight × rate over the measured dimensions</source>
        <translation>100 × Σ 权重 × 合格率，对已测评的维度求和</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order compliance</source>
        <translation>订单合规率</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreQuery</name>
    <message>
        <location filename="../platform/quality/qualityscorequery.cpp" line="+123"/>
        <source>period=&quot;%1&quot; is not a CST month yyyy-mm (e.g. 2026-11) or a year yyyy from 1970</source>
        <translation>period=&quot;%1&quot; 不是北京时间的 yyyy-mm 格式月份（例如 2026-11），也不是 1970 年起的 yyyy 格式年份</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>read the companies&apos; names</source>
        <translation>读取公司名称</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>list the companies with quality results</source>
        <translation>列出有数据质量测评结果的公司</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>sum the quality results of a period</source>
        <translation>汇总某一测评期间的数据质量测评结果</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sum the quality results of each month of a year</source>
        <translation>汇总某一年度各月的数据质量测评结果</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>read the licensed regions of company %1</source>
        <translation>读取公司 %1 的许可经营地区</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>look for orders of company %1 by region</source>
        <translation>按地区查找公司 %1 的订单</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sum the violations of a company</source>
        <translation>汇总某一公司的违规情况</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>look for the records of company %1</source>
        <translation>查找公司 %1 的数据记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — no order received from %2</source>
        <translation>%1——未收到来自 %2 的订单</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the sample records of a rule</source>
        <translation>读取某一规则的样本记录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the rules a record failed</source>
        <translation>读取某条记录未通过的规则</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>read a record of %1</source>
        <translation>读取一条 %1 记录</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>read a quarantined record</source>
        <translation>读取一条隔离区记录</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreSheet</name>
    <message>
        <location filename="../models/quality/qualityscoresheet.cpp" line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; does not match the period %2, a %3</source>
        <translation>“%1”与测评期间 %2（%3）不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item %1 is %2, not an object</source>
        <translation>第 %1 项为 %2，不是对象</translation>
    </message>
</context>
<context>
    <name>rw::QualityStore</name>
    <message>
        <location filename="../platform/quality/qualitystore.cpp" line="+66"/>
        <source>prepare the update of the quality day counters</source>
        <translation>准备数据质量日计数的更新语句</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare the update of the quality rule counters</source>
        <translation>准备数据质量规则计数的更新语句</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prepare the insert of quality samples</source>
        <translation>准备数据质量样本的插入语句</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prepare the count of quality samples</source>
        <translation>准备数据质量样本的计数语句</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>remove the quality numbers of %1</source>
        <translation>删除 %1 的数据质量统计数据</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the quality numbers of company %1 for %2</source>
        <translation>读取公司 %1 在 %2 的数据质量统计数据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the quality violations of company %1 for %2</source>
        <translation>读取公司 %1 在 %2 的数据质量违规情况</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the quality samples of company %1 for %2</source>
        <translation>读取公司 %1 在 %2 的数据质量样本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the companies with quality numbers for %1</source>
        <translation>列出在 %1 有数据质量统计数据的公司</translation>
    </message>
</context>
<context>
    <name>rw::QualityTally</name>
    <message>
        <location filename="../models/quality/qualitytally.cpp" line="+22"/>
        <source>CompanyId: &quot;%1&quot; is not the tally&apos;s company &quot;%2&quot;</source>
        <translation>CompanyId：“%1”不是本统计所属的公司“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>receivedAt: %1 is outside the period %2 (CST)</source>
        <translation>receivedAt：%1 不在测评期间 %2（北京时间）内</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>company: &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>company：“%1”不是“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model version: &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>模型版本：“%1”不是“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period: %1 is not inside %2</source>
        <translation>period：%1 不在 %2 之内</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>records: %1 is negative</source>
        <translation>records：%1 为负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders: %1 compliant of %2 checked is not a count from 0 to the orders checked</source>
        <translation>orders：核查 %2 笔、合规 %1 笔，合规数不在 0 至核查订单数之间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 passed of %3 checked is not a count from 0 to the records checked</source>
        <translation>%1：核查 %3 条、通过 %2 条，通过数不在 0 至核查记录数之间</translation>
    </message>
</context>
<context>
    <name>rw::QualityTrend</name>
    <message>
        <location filename="../models/quality/qualitytrend.cpp" line="+20"/>
        <location line="+14"/>
        <source>item %1 is %2, not an object</source>
        <translation>第 %1 项为 %2，不是对象</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>has %1 entries; a year has 12</source>
        <translation>共有 %1 项；一年应有 12 项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not month %2 of %3</source>
        <translation>“%1”不是 %3 年的第 %2 个月</translation>
    </message>
</context>
<context>
    <name>rw::QualityTrendChart</name>
    <message>
        <location filename="../ui/quality/qualitytrendchart.cpp" line="+36"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completeness (%)</source>
        <translation>完整性（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformance (%)</source>
        <translation>规范性（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness (%)</source>
        <translation>及时性（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticity (%)</source>
        <translation>真实性（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order compliance (%)</source>
        <translation>订单合规率（%）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 by month, %2</source>
        <translation>%1逐月变化（%2 年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by month</source>
        <translation>%1逐月变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month of %1 (China Standard Time)</source>
        <translation>%1 年月份（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month (China Standard Time)</source>
        <translation>月份（北京时间）</translation>
    </message>
</context>
<context>
    <name>rw::QualityViolationList</name>
    <message>
        <location filename="../models/quality/qualityviolationlist.cpp" line="+28"/>
        <location line="+27"/>
        <source>item %1 is %2, not an object</source>
        <translation>第 %1 项为 %2，不是对象</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</source>
        <translation>“%1”不是 completeness、conformance、timeliness 或 authenticity</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is neither record nor quarantine</source>
        <translation>“%1”既不是 record 也不是 quarantine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not under /api/v1/quality/</source>
        <translation>“%1”不在 /api/v1/quality/ 之下</translation>
    </message>
</context>
<context>
    <name>rw::QualityViolationModel</name>
    <message>
        <location filename="../models/itemmodels/qualityviolationmodel.cpp" line="+65"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click to open the raw record (%1)</source>
        <translation>双击打开原始记录（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule / sample record</source>
        <translation>规则 / 样本记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension / interface</source>
        <translation>测评维度 / 接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violations / received</source>
        <translation>违规数 / 接收数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By interface</source>
        <translation>按接口</translation>
    </message>
</context>
<context>
    <name>rw::QualityViolationsView</name>
    <message>
        <location filename="../ui/quality/qualityviolationsview.cpp" line="+51"/>
        <source>Double-click a company&apos;s rate in the ranking to see the rules its records broke.</source>
        <translation>在排名中双击平台公司的合格率，可查看其记录违反的规则。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2, %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2, all dimensions</source>
        <translation>%1（%2，全部测评维度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no rule was broken.</source>
        <translation>%1：未违反任何规则。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n rule(s) broken, %2 violations in all.</source>
        <translation>
            <numerusform>%1：违反 %n 条规则，共 %2 次违规。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The platform gave no path to this sample&apos;s raw record.</source>
        <translation>平台未提供该样本原始记录的路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
</context>
<context>
    <name>rw::Reconciliation</name>
    <message>
        <location filename="../platform/permits/reconciliation.cpp" line="+92"/>
        <source>read the companies&apos; base-info</source>
        <translation>读取各平台公司报送的基础信息</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>list the companies</source>
        <translation>列出平台公司</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find the vehicles and drivers on the road</source>
        <translation>查找在线运营的车辆和驾驶员</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> (on the road since no base-info was sent for it)</source>
        <translation>（未报送基础信息，依据在线运营数据发现）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vehicle %1 of company %2 has no transport certificate; the certificate %3 its base-info names was issued for vehicle %4 of company %5</source>
        <translation>平台公司 %2 的车辆 %1 无运输证；其基础信息中填报的证号 %3 系为平台公司 %5 的车辆 %4 核发</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vehicle %1 of company %2 has no transport certificate from the city%3 (seed 002 Art. 14)</source>
        <translation>平台公司 %2 的车辆 %1 未取得本市核发的运输证%3（实施细则第十四条）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vehicle %1 runs for company %2, but its transport certificate %3 was issued to company %4%5</source>
        <translation>车辆 %1 为平台公司 %2 运营，但其运输证 %3 系核发给平台公司 %4%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the transport certificate %1 of vehicle %2 (company %3) ended on %4, 8 years after the first registration %5 (seed 002 Art. 40–41)</source>
        <translation>车辆 %2（平台公司 %3）的运输证 %1 已于 %4 届满，即初次注册日期 %5 后满 8 年（实施细则第四十条、第四十一条）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transport certificate %1 of vehicle %2 (company %3) expired on %4</source>
        <translation>车辆 %2（平台公司 %3）的运输证 %1 已于 %4 过期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base-info of vehicle %1 (company %2) names certificate %3, which was issued for vehicle %4; the city&apos;s certificate for %1 is %5</source>
        <translation>车辆 %1（平台公司 %2）的基础信息填报证号 %3，该证系为车辆 %4 核发；本市为 %1 核发的运输证为 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base-info of vehicle %1 (company %2) names certificate %3; the city&apos;s certificate is %4</source>
        <translation>车辆 %1（平台公司 %2）的基础信息填报证号 %3；本市核发的运输证为 %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (on the road since no base-info was sent for them)</source>
        <translation>（未报送基础信息，依据在线运营数据发现）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>driver %1 of company %2 has no driver certificate; the certificate %3 their base-info names belongs to another person (licence %4)</source>
        <translation>平台公司 %2 的驾驶员 %1 无驾驶员证；其基础信息中填报的证号 %3 属于他人（驾驶证号 %4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver %1 of company %2 has no driver certificate from the city%3 (seed 002 Art. 15(四))</source>
        <translation>平台公司 %2 的驾驶员 %1 未取得本市核发的驾驶员证%3（实施细则第十五条(四)）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>driver %1 drives for company %2, but their driver certificate %3 was issued for company %4%5</source>
        <translation>驾驶员 %1 为平台公司 %2 提供服务，但其驾驶员证 %3 系为平台公司 %4 核发%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the driver certificate %1 of driver %2 (company %3) expired on %4</source>
        <translation>驾驶员 %2（平台公司 %3）的驾驶员证 %1 已于 %4 过期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>base-info of driver %1 (company %2) names certificate %3, which belongs to another person; the city&apos;s certificate for this driver is %4</source>
        <translation>驾驶员 %1（平台公司 %2）的基础信息填报证号 %3，该证属于他人；本市为该驾驶员核发的驾驶员证为 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base-info of driver %1 (company %2) names certificate %3; the city&apos;s certificate is %4</source>
        <translation>驾驶员 %1（平台公司 %2）的基础信息填报证号 %3；本市核发的驾驶员证为 %4</translation>
    </message>
</context>
<context>
    <name>rw::RecordStore</name>
    <message>
        <location filename="../models/storage/recordstore.cpp" line="+72"/>
        <source>prepare the insert into the table of %1</source>
        <translation>准备写入 %1 数据表的插入语句</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store an upload of %1 from company %2</source>
        <translation>保存公司 %2 上传的 %1 数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the batch names no interface</source>
        <translation>该批次未指明接口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface %1 is not from this store&apos;s catalogue</source>
        <translation>接口 %1 不属于本存储所用的接口目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the batch has no company</source>
        <translation>该批次未指明公司</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>prepare the insert into upload_batch</source>
        <translation>准备写入 upload_batch 的插入语句</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>prepare the insert into quarantine</source>
        <translation>准备写入隔离区（quarantine）的插入语句</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>record %1 is a %2 record in a batch of %3</source>
        <translation>记录 %1 是 %2 记录，却位于 %3 批次中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (accepted record %2)</source>
        <translation>%1（已通过记录 %2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (rejected record %2)</source>
        <translation>%1（已拒收记录 %2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>quarantine an undecodable upload from company %1 to %2</source>
        <translation>将公司 %1 发往 %2 的无法解码的上传数据存入隔离区</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>count the records of %1</source>
        <translation>统计 %1 的记录数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>count the quarantine</source>
        <translation>统计隔离区的记录数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the quarantine of company %1</source>
        <translation>读取公司 %1 的隔离区数据</translation>
    </message>
</context>
<context>
    <name>rw::RecordValidator</name>
    <message>
        <location filename="../models/protocol/recordvalidator.cpp" line="+261"/>
        <source>the record names no interface</source>
        <translation>该记录未指明接口</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: required but absent</source>
        <translation>%1：必填字段缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: required but null</source>
        <translation>%1：必填字段为 null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: required but empty</source>
        <translation>%1：必填字段为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: sent as the number %2, text is required</source>
        <translation>%1：以数值 %2 发送，应为字符型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sent as the boolean %2, text is required</source>
        <translation>%1：以布尔值 %2 发送，应为字符型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent as a nested object or array, text is required</source>
        <translation>%1：以嵌套对象或数组发送，应为字符型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 characters, exactly %3 required</source>
        <translation>%1：长度为 %2 个字符，应为 %3 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 characters, at most %3 allowed</source>
        <translation>%1：长度为 %2 个字符，最多允许 %3 个字符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a permitted code (allowed: %3)</source>
        <translation>%1：“%2”不是允许的代码值（允许：%3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; is not a GB/T 2260 region code (six digits starting with a province code)</source>
        <translation>%1：“%2”不是 GB/T 2260 行政区划代码（以省级代码开头的六位数字）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation>%1：“%2”不是有效的 %3 格式日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: sent as the text &quot;%2&quot;, a number is required</source>
        <translation>%1：以文本“%2”发送，应为数值型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: sent as the boolean %2, a number is required</source>
        <translation>%1：以布尔值 %2 发送，应为数值型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent as a nested object or array, a number is required</source>
        <translation>%1：以嵌套对象或数组发送，应为数值型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not a finite number</source>
        <translation>%1：%2 不是有限数值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 has a fraction, a whole number is required</source>
        <translation>%1：%2 含有小数部分，应为整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 digits, exactly %3 required</source>
        <translation>%1：长度为 %2 位数字，应为 %3 位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 digits, at most %3 allowed</source>
        <translation>%1：长度为 %2 位数字，最多允许 %3 位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 is not a permitted code (allowed: %3)</source>
        <translation>%1：%2 不是允许的代码值（允许：%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is outside the longitude range -180000000..180000000 (unit 1e-6 degree)</source>
        <translation>%1：%2 超出经度取值范围 -180000000..180000000（单位：1e-6 度）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is outside the latitude range -90000000..90000000 (unit 1e-6 degree)</source>
        <translation>%1：%2 超出纬度取值范围 -90000000..90000000（单位：1e-6 度）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not a GB/T 2260 region code (six digits starting with a province code)</source>
        <translation>%1：%2 不是 GB/T 2260 行政区划代码（以省级代码开头的六位数字）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is less than the minimum %3</source>
        <translation>%1：%2 小于最小值 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is greater than the maximum %3</source>
        <translation>%1：%2 大于最大值 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a valid %3</source>
        <translation>%1：%2 不是有效的 %3 格式日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CompanyId: &quot;%1&quot; is not the authenticated company &quot;%2&quot;</source>
        <translation>CompanyId：“%1”不是已认证的公司“%2”</translation>
    </message>
</context>
<context>
    <name>rw::RegionScope</name>
    <message>
        <location filename="../models/security/regionscope.cpp" line="+61"/>
        <source>region code &quot;%1&quot; is not a GB/T 2260 code: six digits, the first not 0 expected</source>
        <translation>行政区划代码“%1”不是 GB/T 2260 代码：应为首位不为 0 的六位数字</translation>
    </message>
</context>
<context>
    <name>rw::RegistryApi</name>
    <message>
        <location filename="../platform/api/registryapi.cpp" line="+90"/>
        <source>after=&quot;%1&quot; must be 0 or the &quot;next&quot; of the previous page</source>
        <translation>after=&quot;%1&quot; 应为 0 或上一页的“next”值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>limit=&quot;%1&quot; 应为 1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the permit registry</source>
        <translation>读取许可信息库</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the registry page cannot be recorded in the audit trail, so it is not sent</source>
        <translation>该页许可信息无法记入审计日志，因此不予发送</translation>
    </message>
</context>
<context>
    <name>rw::RegistryGenerator</name>
    <message>
        <location filename="../platform/permits/registrygenerator.cpp" line="+68"/>
        <source>the registry already holds %1 permits: generate into a new file</source>
        <translation>许可信息库中已有 %1 条许可：请生成到新文件中</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>transport authority of %1</source>
        <translation>%1 交通运输主管部门</translation>
    </message>
</context>
<context>
    <name>rw::RegistrySync</name>
    <message>
        <location filename="../models/offline/registrysync.cpp" line="+53"/>
        <source>the registry cannot be downloaded: the lookup cache is not open</source>
        <translation>无法下载许可信息库：查询缓存未打开</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no answer from the platform</source>
        <translation>平台无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry page after %1 was not received: %2</source>
        <translation>未收到 %1 之后的许可信息分页：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the registry page after %1 was not received: %2 (%3)</source>
        <translation>未收到 %1 之后的许可信息分页：%2（%3）</translation>
    </message>
</context>
<context>
    <name>rw::RemoveBadRecordDialog</name>
    <message>
        <location filename="../ui/badrecords/removebadrecorddialog.cpp" line="+20"/>
        <source>Removing the entry on the platform…</source>
        <translation>正在平台上移出记录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from the bad-record list</source>
        <translation>移出不良记录名单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver %1</source>
        <translation>驾驶员 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (entry %2, listed by %3: &quot;%4&quot;) from the bad-record list? The entry stays in the history with who removed it, when and why.</source>
        <translation>确定将%1（记录编号 %2，由 %3 列入：“%4”）移出不良记录名单吗？该记录仍将保留在历史记录中，并注明移出人、移出时间和理由。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. the appeal decision and its date</source>
        <translation>例如申诉处理决定及其日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rw::RetentionPolicy</name>
    <message>
        <location filename="../models/storage/retentionpolicy.cpp" line="+32"/>
        <source>read the retention setting</source>
        <translation>读取数据保存期限设置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set the retention to %1 days</source>
        <translation>将数据保存期限设置为 %1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retention.keep_days: %1 days is below the minimum of %2 days; Art. 9 of the platform rules requires received operational data to be kept at least 2 years</source>
        <translation>retention.keep_days：%1 天低于最低要求 %2 天；《网络预约出租汽车监管信息交互平台运行管理办法》第九条规定，行业平台所接收的运营信息数据保存期限不少于 2 年</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the interface tables</source>
        <translation>列出接口数据表</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>list the companies in %1</source>
        <translation>列出 %1 中的公司</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>count the rows due for deletion</source>
        <translation>统计到期待删除的行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>purge data older than %1 days</source>
        <translation>清除超过 %1 天的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge() must not run inside a transaction</source>
        <translation>purge() 不得在事务内运行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delete rows of %1 older than %2 days</source>
        <translation>删除 %1 中超过 %2 天的行</translation>
    </message>
</context>
<context>
    <name>rw::RevealDialog</name>
    <message>
        <location filename="../ui/lookup/revealdialog.cpp" line="+18"/>
        <source>Reveal personal data</source>
        <translation>查看未脱敏个人信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the name, ID, licence and phone numbers of %1 in clear?

The platform records who revealed what and why in its audit trail. Give the reason, e.g. the case or check it is for.</source>
        <translation>确定以明文显示%1的姓名、身份证号码、驾驶证号和手机号码吗？

平台会在审计日志中记录查看人、查看内容和查看理由。请说明理由，例如所涉案件或检查事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required), e.g. roadside check, identity of the driver</source>
        <translation>理由（必填），例如：路面检查、核实驾驶员身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for revealing</source>
        <translation>查看理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>rw::Role</name>
    <message>
        <location filename="../models/security/role.cpp" line="+40"/>
        <source>City officer</source>
        <translation>城市监管人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial supervisor</source>
        <translation>省级监管人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enforcement officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>role %1 sees no business data and takes no region, but region %2 was given</source>
        <translation>角色 %1 不查看业务数据，也不关联行政区划，但指定了行政区划 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role %1 needs a province code (xx0000, e.g. 460000), not &quot;%2&quot;</source>
        <translation>角色 %1 需要省级行政区划代码（xx0000，例如 460000），而不是“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role %1 needs a city code (a prefecture xxyy00 such as 460100, a county-level city such as 469001, or a municipality such as 110000), not &quot;%2&quot;</source>
        <translation>角色 %1 需要城市行政区划代码（地级市 xxyy00，例如 460100；省直辖县级市，例如 469001；或直辖市，例如 110000），而不是“%2”</translation>
    </message>
</context>
<context>
    <name>rw::RuleChecks</name>
    <message>
        <location filename="../models/rules/rulechecks.cpp" line="+254"/>
        <source>%1: %2 missing</source>
        <translation>%1：缺少%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 ended on %3 (as of %4)</source>
        <translation>%1：%2已于 %3 届满（截至 %4）</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years 1 month</source>
        <translation>%1 岁 1 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years %2 months</source>
        <translation>%1 岁 %2 个月</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>%1: %2 years from %3 reached on %4 (as of %5)</source>
        <translation>%1：自%3起满 %2 年之日为 %4（截至 %5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 years from %3 ended on %4 (as of %5)</source>
        <translation>%1：自%3起 %2 年的期限已于 %4 届满（截至 %5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3%4, must be %5 %6%4</source>
        <translation>%1：%2为 %3%4，应 %5 %6%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of the trip&apos;s 2 ends inside the permitted operating area, at least %3 required</source>
        <translation>%1：行程的 2 个端点中有 %2 个位于许可的经营区域内，至少应有 %3 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3%4, must be from %5 to %6%4</source>
        <translation>%1：%2为 %3%4，应在 %5 至 %6%4 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 &quot;%3&quot; is not one of %4</source>
        <translation>%1：%2“%3”不是 %4 之一</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3: %4 years are reached only on %5</source>
        <translation>%1：%2 %3：须至 %5 方满 %4 年</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: age %2 has reached the limit of %3</source>
        <translation>%1：年龄 %2，已达到上限（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (applies when %1)</source>
        <translation>（适用条件：%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation>，且</translation>
    </message>
</context>
<context>
    <name>rw::RuleFacts</name>
    <message>
        <location filename="../models/rules/rulefacts.cpp" line="+16"/>
        <source>base information filed with the platform</source>
        <translation>向平台报备的基础信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate validity</source>
        <translation>证件有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first registration</source>
        <translation>初次注册日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odometer</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new order pushed while the driver carries a passenger</source>
        <translation>驾驶员载客时平台推送新订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wheelbase</source>
        <translation>轴距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuel type</source>
        <translation>燃料类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase-tax price</source>
        <translation>购置税价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving range</source>
        <translation>续航里程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving licence first issued</source>
        <translation>初次领取驾驶证日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the city&apos;s bad-record list</source>
        <translation>列入本市不良记录名单</translation>
    </message>
</context>
<context>
    <name>rw::RuleFinding</name>
    <message>
        <location filename="../models/rules/rulefinding.cpp" line="+78"/>
        <source>finding.%1: a non-empty string is required</source>
        <translation>finding.%1：必须为非空字符串</translation>
    </message>
</context>
<context>
    <name>rw::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/schemamigrator.cpp" line="+36"/>
        <source>migration &quot;%1&quot; has number %2 where %3 was expected: migrations must be numbered 1, 2, 3, … without gaps or duplicates</source>
        <translation>迁移“%1”的编号为 %2，而应为 %3：迁移必须按 1、2、3……连续编号，不得间断或重复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>migration %1 &quot;%2&quot; has neither SQL nor code</source>
        <translation>迁移 %1“%2”既没有 SQL 也没有代码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no migrations (*.sql) found in %1</source>
        <translation>在 %1 中未找到迁移文件（*.sql）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration file %1 in %2 is not named NNNN_name.sql</source>
        <translation>%2 中的迁移文件 %1 未按 NNNN_name.sql 命名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read migration file %1: %2</source>
        <translation>无法读取迁移文件 %1：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>read the schema version of %1</source>
        <translation>读取 %1 的数据库结构版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check that %1 is a RideWatch database</source>
        <translation>确认 %1 是 RideWatch 数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its application_id is 0x%1, not 0x%2: it belongs to another program or another part of RideWatch</source>
        <translation>其 application_id 为 0x%1 而非 0x%2：该文件属于其他程序或 RideWatch 的其他组件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it already holds %1 tables but no RideWatch application_id</source>
        <translation>该文件已含有 %1 张表，但没有 RideWatch 的 application_id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>update the schema of %1</source>
        <translation>更新 %1 的数据库结构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database has schema version %1 (&quot;%2&quot;) but this RideWatch knows only up to version %3; open it with a newer RideWatch or restore a backup</source>
        <translation>数据库结构版本为 %1（“%2”），但本版 RideWatch 最高只支持版本 %3；请使用更新版本的 RideWatch 打开，或恢复备份</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database has schema version %1 and needs %2, but it is open read-only</source>
        <translation>数据库结构版本为 %1，需要升级到 %2，但数据库以只读方式打开</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create the schema_version table</source>
        <translation>创建 schema_version 表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>apply schema migration %1 &quot;%2&quot; to %3</source>
        <translation>对 %3 执行数据库结构迁移 %1“%2”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database is at version %1, expected %2</source>
        <translation>数据库版本为 %1，应为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the migration&apos;s code reported a failure</source>
        <translation>迁移代码报告失败</translation>
    </message>
</context>
<context>
    <name>rw::ScoresPage</name>
    <message>
        <location filename="../ui/quality/scorespage.cpp" line="+51"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Show violations</source>
        <translation>显示违规情况</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: all (national scope)</source>
        <translation>行政区划：全部（全国范围）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+308"/>
        <source>Region: %1</source>
        <translation>行政区划：%1</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>The companies holding a company permit in your account&apos;s region</source>
        <translation>在您账号所属行政区划内取得经营许可的平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>测评期间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(China Standard Time)</source>
        <translation>（北京时间）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Double-click a rate to see the rules that lowered it</source>
        <translation>双击合格率，可查看导致其降低的规则</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every company</source>
        <translation>全部平台公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected company against the region</source>
        <translation>所选平台公司与所在行政区划对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend</source>
        <translation>变化趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>测评维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the report: page %1 of %2</source>
        <translation>正在写入报告：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report: %1 of %2</source>
        <translation>正在写入报告：%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; %1 was not written</source>
        <translation>已取消导出；未写入 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Choose a period and press Show.</source>
        <translation>请选择测评期间，然后点击“显示”。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Loading the scores of %1…</source>
        <translation>正在加载 %1 的测评结果…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the review…</source>
        <translation>正在保存审核结果…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading cancelled; press Show to ask again.</source>
        <translation>已取消加载；点击“显示”可重新加载。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month %1</source>
        <translation>%1 月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No company in the region sent data in %1.</source>
        <translation>本行政区划内没有平台公司在 %1 报送数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n company(ies) ranked for %1; model %2.</source>
        <translation>
            <numerusform>已对 %1 的 %n 家平台公司进行排名；测评模型 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No scores shown.</source>
        <translation>未显示测评结果。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading the violations of %1 in %2 on %3…</source>
        <translation>正在加载 %1 在 %2 的违规情况（%3）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations of %1 in %2…</source>
        <translation>正在加载 %1 在 %2 的违规情况…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Export the quality report</source>
        <translation>导出质量报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the ranking as CSV</source>
        <translation>将排名导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>rw::SelfSignedCertificate</name>
    <message>
        <location filename="../models/security/selfsignedcertificate.cpp" line="+78"/>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot make the platform&apos;s certificate: %1 failed (%2)</source>
        <translation>无法生成平台证书：%1 执行失败（%2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot make the platform&apos;s certificate: the extra name &quot;%1&quot; is not a host name or an IP address</source>
        <translation>无法生成平台证书：附加名称“%1”不是主机名或 IP 地址</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the certificate is not a PEM X.509 certificate (%1)</source>
        <translation>该证书不是 PEM 格式的 X.509 证书（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key is not a PEM private key (%1)</source>
        <translation>该密钥不是 PEM 格式的私钥（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is not an EC key (type %1)</source>
        <translation>该密钥不是 EC 密钥（类型 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key does not belong to the certificate (%1)</source>
        <translation>该密钥与证书不匹配（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt&apos;s TLS backend cannot read the certificate or key (is the OpenSSL backend available?)</source>
        <translation>Qt 的 TLS 后端无法读取证书或密钥（OpenSSL 后端是否可用？）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the directory %1 for the platform&apos;s certificate</source>
        <translation>无法为平台证书创建目录 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists but %2 is missing; restore it, or remove %1 to make a new key and certificate (consoles will then see a changed certificate)</source>
        <translation>%1 存在，但缺少 %2；请恢复该文件，或删除 %1 以生成新的密钥和证书（此后各控制台将检测到证书已变更）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2: %3</source>
        <translation>%1 和 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 expired on %2; remove %1 and %3 to make a new certificate (consoles will then see a changed certificate)</source>
        <translation>%1 已于 %2 过期；请删除 %1 和 %3 以生成新证书（此后各控制台将检测到证书已变更）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>rw::SessionApi</name>
    <message>
        <location filename="../platform/api/sessionapi.cpp" line="+25"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>请求体不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body must be a JSON object</source>
        <translation>请求体必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>fields &quot;user&quot; and &quot;password&quot; are required strings</source>
        <translation>字段“user”和“password”为必填字符串</translation>
    </message>
</context>
<context>
    <name>rw::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+30"/>
        <source>&amp;Forget pin</source>
        <translation>取消固定(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import certificate…</source>
        <translation>导入证书(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Industry platform</source>
        <translation>行业平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the embedded reference platform with simulated traffic</source>
        <translation>留空：使用内嵌参考平台（模拟业务数据）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned certificate:</source>
        <translation>已固定证书：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next connection shows the platform&apos;s certificate for you to approve.</source>
        <translation>下次连接时将显示平台的证书，供您确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin the certificate the platform&apos;s operator gave you, before the first connection.</source>
        <translation>在首次连接前，固定平台运维方提供给您的证书。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map tiles</source>
        <translation>地图瓦片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (the offline base map)</source>
        <translation>不使用（离线底图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianditu (天地图)</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile server (XYZ URL template)</source>
        <translation>瓦片服务器（XYZ URL 模板）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>MBTiles file</source>
        <translation>MBTiles 文件</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Tile &amp;source:</source>
        <translation>瓦片来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language and the platform address take effect the next time RideWatch starts; the map tiles change at once.</source>
        <translation>语言和平台地址将在 RideWatch 下次启动时生效；地图瓦片立即切换。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform&apos;s certificate</source>
        <translation>平台证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Key (tk):</source>
        <translation>密钥（tk）(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key registered with Tianditu</source>
        <translation>在天地图申请的密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL template:</source>
        <translation>URL 模板(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;MBTiles file:</source>
        <translation>MBTiles 文件(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An .mbtiles file</source>
        <translation>.mbtiles 文件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The embedded platform&apos;s certificate is pinned at every start.</source>
        <translation>内嵌平台的证书在每次启动时自动固定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (enter a valid platform address first).</source>
        <translation>无（请先输入有效的平台地址）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None for %1: the next connection shows the platform&apos;s certificate for you to approve.</source>
        <translation>%1 尚无已固定证书：下次连接时将显示平台的证书，供您确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 for %1:
%2</source>
        <translation>%1 的 SHA-256 指纹：
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pinned certificate: enter the platform&apos;s https address before importing its certificate.</source>
        <translation>已固定证书：导入平台证书前，请先输入平台的 https 地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned certificate: %1</source>
        <translation>已固定证书：%1</translation>
    </message>
</context>
<context>
    <name>rw::ShortcutsDialog</name>
    <message>
        <location filename="../ui/settings/shortcutsdialog.cpp" line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>rw::SimulatedCity</name>
    <message>
        <location filename="../platform/simulator/simulatedcity.cpp" line="+51"/>
        <source>city %1: no city file at %2 (%3)</source>
        <translation>城市 %1：%2 处没有城市文件（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>city file %1: %2</source>
        <translation>城市文件 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（偏移量 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>regionCode must be a six-digit GB/T 2260 code, not %1</source>
        <translation>regionCode 应为六位 GB/T 2260 行政区划代码，而不是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provinceCode %1 is not the province of region %2</source>
        <translation>provinceCode %1 不是行政区划 %2 所属的省份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name and plateLetters are required</source>
        <translation>name 和 plateLetters 为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centre must be [longitude, latitude]</source>
        <translation>centre 应为 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operatingArea needs at least 3 points, has %1</source>
        <translation>operatingArea 至少需要 3 个点，实际为 %1 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operatingArea: point %1 is not [longitude, latitude]</source>
        <translation>operatingArea：点 %1 不是 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the centre lies outside the operatingArea</source>
        <translation>centre 位于 operatingArea 之外</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>town.centre must be [longitude, latitude]</source>
        <translation>town.centre 应为 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>town: spacingMetres must be ≥ 50 and at most lengthMetres and widthMetres, and streets must not be empty</source>
        <translation>town：spacingMetres 应不小于 50 且不大于 lengthMetres 和 widthMetres，streets 不得为空</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>road %1: point %2 is not [longitude, latitude, elevation]</source>
        <translation>道路 %1：点 %2 不是 [经度, 纬度, 高程]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>road %1: needs points and a speedKmh between 5 and 130</source>
        <translation>道路 %1：必须有 points，且 speedKmh 应在 5 至 130 之间</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>place %1: kind must be poi, township or outside, not &quot;%2&quot;</source>
        <translation>地点 %1：kind 应为 poi、township 或 outside，而不是“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>place %1: coordinate must be [longitude, latitude]</source>
        <translation>地点 %1：coordinate 应为 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>place %1: kind %2 but it lies inside the operatingArea</source>
        <translation>地点 %1：kind 为 %2，但位于 operatingArea 之内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place %1: kind %2 but it lies outside the operatingArea</source>
        <translation>地点 %1：kind 为 %2，但位于 operatingArea 之外</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>place %1: no road within 1.5 km</source>
        <translation>地点 %1：1.5 公里范围内没有道路</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the road network is not connected</source>
        <translation>道路网络不连通</translation>
    </message>
</context>
<context>
    <name>rw::SimulationRunner</name>
    <message>
        <location filename="../platform/simulationrunner.cpp" line="+117"/>
        <source>the traffic simulator cannot start: %1</source>
        <translation>业务模拟器无法启动：%1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the audit trail cannot be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the simulated city&apos;s %1 permits cannot be imported: %2</source>
        <translation>无法导入模拟城市的%1许可：%2</translation>
    </message>
</context>
<context>
    <name>rw::SimulatorConfig</name>
    <message>
        <location filename="../platform/simulator/simulatorconfig.cpp" line="+13"/>
        <source>simulator companies: %1, must be from 1 to 99</source>
        <translation>模拟器公司数：%1，取值范围应为 1 至 99</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator vehicles per company: %1, must be from 1 to 100000</source>
        <translation>模拟器每家公司车辆数：%1，取值范围应为 1 至 100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator drivers per vehicle: %1, must be from 1 to 4</source>
        <translation>模拟器每车驾驶员数：%1，取值范围应为 1 至 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator position interval: %1 s, must be from 1 to 3600 s</source>
        <translation>模拟器车辆定位间隔：%1 秒，取值范围应为 1 至 3600 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator driver position interval: %1 s, must be from 1 to 3600 s</source>
        <translation>模拟器驾驶员定位间隔：%1 秒，取值范围应为 1 至 3600 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulator speed: %1, must be above 0 and at most 3600</source>
        <translation>模拟器速度倍率：%1，应大于 0 且不超过 3600</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator orders per vehicle-hour: %1, must be from 0 to 20</source>
        <translation>模拟器每车每小时订单数：%1，取值范围应为 0 至 20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator batch size: %1, must be at least 1</source>
        <translation>模拟器批次大小：%1，至少应为 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulator base URL &quot;%1&quot;: must be an http or https URL</source>
        <translation>模拟器基础 URL“%1”：应为 http 或 https URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the traffic simulator: companies uploading to this platform.</source>
        <translation>运行业务模拟器：模拟网约车平台公司向本平台上传数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City to simulate: a region code of a built-in city or a city JSON file.</source>
        <translation>要模拟的城市：内置城市的行政区划代码，或城市 JSON 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code|file</source>
        <translation>代码|文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of simulated platform companies.</source>
        <translation>模拟的网约车平台公司数量。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Vehicles per simulated company.</source>
        <translation>每家模拟公司的车辆数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between vehicle position reports.</source>
        <translation>车辆定位信息上报间隔（秒）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed: the same seed gives the same traffic.</source>
        <translation>随机种子：种子相同，则生成的模拟业务数据相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faults to inject, e.g. late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001.</source>
        <translation>要注入的故障，例如 late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated seconds per real second.</source>
        <translation>每 1 秒实际时间对应的模拟秒数。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factor</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sim-companies: &quot;%1&quot; is not a whole number</source>
        <translation>--sim-companies：“%1”不是整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-vehicles: &quot;%1&quot; is not a whole number</source>
        <translation>--sim-vehicles：“%1”不是整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-interval: &quot;%1&quot; is not a whole number of seconds</source>
        <translation>--sim-interval：“%1”不是整数秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sim-seed: &quot;%1&quot; is not a non-negative whole number</source>
        <translation>--sim-seed：“%1”不是非负整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-speed: &quot;%1&quot; is not a number</source>
        <translation>--sim-speed：“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>rw::Statement</name>
    <message>
        <location filename="../models/storage/statement.cpp" line="+74"/>
        <source>the statement has no parameter named %1</source>
        <translation>该语句没有名为 %1 的参数</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+136"/>
        <source>the statement was not prepared</source>
        <translation>该语句未经准备（prepare）</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>parameter %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
</context>
<context>
    <name>rw::StatusApi</name>
    <message>
        <location filename="../platform/api/statusapi.cpp" line="+46"/>
        <source>query parameter region: &quot;%1&quot; is not a six-digit GB/T 2260 code</source>
        <translation>查询参数 region：“%1”不是六位 GB/T 2260 行政区划代码</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoard</name>
    <message>
        <location filename="../models/outages/statusboard.cpp" line="+43"/>
        <location line="+16"/>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+23"/>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</source>
        <translation>“%1”不是 baseInfo、order、operate、position、rated 或 share</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoardModel</name>
    <message>
        <location filename="../models/itemmodels/statusboardmodel.cpp" line="+69"/>
        <source>Upload access suspended (Art. 13): %1</source>
        <translation>暂停接入（第十三条）：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>距今 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>传输中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open (#%1)</source>
        <translation>未恢复（#%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last record</source>
        <translation>最近一条记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records/min</source>
        <translation>记录数/分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage</source>
        <translation>传输中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>接入</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoardPage</name>
    <message>
        <location filename="../ui/outages/statusboardpage.cpp" line="+59"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend or restore access…</source>
        <translation>暂停或恢复接入…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed 000 Art. 21: the platform watches every company&apos;s link around the clock. Records per minute over the last 5 minutes; a red row has an open outage.</source>
        <translation>《网络预约出租汽车监管信息交互平台运行管理办法》第二十一条：平台对各平台公司的数据传输链路实行 7×24 小时监测。每分钟记录数按最近 5 分钟计算；红色行表示存在尚未恢复的传输中断。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+76"/>
        <location line="+46"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n 家平台公司</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 open outage(s), %2 suspended</source>
        <translation>；%1 项传输中断尚未恢复，%2 家已暂停接入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Board of %1 (CST), received %2 ago</source>
        <translation>监测数据时间 %1（北京时间），%2前接收</translation>
    </message>
</context>
<context>
    <name>rw::SuspensionDialog</name>
    <message>
        <location filename="../ui/outages/suspensiondialog.cpp" line="+31"/>
        <source>Upload access of %1</source>
        <translation>%1 的上传接入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the current state…</source>
        <translation>正在加载当前状态…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspended (CST)</source>
        <translation>暂停时间（北京时间）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By, reason</source>
        <translation>操作人：理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored (CST)</source>
        <translation>恢复时间（北京时间）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (required; recorded in the history and the audit log):</source>
        <translation>理由（必填；将记入历史记录和审计日志）：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Uploads are suspended (Art. 13) since %1 by %2: %3</source>
        <translation>自 %1 起已由 %2 暂停接入（第十三条）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploads are allowed.</source>
        <translation>允许上传。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>still suspended</source>
        <translation>仍在暂停</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore access</source>
        <translation>恢复接入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspend access</source>
        <translation>暂停接入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the reason for restoring the access (seed 000 Art. 13).</source>
        <translation>请填写恢复接入的理由（《网络预约出租汽车监管信息交互平台运行管理办法》第十三条）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for suspending the access (seed 000 Art. 13).</source>
        <translation>请填写暂停接入的理由（《网络预约出租汽车监管信息交互平台运行管理办法》第十三条）。</translation>
    </message>
</context>
<context>
    <name>rw::TileFetcher</name>
    <message>
        <location filename="../models/map/tilefetcher.cpp" line="+190"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent an empty body</source>
        <translation>服务器返回的内容为空</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the MBTiles file has no such tile</source>
        <translation>MBTiles 文件中没有该瓦片</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the tile is empty</source>
        <translation>瓦片为空</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tile z%1 x%2 y%3 (layer %4) from %5: %6</source>
        <translation>瓦片 z%1 x%2 y%3（图层 %4，来源 %5）：%6</translation>
    </message>
</context>
<context>
    <name>rw::TileLayer</name>
    <message>
        <location filename="../ui/map/tilelayer.cpp" line="+32"/>
        <source>Tile z%1 x%2 y%3: the data is not an image Qt can read (%4 bytes).</source>
        <translation>瓦片 z%1 x%2 y%3：数据不是 Qt 可读取的图像（%4 字节）。</translation>
    </message>
</context>
<context>
    <name>rw::TileSource</name>
    <message>
        <location filename="../models/map/tilesource.cpp" line="+161"/>
        <source>Offline base map</source>
        <translation>离线底图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile server (%1)</source>
        <translation>瓦片服务器（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles file</source>
        <translation>MBTiles 文件</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+7"/>
        <source>Tiles: %1</source>
        <translation>瓦片：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>© Tianditu (National Platform for Common Geospatial Information Services)</source>
        <translation>© 天地图（国家地理信息公共服务平台）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 贡献者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tianditu needs a key: set map/tiandituKey to the key (tk) registered with Tianditu.</source>
        <translation>使用天地图需要密钥：请将 map/tiandituKey 设置为在天地图申请的密钥（tk）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tile URL template &quot;%1&quot; is not an http(s) URL.</source>
        <translation>瓦片 URL 模板“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tile URL template &quot;%1&quot; lacks one of {z}, {x} and {y}.</source>
        <translation>瓦片 URL 模板“%1”缺少 {z}、{x}、{y} 中的一项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tile URL template &quot;%1&quot; has {s} but no sub-domains are set (map/xyzSubdomains).</source>
        <translation>瓦片 URL 模板“%1”含有 {s}，但未设置子域名（map/xyzSubdomains）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MBTiles file is set (map/mbtilesPath).</source>
        <translation>未设置 MBTiles 文件（map/mbtilesPath）。</translation>
    </message>
</context>
<context>
    <name>rw::Totp</name>
    <message numerus="yes">
        <location filename="../models/security/totp.cpp" line="+101"/>
        <source>The one-time code must be exactly %n digit(s).</source>
        <translation>
            <numerusform>动态验证码必须为 %n 位数字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>This one-time code was already used; wait for the next one (every %n second(s)).</source>
        <translation>
            <numerusform>此动态验证码已被使用；请等待下一个验证码（每 %n 秒更新一次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The one-time code is wrong or too old (codes are accepted up to %n step(s) away).</source>
        <translation>
            <numerusform>动态验证码错误或已过期（仅接受前后 %n 个时间步长内的验证码）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TrackClient</name>
    <message>
        <location filename="../models/client/trackclient.cpp" line="+30"/>
        <source>from: no valid time is given</source>
        <translation>from：未提供有效时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to: no valid time is given</source>
        <translation>to：未提供有效时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to: %1 is before from (%2)</source>
        <translation>to：%1 早于 from（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from–to: the period spans %1 h, more than the limit of %2 h; choose a shorter period</source>
        <translation>from–to：时间段跨度为 %1 小时，超过 %2 小时的上限；请选择较短的时间段</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>company: no company is given</source>
        <translation>company：未指定平台公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plate: no plate number is given</source>
        <translation>plate：未指定车牌号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The track of %1 cannot be loaded: %2</source>
        <translation>无法加载 %1 的轨迹：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the track of %1 failed (%2): %3</source>
        <translation>加载 %1 的轨迹失败（%2）：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The track of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的轨迹：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the track of %1 failed: %2</source>
        <translation>加载 %1 的轨迹失败：%2</translation>
    </message>
</context>
<context>
    <name>rw::TrackEvent</name>
    <message>
        <location filename="../models/tracks/trackevent.cpp" line="+12"/>
        <source>Pickup</source>
        <translation>上车</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop-off</source>
        <translation>下车</translation>
    </message>
</context>
<context>
    <name>rw::TrackLayer</name>
    <message>
        <location filename="../ui/map/tracklayer.cpp" line="+256"/>
        <source>%1 %2</source>
        <comment>track event label: kind, time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rw::TrackParser</name>
    <message>
        <location filename="../models/tracks/trackparser.cpp" line="+32"/>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the track is not JSON: %1 at byte %2</source>
        <translation>轨迹不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the track is not a JSON object</source>
        <translation>轨迹不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: expected the non-empty text of the request, found %2</source>
        <translation>%1：应为请求中的非空文本，实际为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected Unix seconds (a whole number), found %2</source>
        <translation>%1：应为以秒为单位的 Unix 时间（整数），实际为 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pointFields: expected an array of column names, found %1</source>
        <translation>pointFields：应为列名数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pointFields: the column &quot;%1&quot; is missing</source>
        <translation>pointFields：缺少列“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>points: expected an array, found %1</source>
        <translation>points：应为数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events: expected an array, found %1</source>
        <translation>events：应为数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>point %1: expected an array of %2 values, found %3</source>
        <translation>点 %1：应为包含 %2 个值的数组，实际为 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>point %1: %2: %3 is not %4</source>
        <translation>点 %1：%2：%3 不是%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unix seconds (a whole number)</source>
        <translation>以秒为单位的 Unix 时间（整数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 1e-6 degree within range</source>
        <translation>取值范围内以 1e-6 度为单位的整数</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>event %1: kind: %2 is neither &quot;pickup&quot; nor &quot;dropoff&quot;</source>
        <translation>事件 %1：kind：%2 既不是“pickup”也不是“dropoff”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event %1: time: %2 is not Unix seconds (a whole number)</source>
        <translation>事件 %1：time：%2 不是以秒为单位的 Unix 时间（整数）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event %1: %2: %3 is not a whole number of 1e-6 degree within range</source>
        <translation>事件 %1：%2：%3 不是取值范围内以 1e-6 度为单位的整数</translation>
    </message>
</context>
<context>
    <name>rw::TrackReplayPanel</name>
    <message>
        <location filename="../ui/tracks/trackreplaypanel.cpp" line="+49"/>
        <source>Track replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CompanyId, e.g. 4690WZSYC001</source>
        <translation>CompanyId，例如 4690WZSYC001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate number, e.g. 琼D10001</source>
        <translation>车牌号，例如琼D10001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Company:</source>
        <translation>平台公司(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>开始时间(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>结束时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Load track</source>
        <translation>加载轨迹(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops loading the track (Esc)</source>
        <translation>停止加载轨迹（Esc）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the track…</source>
        <translation>正在加载轨迹…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replay time</source>
        <translation>回放时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed:</source>
        <translation>回放速度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ollow the vehicle</source>
        <translation>跟随车辆(&amp;O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pickups and drop-offs:</source>
        <translation>上下车记录：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickups and drop-offs</source>
        <translation>上下车记录</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Company: enter the CompanyId of the platform company.</source>
        <translation>平台公司：请输入网约车平台公司的 CompanyId。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate: enter the plate number of the vehicle.</source>
        <translation>车牌号：请输入车辆的车牌号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>时间段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection to the platform.</source>
        <translation>未连接平台。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1  %2%3</source>
        <comment>time, event kind, order</comment>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a vehicle and a period (at most 24 hours), then load its track.</source>
        <translation>请选择车辆和时间段（最长 24 小时），然后加载其轨迹。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n fix(es)</source>
        <translation>
            <numerusform>%1：%n 个定位点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pickup(s)</source>
        <translation>
            <numerusform>上车 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drop-off(s)</source>
        <translation>
            <numerusform>下车 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no positions were stored for this vehicle in this period</source>
        <translation>平台未存储该车辆在此时间段内的定位信息</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only the first %n fixes are shown: choose a shorter period</source>
        <translation>
            <numerusform>仅显示前 %n 个定位点：请选择较短的时间段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n 条记录无法读取</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <comment>a sentence made of the summary&apos;s parts</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No track loaded.</source>
        <translation>未加载轨迹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed unknown</source>
        <translation>速度未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no fixes for %n s</source>
        <translation>
            <numerusform>%n 秒无定位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TracksApi</name>
    <message>
        <location filename="../platform/api/tracksapi.cpp" line="+174"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>未知参数“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1 is given more than once</source>
        <translation>参数 %1 重复指定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter %1: &quot;%2&quot; is not a time in Unix seconds (a whole number from 0 to %3, e.g. 1763700000)</source>
        <translation>参数 %1：“%2”不是以 Unix 秒数表示的时间（应为 0 至 %3 之间的整数，例如 1763700000）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameter %1 is missing (needed: %2)</source>
        <translation>缺少参数 %1（需要：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parameter company: &quot;%1&quot; is not a CompanyId (1 to 32 characters)</source>
        <translation>参数 company：“%1”不是 CompanyId（1 至 32 个字符）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter plate: &quot;%1&quot; is not a VehicleNo (1 to 32 characters)</source>
        <translation>参数 plate：“%1”不是 VehicleNo（1 至 32 个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter to: %1 (%2) is before from %3 (%4)</source>
        <translation>参数 to：%1（%2）早于 from %3（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the period from %1 to %2 spans %3 h, more than the limit of %4 h (parameters from and to): ask for a shorter period</source>
        <translation>从 %1 到 %2 的时间段跨度为 %3 小时，超过 %4 小时的上限（参数 from 和 to）：请缩短查询时间段</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the interface catalogue lacks positionVehicle, operateDepart or operateArrive</source>
        <translation>接口目录中缺少 positionVehicle、operateDepart 或 operateArrive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the positions of a track</source>
        <translation>读取轨迹的定位数据</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>read the pickups of a track</source>
        <translation>读取轨迹的上车记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the drop-offs of a track</source>
        <translation>读取轨迹的下车记录</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Company %1 holds no company permit within the scope %2 of account %3</source>
        <translation>平台公司 %1 在账号 %3 的管辖范围 %2 内未取得经营许可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter company: no platform company %1 is registered</source>
        <translation>参数 company：未登记平台公司 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the positions cannot be read: %1</source>
        <translation>无法读取定位数据：%1</translation>
    </message>
</context>
<context>
    <name>rw::TrafficSimulator</name>
    <message>
        <location filename="../platform/simulator/trafficsimulator.cpp" line="+45"/>
        <source>fault plan: outage of company &quot;%1&quot;: no such company (C1 to C%2, or a CompanyId)</source>
        <translation>故障计划：公司“%1”的中断：无此公司（应为 C1 至 C%2，或某个 CompanyId）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>simulating %1 companies × %2 vehicles in %3 from %4, faults: %5</source>
        <translation>正在模拟%3的 %1 家公司 × %2 辆车，起始时间 %4，故障：%5</translation>
    </message>
</context>
<context>
    <name>rw::Transaction</name>
    <message>
        <location filename="../models/storage/transaction.cpp" line="+18"/>
        <location line="+5"/>
        <source>begin a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a transaction is already open on this connection; transactions do not nest</source>
        <translation>此连接上已有打开的事务；事务不能嵌套</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>commit a transaction</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the transaction is not active</source>
        <translation>事务未处于活动状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>roll back a transaction</source>
        <translation>回滚事务</translation>
    </message>
</context>
<context>
    <name>rw::VehicleBaseInfoQuery</name>
    <message>
        <location filename="../platform/quality/vehiclebaseinfoquery.cpp" line="+21"/>
        <source>read the vehicles with base-info of company %1</source>
        <translation>读取公司 %1 已报送基础信息的车辆</translation>
    </message>
</context>
<context>
    <name>rw::VehicleCard</name>
    <message>
        <location filename="../ui/map/vehiclecard.cpp" line="+24"/>
        <source>Replay track…</source>
        <translation>轨迹回放…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vehicle details</source>
        <translation>车辆详情</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close vehicle details</source>
        <translation>关闭车辆详情</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company</source>
        <translation>平台公司</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>营运状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fix</source>
        <translation>最近定位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permit status</source>
        <translation>许可状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw this vehicle&apos;s positions over a period and play them back</source>
        <translation>绘制该车辆在某一时间段内的定位轨迹并进行回放</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1° %2</source>
        <translation>%1°（%2）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not sent</source>
        <translation>未上报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ago</source>
        <translation>距今 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — stale (no fix for over %2 s)</source>
        <translation>%1（已超时：超过 %2 秒无定位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1° E, %2° N (%3)</source>
        <translation>东经 %1°，北纬 %2°（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn approximately: sent in %1, the map is %2.</source>
        <translation>近似绘制：上报坐标系为 %1，地图坐标系为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Emergency (JT/T 808 bit 0), WarnStatus 0x%1</source>
        <translation>紧急报警（JT/T 808 第 0 位），WarnStatus 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WarnStatus 0x%1 (JT/T 808 alarm bits)</source>
        <translation>WarnStatus 0x%1（JT/T 808 报警标志位）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in position records</source>
        <translation>定位记录中未提供</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Unknown: the city&apos;s permit data is not connected yet</source>
        <translation>未知：尚未接入本市许可数据</translation>
    </message>
</context>
<context>
    <name>rw::VehicleFilter</name>
    <message>
        <location filename="../ui/map/vehiclefilter.cpp" line="+14"/>
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (no fix for over 60 s)</source>
        <translation>定位超时（超过 60 秒无定位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate position (other datum)</source>
        <translation>近似位置（其他坐标系）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fresh fixes only</source>
        <translation>仅定位及时的车辆</translation>
    </message>
</context>
<context>
    <name>rw::VehicleFixParser</name>
    <message>
        <location filename="../models/fleet/vehiclefixparser.cpp" line="+123"/>
        <source>IPCType: %1 is not positionVehicle; only vehicle fixes go on the fleet map</source>
        <translation>IPCType：%1 不是 positionVehicle；车辆地图仅显示车辆定位信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CompanyId: required, absent or empty</source>
        <translation>CompanyId：必填字段缺失或为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VehicleNo: required, absent or empty</source>
        <translation>VehicleNo：必填字段缺失或为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PositionTime: required, absent</source>
        <translation>PositionTime：必填字段缺失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PositionTime: %1 is neither Unix seconds nor a YYYYMMDDhhmmss date-time</source>
        <translation>PositionTime：%1 既不是 Unix 秒数，也不是 YYYYMMDDhhmmss 格式的日期时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: required, absent</source>
        <translation>%1：必填字段缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a whole number of 1e-6 degree</source>
        <translation>%1：%2 不是以 1e-6 度为单位的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is outside −%3..%3 (1e-6 degree)</source>
        <translation>%1：%2 超出 −%3..%3 的范围（单位：1e-6 度）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
</context>
<context>
    <name>rw::VehicleLayer</name>
    <message>
        <location filename="../ui/map/vehiclelayer.cpp" line="+355"/>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>rw::VehiclePermitStatus</name>
    <message>
        <location filename="../models/client/vehiclepermitstatus.cpp" line="+17"/>
        <source>no date given</source>
        <translation>未给出日期</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Wuzhishan rules Art. 14 (%1): the city issues the transport certificate</source>
        <translation>五指山市实施细则第十四条（%1）：由市行政审批服务局核发运输证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wuzhishan rules Art. 41 (%1): valid from issue until 8 years after the first registration</source>
        <translation>五指山市实施细则第四十一条（%1）：自发证之日起有效，至车辆初次注册之日起满 8 年止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the city&apos;s permit registry…</source>
        <translation>正在查询本市许可登记…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until %1 (transport certificate %2)</source>
        <translation>有效期至 %1（运输证 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1 (transport certificate %2) — %3</source>
        <translation>已于 %1 过期（运输证 %2）— %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transport certificate %1 of this plate was issued to company %2, not %3</source>
        <translation>该车牌的运输证 %1 核发给平台公司 %2，而非 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: no transport certificate for %1 in the city&apos;s registry — %2</source>
        <translation>缺失：本市许可登记中没有 %1 的运输证 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unavailable: %1</source>
        <translation>无法查询：%1</translation>
    </message>
</context>
</TS>
