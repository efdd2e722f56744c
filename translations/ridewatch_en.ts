<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RegistryGen</name>
    <message>
        <location filename="../platform/permits/registrygenmain.cpp" line="+50"/>
        <source>Fills a RideWatch platform database with a synthetic city permit registry.</source>
        <translation>Fills a RideWatch platform database with a synthetic city permit registry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform database file (created if missing).</source>
        <translation>The platform database file (created if missing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle permits (default 3000000).</source>
        <translation>Vehicle permits (default 3000000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver permits (default 6000000).</source>
        <translation>Driver permits (default 6000000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform companies (default 400).</source>
        <translation>Platform companies (default 400).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed.</source>
        <translation>Random seed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--vehicles and --drivers must be whole numbers ≥ 0, --companies ≥ 1</source>
        <translation>--vehicles and --drivers must be whole numbers ≥ 0, --companies ≥ 1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 of %3 (%4 s)</source>
        <translation>%1: %2 of %3 (%4 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 s)</source>
        <translation>building %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted: stopping after this batch and building the indexes</source>
        <translation>interrupted: stopping after this batch and building the indexes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 companies, %2 vehicles, %3 drivers%4; rows %5 s, indexes %6 s; file %7 MiB</source>
        <translation>%1 companies, %2 vehicles, %3 drivers%4; rows %5 s, indexes %6 s; file %7 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/consolemain.cpp" line="+70"/>
        <source>RideWatch ride-hailing supervision console.</source>
        <translation>RideWatch ride-hailing supervision console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the industry platform, e.g. https://host:8443; it overrides the address in the settings. Without either, the console starts the reference platform in-process with simulated traffic.</source>
        <translation>Address of the industry platform, e.g. https://host:8443; it overrides the address in the settings. Without either, the console starts the reference platform in-process with simulated traffic.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database file of the embedded platform.</source>
        <translation>Database file of the embedded platform.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a screenshot of the main window after a few seconds, then quit.</source>
        <translation>Save a screenshot of the main window after a few seconds, then quit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Embedded platform only: sign in as this demo account at once (see the README).</source>
        <translation>Embedded platform only: sign in as this demo account at once (see the README).</translation>
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
The embedded reference platform starts instead; correct the address in Tools → Settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a platform address.</source>
        <translation>&quot;%1&quot; is not a platform address.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>embedded reference platform with simulated traffic (%1)</source>
        <translation>embedded reference platform with simulated traffic (%1)</translation>
    </message>
    <message>
        <location filename="../app/platformmain.cpp" line="+71"/>
        <source>Reference implementation of the ride-hailing industry platform (行业平台): accepts the companies&apos; uploads, validates and stores them, and serves the RideWatch console.</source>
        <translation>Reference implementation of the ride-hailing industry platform (行业平台): accepts the companies&apos; uploads, validates and stores them, and serves the RideWatch console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite database file (default: %1).</source>
        <translation>SQLite database file (default: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP port (default 8080; 0 picks a free one).</source>
        <translation>TCP port (default 8080; 0 picks a free one).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full (default): fsync every commit; normal: survive process crashes only.</source>
        <translation>full (default): fsync every commit; normal: survive process crashes only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest accepted request body in MiB (default 32).</source>
        <translation>Largest accepted request body in MiB (default 32).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a platform company and print its new upload token, then exit.</source>
        <translation>Register a platform company and print its new upload token, then exit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name for --add-company.</source>
        <translation>Name for --add-company.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve plain HTTP instead of HTTPS (debugging only: tokens and data travel in clear).</source>
        <translation>Serve plain HTTP instead of HTTPS (debugging only: tokens and data travel in clear).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory of platform.key and platform.crt (default: the database&apos;s directory).</source>
        <translation>Directory of platform.key and platform.crt (default: the database&apos;s directory).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra host name or address for a new certificate (repeatable).</source>
        <translation>Extra host name or address for a new certificate (repeatable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the first system administrator USER, print a one-time password and the TOTP provisioning URI, then exit. Refused if any account exists.</source>
        <translation>Create the first system administrator USER, print a one-time password and the TOTP provisioning URI, then exit. Refused if any account exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create the demo accounts, one per role, with the known passwords listed in README (demo mode only; never on a real platform).</source>
        <translation>Create the demo accounts, one per role, with the known passwords listed in README (demo mode only; never on a real platform).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recompute the quality numbers of a CST month from the raw records, print how they differ from the stored ones per company, and exit.</source>
        <translation>Recompute the quality numbers of a CST month from the raw records, print how they differ from the stored ones per company, and exit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: &quot;%1&quot; is not an IP address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port: &quot;%1&quot; is not a port number</source>
        <translation>--port: &quot;%1&quot; is not a port number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sync: use full or normal, not &quot;%1&quot;</source>
        <translation>--sync: use full or normal, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-body-mb: give 1 to 1024</source>
        <translation>--max-body-mb: give 1 to 1024</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>System administrator %1 created.</source>
        <translation>System administrator %1 created.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-time password (change it at the first sign-in): %1</source>
        <translation>One-time password (change it at the first sign-in): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTP provisioning URI (add it to an authenticator app): %1</source>
        <translation>TOTP provisioning URI (add it to an authenticator app): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ridewatch-platform cannot start: %1</source>
        <translation>ridewatch-platform cannot start: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: --no-tls: serving plain HTTP; upload tokens, session tokens and personal data cross the network unencrypted. Use it for debugging only.</source>
        <translation>warning: --no-tls: serving plain HTTP; upload tokens, session tokens and personal data cross the network unencrypted. Use it for debugging only.</translation>
    </message>
</context>
<context>
    <name>rw::AccountInfo</name>
    <message>
        <location filename="../models/client/accountinfo.cpp" line="+33"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must change the password</source>
        <translation>Must change the password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an account without &quot;user&quot;</source>
        <translation>an account without &quot;user&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1: &quot;%2&quot; is not a role</source>
        <translation>account %1: &quot;%2&quot; is not a role</translation>
    </message>
</context>
<context>
    <name>rw::AccountListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/accountlistmodel.cpp" line="+108"/>
        <source>%n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>%n failed sign-in in a row</numerusform>
            <numerusform>%n failed sign-ins in a row</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 UTC; account created %2</source>
        <translation>%1 UTC; account created %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
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
        <translation>Sign-in is not available: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+40"/>
        <source>Sign-in is not available: the audit trail cannot be written</source>
        <translation>Sign-in is not available: the audit trail cannot be written</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The one-time code is wrong, expired or already used.</source>
        <translation>The one-time code is wrong, expired or already used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Account %1 is disabled; ask the system administrator.</source>
        <translation>Account %1 is disabled; ask the system administrator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 needs a one-time code (TOTP) but has no authenticator enrolled; ask the security administrator.</source>
        <translation>Account %1 needs a one-time code (TOTP) but has no authenticator enrolled; ask the security administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>Enter the one-time code from your authenticator app.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in is not available: the random generator failed</source>
        <translation>Sign-in is not available: the random generator failed</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sign in again to change the password.</source>
        <translation>Sign in again to change the password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>The password cannot be changed now: %1</source>
        <translation>The password cannot be changed now: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The password of %1 has been changed.</source>
        <translation>The password of %1 has been changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The session has ended; sign in again.</source>
        <translation>The session has ended; sign in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session has reached its time limit; sign in again.</source>
        <translation>The session has reached its time limit; sign in again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session cannot be unlocked now: %1</source>
        <translation>The session cannot be unlocked now: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocked.</source>
        <translation>Unlocked.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>--init-admin refused: the platform already has %n account(s); the system administrator creates further ones.</source>
        <translation>
            <numerusform>--init-admin refused: the platform already has %n account; the system administrator creates further ones.</numerusform>
            <numerusform>--init-admin refused: the platform already has %n accounts; the system administrator creates further ones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the audit trail cannot be written</source>
        <translation>the audit trail cannot be written</translation>
    </message>
</context>
<context>
    <name>rw::AccountStore</name>
    <message>
        <location filename="../models/security/accountstore.cpp" line="+72"/>
        <source>user name &quot;%1&quot; must be 1 to 64 characters without leading or trailing spaces</source>
        <translation>user name &quot;%1&quot; must be 1 to 64 characters without leading or trailing spaces</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>region of account %1: %2</source>
        <translation>region of account %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the password of account %1 could not be hashed</source>
        <translation>the password of account %1 could not be hashed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create account %1</source>
        <translation>create account %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>user name &quot;%1&quot; is already taken</source>
        <translation>user name &quot;%1&quot; is already taken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read an account</source>
        <translation>read an account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 has an unknown role &quot;%2&quot;</source>
        <translation>account %1 has an unknown role &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the accounts</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>count the accounts</source>
        <translation>count the accounts</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+66"/>
        <source>there is no account with id %1</source>
        <translation>there is no account with id %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>change the role of account %1</source>
        <translation>change the role of account %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rename account %1</source>
        <translation>rename account %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>disable or enable account %1</source>
        <translation>disable or enable account %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set the pending password change of account %1</source>
        <translation>set the pending password change of account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record sign-in attempts of account %1</source>
        <translation>record sign-in attempts of account %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new password of account %1 could not be hashed</source>
        <translation>the new password of account %1 could not be hashed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep the previous password of account %1</source>
        <translation>keep the previous password of account %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trim the password history of account %1</source>
        <translation>trim the password history of account %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the password of account %1</source>
        <translation>change the password of account %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the password history of account %1</source>
        <translation>read the password history of account %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the TOTP key of account %1 could not be encrypted</source>
        <translation>the TOTP key of account %1 could not be encrypted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enrol account %1 for TOTP</source>
        <translation>enrol account %1 for TOTP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the TOTP key of account %1</source>
        <translation>read the TOTP key of account %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TOTP key of account %1 does not open with this key (wrong key or altered row)</source>
        <translation>the TOTP key of account %1 does not open with this key (wrong key or altered row)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record the TOTP step of account %1</source>
        <translation>record the TOTP step of account %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 has no TOTP key</source>
        <translation>account %1 has no TOTP key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove the TOTP key of account %1</source>
        <translation>remove the TOTP key of account %1</translation>
    </message>
</context>
<context>
    <name>rw::AccountsApi</name>
    <message>
        <location filename="../platform/api/accountsapi.cpp" line="+100"/>
        <source>field &quot;role&quot;: &quot;%1&quot; is not a role (cityOfficer, provincialSupervisor, enforcementOfficer, systemAdministrator, securityAdministrator, auditAdministrator)</source>
        <translation>field &quot;role&quot;: &quot;%1&quot; is not a role (cityOfficer, provincialSupervisor, enforcementOfficer, systemAdministrator, securityAdministrator, auditAdministrator)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no such account operation: %1</source>
        <translation>no such account operation: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such account operation &quot;%1&quot; (disable, enable, password-reset, unlock)</source>
        <translation>no such account operation &quot;%1&quot; (disable, enable, password-reset, unlock)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation>there is no account &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 cannot disable itself</source>
        <translation>account %1 cannot disable itself</translation>
    </message>
</context>
<context>
    <name>rw::AccountsPage</name>
    <message>
        <location filename="../ui/admin/accountspage.cpp" line="+80"/>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the platform…</source>
        <translation>Waiting for the platform…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by user, name, role, region or state</source>
        <translation>Filter by user, name, role, region or state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Accounts&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create accounts, disable and enable them, and reset passwords; a reset makes the holder choose a new password. Lifting a lockout is the security administrator&apos;s duty (GB/T 22239-2019 §8.1.5: separated administrators).</source>
        <translation>Create accounts, disable and enable them, and reset passwords; a reset makes the holder choose a new password. Lifting a lockout is the security administrator&apos;s duty (GB/T 22239-2019 §8.1.5: separated administrators).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift the lockout of an account before it ends, e.g. after the holder has proved who they are. Accounts are created, disabled and reset by the system administrator.</source>
        <translation>Lift the lockout of an account before it ends, e.g. after the holder has proved who they are. Accounts are created, disabled and reset by the system administrator.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock the account &amp;named:</source>
        <translation>Unlock the account &amp;named:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Account %1 was created as %2%3. The holder must change the one-time password at the first sign-in.</source>
        <translation>Account %1 was created as %2%3. The holder must change the one-time password at the first sign-in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> for region %1</source>
        <translation> for region %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 was disabled; its sessions have ended.</source>
        <translation>Account %1 was disabled; its sessions have ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 was enabled.</source>
        <translation>Account %1 was enabled.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 was reset; the holder must choose a new one at the next sign-in.</source>
        <translation>The password of %1 was reset; the holder must choose a new one at the next sign-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 was unlocked; its holder can sign in again.</source>
        <translation>Account %1 was unlocked; its holder can sign in again.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The platform shows the list of accounts to the system administrator only. Enter the user name of a locked account to unlock it.</source>
        <translation>The platform shows the list of accounts to the system administrator only. Enter the user name of a locked account to unlock it.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your own account: use Change password in the Account menu instead.</source>
        <translation>Your own account: use Change password in the Account menu instead.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable account %1 (%2)? Its holder cannot sign in until the account is enabled again, and their open sessions end now.</source>
        <translation>Disable account %1 (%2)? Its holder cannot sign in until the account is enabled again, and their open sessions end now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reset the password of %1? A one-time password replaces the current one, their open sessions end, and they must choose a new password at the next sign-in.</source>
        <translation>Reset the password of %1? A one-time password replaces the current one, their open sessions end, and they must choose a new password at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>rw::AddBadRecordDialog</name>
    <message>
        <location filename="../ui/badrecords/addbadrecorddialog.cpp" line="+36"/>
        <source>Listed &amp;until:</source>
        <translation>Listed &amp;until:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding the entry on the platform…</source>
        <translation>Adding the entry on the platform…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to the bad-record list</source>
        <translation>Add to the bad-record list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the vehicle or driver is listed, e.g. the decision and its date</source>
        <translation>Why the vehicle or driver is listed, e.g. the decision and its date</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The entry is the city&apos;s (Wuzhishan rules Art. 34): it names who added it and when, and is kept when removed. A listed vehicle or driver that goes online raises an alert on the live map.</source>
        <translation>The entry is the city&apos;s (Wuzhishan rules Art. 34): it names who added it and when, and is kept when removed. A listed vehicle or driver that goes online raises an alert on the live map.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Plate: &quot;%1&quot; has %2 characters, at most %3 are allowed.</source>
        <translation>Plate: &quot;%1&quot; has %2 characters, at most %3 are allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number: %1 characters, at most %2 are allowed.</source>
        <translation>Licence number: %1 characters, at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number: no spaces inside (&quot;%1&quot;).</source>
        <translation>Licence number: no spaces inside (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1 characters, at most %2 are allowed.</source>
        <translation>Reason: %1 characters, at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until: %1 lies before today (%2).</source>
        <translation>Until: %1 lies before today (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Plate:</source>
        <translation>&amp;Plate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 琼DD12345</source>
        <translation>e.g. 琼DD12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LicenseId as companies upload it, usually the ID number</source>
        <translation>LicenseId as companies upload it, usually the ID number</translation>
    </message>
</context>
<context>
    <name>rw::AdminClient</name>
    <message>
        <location filename="../models/client/adminclient.cpp" line="+23"/>
        <source>Creating account %1</source>
        <translation>Creating account %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling account %1</source>
        <translation>Disabling account %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling account %1</source>
        <translation>Enabling account %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting the password of account %1</source>
        <translation>Resetting the password of account %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking account %1</source>
        <translation>Unlocking account %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting the audit log to %1</source>
        <translation>Exporting the audit log to %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Listing the accounts</source>
        <translation>Listing the accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating an account</source>
        <translation>Creating an account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling an account</source>
        <translation>Disabling an account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabling an account</source>
        <translation>Enabling an account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting a password</source>
        <translation>Resetting a password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking an account</source>
        <translation>Unlocking an account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the password policy</source>
        <translation>Reading the password policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the password policy</source>
        <translation>Saving the password policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching the audit log</source>
        <translation>Searching the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting the audit log</source>
        <translation>Exporting the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the audit log</source>
        <translation>Verifying the audit log</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1 failed (%2): %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the platform&apos;s answer has no &quot;accounts&quot; list</source>
        <translation>the platform&apos;s answer has no &quot;accounts&quot; list</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+23"/>
        <source>the platform&apos;s answer has no one-time password</source>
        <translation>the platform&apos;s answer has no one-time password</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the platform answered with &quot;%1&quot; instead of CSV (text/csv)</source>
        <translation>the platform answered with &quot;%1&quot; instead of CSV (text/csv)</translation>
    </message>
</context>
<context>
    <name>rw::AgeText</name>
    <message>
        <location filename="../models/domain/agetext.cpp" line="+8"/>
        <source>%1 s in the future</source>
        <translation>%1 s in the future</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>rw::AlertClient</name>
    <message>
        <location filename="../models/client/alertclient.cpp" line="+65"/>
        <source>alerts: the platform answered %1 %2: %3</source>
        <translation>alerts: the platform answered %1 %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts: no answer from the platform: %1</source>
        <translation>alerts: no answer from the platform: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alerts: the platform&apos;s answer has no &quot;alerts&quot; list or &quot;next&quot; cursor</source>
        <translation>alerts: the platform&apos;s answer has no &quot;alerts&quot; list or &quot;next&quot; cursor</translation>
    </message>
</context>
<context>
    <name>rw::AlertKind</name>
    <message>
        <location filename="../models/rules/alertkind.cpp" line="+40"/>
        <source>Unlicensed vehicle</source>
        <translation>Unlicensed vehicle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlicensed driver</source>
        <translation>Unlicensed driver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trip outside the area</source>
        <translation>Trip outside the area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle past retirement</source>
        <translation>Vehicle past retirement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order pushed while carrying</source>
        <translation>Order pushed while carrying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale position</source>
        <translation>Stale position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the bad-record list</source>
        <translation>On the bad-record list</translation>
    </message>
</context>
<context>
    <name>rw::AlertListModel</name>
    <message>
        <location filename="../models/itemmodels/alertlistmodel.cpp" line="+29"/>
        <source>not filed with the platform</source>
        <translation>not filed with the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no transport certificate</source>
        <translation>no transport certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no driver certificate</source>
        <translation>no driver certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate valid until %1</source>
        <translation>certificate valid until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate term from first registration ended on %1</source>
        <translation>certificate term from first registration ended on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>odometer %1 km, retirement at %2 km</source>
        <translation>odometer %1 km, retirement at %2 km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of use ran out after %1</source>
        <translation>years of use ran out after %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order %1: both ends of the trip outside the permitted area</source>
        <translation>order %1: both ends of the trip outside the permitted area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order %1 pushed while carrying order %2</source>
        <translation>order %1 pushed while carrying order %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver on the bad-record list</source>
        <translation>driver on the bad-record list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vehicle on the bad-record list</source>
        <translation>vehicle on the bad-record list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last position %1 s ago, at most %2 s allowed</source>
        <translation>last position %1 s ago, at most %2 s allowed</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>rw::AlertMonitor</name>
    <message>
        <location filename="../platform/alerts/alertmonitor.cpp" line="+119"/>
        <source>alerts: the database %1 has no alert table (schema too old)</source>
        <translation>alerts: the database %1 has no alert table (schema too old)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>alerts: the catalogue lacks baseInfoVehicle or baseInfoDriver</source>
        <translation>alerts: the catalogue lacks baseInfoVehicle or baseInfoDriver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rebuild the alert registry of vehicles</source>
        <translation>rebuild the alert registry of vehicles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rebuild the alert registry of drivers</source>
        <translation>rebuild the alert registry of drivers</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: vehicle %2 is on the bad-record list of %3 (entry %4): %5</source>
        <translation>%1: vehicle %2 is on the bad-record list of %3 (entry %4): %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: a driver on the bad-record list of %2 (entry %3) is in service: %4</source>
        <translation>%1: a driver on the bad-record list of %2 (entry %3) is in service: %4</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>read a trip&apos;s departure</source>
        <translation>read a trip&apos;s departure</translation>
    </message>
</context>
<context>
    <name>rw::AlertStore</name>
    <message>
        <location filename="../platform/alerts/alertstore.cpp" line="+83"/>
        <source>raise an alert</source>
        <translation>raise an alert</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>update an alert</source>
        <translation>update an alert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no alert %1</source>
        <translation>no alert %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>close an alert</source>
        <translation>close an alert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no open alert %1</source>
        <translation>no open alert %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the open alerts</source>
        <translation>read the open alerts</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>read the alerts</source>
        <translation>read the alerts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the latest alert revision</source>
        <translation>read the latest alert revision</translation>
    </message>
</context>
<context>
    <name>rw::AlertsApi</name>
    <message>
        <location filename="../platform/api/alertsapi.cpp" line="+31"/>
        <source>parameter &quot;%1&quot; is not known (since, limit)</source>
        <translation>parameter &quot;%1&quot; is not known (since, limit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>parameter %1 is given more than once</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter since: &quot;%1&quot; is not a revision (a whole number from 0)</source>
        <translation>parameter since: &quot;%1&quot; is not a revision (a whole number from 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the alerts cannot be read: %1</source>
        <translation>the alerts cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>rw::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts/alertspanel.cpp" line="+22"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert kind</source>
        <translation>Alert kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Alerts are not up to date: %1</source>
        <translation>Alerts are not up to date: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds (%1)</source>
        <translation>All kinds (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an alert to see the rule it breaks. Double-click or Enter shows the vehicle on the map.</source>
        <translation>Select an alert to see the rule it breaks. Double-click or Enter shows the vehicle on the map.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 — %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;since %6&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 — %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;since %6&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no plate)</source>
        <translation>(no plate)</translation>
    </message>
</context>
<context>
    <name>rw::ApiAuth</name>
    <message>
        <location filename="../platform/api/apiauth.cpp" line="+35"/>
        <source>the audit trail cannot be written</source>
        <translation>the audit trail cannot be written</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2 needs a session: send &quot;Authorization: Bearer &lt;token&gt;&quot; from POST /api/v1/session</source>
        <translation>%1 %2 needs a session: send &quot;Authorization: Bearer &lt;token&gt;&quot; from POST /api/v1/session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session token is not valid (signed out, expired or altered); sign in again.</source>
        <translation>The session token is not valid (signed out, expired or altered); sign in again.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The session reached its limit of %n hour(s) (rule sessionLimitHours); sign in again.</source>
        <translation>
            <numerusform>The session reached its limit of %n hour (rule sessionLimitHours); sign in again.</numerusform>
            <numerusform>The session reached its limit of %n hours (rule sessionLimitHours); sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The session was idle for %n minute(s) (rule idleLockMinutes) and is locked; sign in again.</source>
        <translation>
            <numerusform>The session was idle for %n minute (rule idleLockMinutes) and is locked; sign in again.</numerusform>
            <numerusform>The session was idle for %n minutes (rule idleLockMinutes) and is locked; sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 must be changed first: POST /api/v1/session/password</source>
        <translation>The password of %1 must be changed first: POST /api/v1/session/password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role %1 lacks permission %2 (%3) needed for %4 %5</source>
        <translation>Role %1 lacks permission %2 (%3) needed for %4 %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reveal=1 needs a reason=… saying why the personal data is needed; it is recorded in the audit trail</source>
        <translation>reveal=1 needs a reason=… saying why the personal data is needed; it is recorded in the audit trail</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Region %1 lies outside the scope %2 of account %3</source>
        <translation>Region %1 lies outside the scope %2 of account %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>rw::AuditApi</name>
    <message>
        <location filename="../platform/api/auditapi.cpp" line="+103"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>parameter &quot;%1&quot; is not known (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>parameter %1 is given more than once</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter %1: &quot;%2&quot; is neither an ISO 8601 time (2026-03-02T09:00:00+08:00) nor Unix milliseconds</source>
        <translation>parameter %1: &quot;%2&quot; is neither an ISO 8601 time (2026-03-02T09:00:00+08:00) nor Unix milliseconds</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter outcome: &quot;%1&quot; is not one of success, failure, denied</source>
        <translation>parameter outcome: &quot;%1&quot; is not one of success, failure, denied</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameter before: &quot;%1&quot; is not a sequence number (a whole number from 1)</source>
        <translation>parameter before: &quot;%1&quot; is not a sequence number (a whole number from 1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameters: %1</source>
        <translation>parameters: %1</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the export would hold %1 entries, more than the limit of %2; narrow it with from, to, actor, action, outcome or text</source>
        <translation>the export would hold %1 entries, more than the limit of %2; narrow it with from, to, actor, action, outcome or text</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the audit log cannot be read: %1</source>
        <translation>the audit log cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>rw::AuditChain</name>
    <message numerus="yes">
        <location filename="../models/security/auditchain.cpp" line="+125"/>
        <source>audit chain: the key has %n byte(s); at least 16 are needed</source>
        <translation>
            <numerusform>audit chain: the key has %n byte; at least 16 are needed</numerusform>
            <numerusform>audit chain: the key has %n bytes; at least 16 are needed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>audit entry %1 (seq %2) was inserted: its MAC is not valid and the entry after it follows the entry before it</source>
        <translation>audit entry %1 (seq %2) was inserted: its MAC is not valid and the entry after it follows the entry before it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content does not match its MAC</source>
        <translation>its content does not match its MAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry %1 (seq %2) was modified: %3</source>
        <translation>audit entry %1 (seq %2) was modified: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry %1 (seq %2) differs from the checkpoint taken at seq %3: the chain was rewritten from there</source>
        <translation>audit entry %1 (seq %2) differs from the checkpoint taken at seq %3: the chain was rewritten from there</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit entry %1 (seq %2) was inserted: it is a copy of an earlier entry</source>
        <translation>audit entry %1 (seq %2) was inserted: it is a copy of an earlier entry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit entry %1 (seq %2) was moved: the entry it follows comes later</source>
        <translation>audit entry %1 (seq %2) was moved: the entry it follows comes later</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry %1 (seq %2) was inserted: it repeats a link already in the chain</source>
        <translation>audit entry %1 (seq %2) was inserted: it repeats a link already in the chain</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n audit entry(s) before entry %1 (seq %2) were deleted: seq %3 to %4 are missing</source>
        <translation>
            <numerusform>%n audit entry before entry %1 (seq %2) was deleted: seq %3 to %4 are missing</numerusform>
            <numerusform>%n audit entries before entry %1 (seq %2) were deleted: seq %3 to %4 are missing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit entries before entry %1 (seq %2) were deleted: it follows an entry that is not there</source>
        <translation>audit entries before entry %1 (seq %2) were deleted: it follows an entry that is not there</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the audit trail ends at seq %1, but a checkpoint recorded seq %2: the entries after seq %1 were deleted</source>
        <translation>the audit trail ends at seq %1, but a checkpoint recorded seq %2: the entries after seq %1 were deleted</translation>
    </message>
</context>
<context>
    <name>rw::AuditChainReport</name>
    <message>
        <location filename="../models/client/auditchainreport.cpp" line="+8"/>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries before it deleted</source>
        <translation>entries before it deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of order</source>
        <translation>out of order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries at the end deleted</source>
        <translation>entries at the end deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the platform&apos;s verification has no &quot;ok&quot; (true or false)</source>
        <translation>the platform&apos;s verification has no &quot;ok&quot; (true or false)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the platform reports a broken audit chain without saying where (&quot;firstBroken&quot;)</source>
        <translation>the platform reports a broken audit chain without saying where (&quot;firstBroken&quot;)</translation>
    </message>
</context>
<context>
    <name>rw::AuditEntry</name>
    <message>
        <location filename="../models/security/auditentry.cpp" line="+75"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Denied</translation>
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
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>rw::AuditLogPage</name>
    <message>
        <location filename="../models/client/auditlogpage.cpp" line="+19"/>
        <source>an audit entry without a positive &quot;seq&quot; (%1)</source>
        <translation>an audit entry without a positive &quot;seq&quot; (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit entry #%1: &quot;at&quot; is not a time (%2)</source>
        <translation>audit entry #%1: &quot;at&quot; is not a time (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit entry #%1: &quot;%2&quot; is not an outcome (success, failure, denied)</source>
        <translation>audit entry #%1: &quot;%2&quot; is not an outcome (success, failure, denied)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the platform&apos;s answer has no &quot;entries&quot; list</source>
        <translation>the platform&apos;s answer has no &quot;entries&quot; list</translation>
    </message>
</context>
<context>
    <name>rw::AuditPage</name>
    <message>
        <location filename="../ui/admin/auditpage.cpp" line="+73"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>C&amp;lear filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User name, exactly</source>
        <translation>User name, exactly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. login, or account.* for all account actions</source>
        <translation>e.g. login, or account.* for all account actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text in the target or the address</source>
        <translation>Text in the target or the address</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Audit log&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+174"/>
        <source>The platform is preparing the export…</source>
        <translation>The platform is preparing the export…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Writing the file: %1 of %2</source>
        <translation>Writing the file: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries (%1) to %2.</source>
        <translation>
            <numerusform>Exported %n entry (%1) to %2.</numerusform>
            <numerusform>Exported %n entries (%1) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export cancelled; %1 was not written.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries shown; loading older ones…</source>
        <translation>
            <numerusform>%n entry shown; loading older ones…</numerusform>
            <numerusform>%n entries shown; loading older ones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n newest matching entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n newest matching entry shown; scroll down for older ones.</numerusform>
            <numerusform>%n newest matching entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry matches the filter.</source>
        <translation>No entry matches the filter.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n matching entries shown.</source>
        <translation>
            <numerusform>%n matching entry shown.</numerusform>
            <numerusform>All %n matching entries shown.</numerusform>
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
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The platform is verifying the audit chain…</source>
        <translation>The platform is verifying the audit chain…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verification cancelled; the chain was not checked. Verify chain asks again.</source>
        <translation>Verification cancelled; the chain was not checked. Verify chain asks again.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Chain intact: %n entries checked, the last one is #%1.</source>
        <translation>
            <numerusform>Chain intact: %n entry checked, the last one is #%1.</numerusform>
            <numerusform>Chain intact: %n entries checked, the last one is #%1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken at entry #%1</source>
        <translation>Broken at entry #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit chain is broken</source>
        <translation>The audit chain is broken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries before it are intact.</source>
        <translation>
            <numerusform>%n entry before it is intact.</numerusform>
            <numerusform>%n entries before it are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::AuditQuery</name>
    <message>
        <location filename="../models/security/auditquery.cpp" line="+24"/>
        <source>limit is %1, outside the allowed range 1 to %2</source>
        <translation>limit is %1, outside the allowed range 1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1 is later than to %2</source>
        <translation>from %1 is later than to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before is %1; a sequence number is 1 or more</source>
        <translation>before is %1; a sequence number is 1 or more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after is %1; a sequence number is 0 or more</source>
        <translation>after is %1; a sequence number is 0 or more</translation>
    </message>
</context>
<context>
    <name>rw::AuditStore</name>
    <message>
        <location filename="../models/security/auditstore.cpp" line="+38"/>
        <source>its outcome &quot;%1&quot; is not one of success, failure, denied</source>
        <translation>its outcome &quot;%1&quot; is not one of success, failure, denied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its time is not a whole number of milliseconds</source>
        <translation>its time is not a whole number of milliseconds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look up an audit entry by its MAC</source>
        <translation>look up an audit entry by its MAC</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>append the audit entry &quot;%1&quot; by %2</source>
        <translation>append the audit entry &quot;%1&quot; by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audit key is missing or shorter than 16 bytes</source>
        <translation>the audit key is missing or shorter than 16 bytes</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>read the audit log from seq %1</source>
        <translation>read the audit log from seq %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>count audit entries</source>
        <translation>count audit entries</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>search the audit log</source>
        <translation>search the audit log</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>count the audit entries a search selects</source>
        <translation>count the audit entries a search selects</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the last audit entry</source>
        <translation>read the last audit entry</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>start verifying the audit log</source>
        <translation>start verifying the audit log</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read the audit log&apos;s sequence counter</source>
        <translation>read the audit log&apos;s sequence counter</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the audit log ends at seq %1, but seq numbers up to %2 were handed out: the %n last entry(s) were deleted</source>
        <translation>
            <numerusform>the audit log ends at seq %1, but seq numbers up to %2 were handed out: the %n last entry was deleted</numerusform>
            <numerusform>the audit log ends at seq %1, but seq numbers up to %2 were handed out: the %n last entries were deleted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>finish verifying the audit log</source>
        <translation>finish verifying the audit log</translation>
    </message>
</context>
<context>
    <name>rw::BadRecord</name>
    <message>
        <location filename="../models/badrecords/badrecord.cpp" line="+110"/>
        <source>bad record: &quot;id&quot; must be a positive number, not %1</source>
        <translation>bad record: &quot;id&quot; must be a positive number, not %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad record %1: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%2&quot;</source>
        <translation>bad record %1: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad record %1: &quot;addedAt&quot; is not an ISO date-time: &quot;%2&quot;</source>
        <translation>bad record %1: &quot;addedAt&quot; is not an ISO date-time: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad record %1: &quot;until&quot; is not an ISO date: &quot;%2&quot;</source>
        <translation>bad record %1: &quot;until&quot; is not an ISO date: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad record %1: a %2 needs &quot;%3&quot;</source>
        <translation>bad record %1: a %2 needs &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordClient</name>
    <message>
        <location filename="../models/client/badrecordclient.cpp" line="+43"/>
        <source>Loading the bad-record list</source>
        <translation>Loading the bad-record list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding to the bad-record list</source>
        <translation>Adding to the bad-record list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing from the bad-record list</source>
        <translation>Removing from the bad-record list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding %1 to the bad-record list</source>
        <translation>Adding %1 to the bad-record list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing entry %1 from the bad-record list</source>
        <translation>Removing entry %1 from the bad-record list</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1 failed (%2): %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the platform&apos;s answer has no &quot;badRecords&quot; list</source>
        <translation>the platform&apos;s answer has no &quot;badRecords&quot; list</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a driver</source>
        <translation>a driver</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordListModel</name>
    <message>
        <location filename="../models/itemmodels/badrecordlistmodel.cpp" line="+27"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed by %1 on %2</source>
        <translation>Removed by %1 on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran out after %1</source>
        <translation>Ran out after %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Removed by %1 on %2: %3</source>
        <translation>Removed by %1 on %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate / licence</source>
        <translation>Plate / licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordStore</name>
    <message>
        <location filename="../platform/badrecords/badrecordstore.cpp" line="+127"/>
        <source>regionCode: &quot;%1&quot; is not a six-digit region code</source>
        <translation>regionCode: &quot;%1&quot; is not a six-digit region code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a %2 is listed by its %1, which is empty</source>
        <translation>%1: a %2 is listed by its %1, which is empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; has %3 characters, at most %4 are allowed</source>
        <translation>%1: &quot;%2&quot; has %3 characters, at most %4 are allowed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason: an entry on the bad-record list needs a reason (seed 002 Art. 34)</source>
        <translation>reason: an entry on the bad-record list needs a reason (seed 002 Art. 34)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>reason: %1 characters, at most %2 are allowed</source>
        <translation>reason: %1 characters, at most %2 are allowed</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>until: %1 lies before today (%2, China Standard Time)</source>
        <translation>until: %1 lies before today (%2, China Standard Time)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>addedBy: the account that lists the subject is missing</source>
        <translation>addedBy: the account that lists the subject is missing</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>look for an active bad record</source>
        <translation>look for an active bad record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is already on the bad-record list of %3 (entry %4)</source>
        <translation>%1 &quot;%2&quot; is already on the bad-record list of %3 (entry %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add a bad record</source>
        <translation>add a bad record</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the audit trail cannot be written, so the bad record was not added</source>
        <translation>the audit trail cannot be written, so the bad record was not added</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reason: removing bad record %1 needs a reason</source>
        <translation>reason: removing bad record %1 needs a reason</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removedBy: the account that removes bad record %1 is missing</source>
        <translation>removedBy: the account that removes bad record %1 is missing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no bad record %1</source>
        <translation>there is no bad record %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad record %1 was removed already, by %2 on %3</source>
        <translation>bad record %1 was removed already, by %2 on %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove bad record %1</source>
        <translation>remove bad record %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the audit trail cannot be written, so bad record %1 was not removed</source>
        <translation>the audit trail cannot be written, so bad record %1 was not removed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read bad record %1</source>
        <translation>read bad record %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list the bad records</source>
        <translation>list the bad records</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the bad records of one subject</source>
        <translation>read the bad records of one subject</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>look up the bad-record list</source>
        <translation>look up the bad-record list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the bad-record lists</source>
        <translation>read the bad-record lists</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordsApi</name>
    <message>
        <location filename="../platform/api/badrecordsapi.cpp" line="+43"/>
        <source>the body must be a JSON object: %1</source>
        <translation>the body must be a JSON object: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at offset %2</source>
        <translation>%1 at offset %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>active=&quot;%1&quot; must be 1 (active entries only) or 0 (all)</source>
        <translation>active=&quot;%1&quot; must be 1 (active entries only) or 0 (all)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>the lookup cannot be recorded in the audit trail, so it is not answered</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>field &quot;subject&quot;: &quot;%1&quot; is not &quot;vehicle&quot; or &quot;driver&quot;</source>
        <translation>field &quot;subject&quot;: &quot;%1&quot; is not &quot;vehicle&quot; or &quot;driver&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;%1&quot;: a %2 is listed by its %1, given as a string</source>
        <translation>field &quot;%1&quot;: a %2 is listed by its %1, given as a string</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;%1&quot; does not belong to a %2 entry; give &quot;%3&quot; only</source>
        <translation>field &quot;%1&quot; does not belong to a %2 entry; give &quot;%3&quot; only</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;reason&quot;: an entry on the bad-record list needs a reason (seed 002 Art. 34)</source>
        <translation>field &quot;reason&quot;: an entry on the bad-record list needs a reason (seed 002 Art. 34)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;until&quot;: &quot;%1&quot; is not a date YYYY-MM-DD (or null for no end)</source>
        <translation>field &quot;until&quot;: &quot;%1&quot; is not a date YYYY-MM-DD (or null for no end)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no such bad-record operation: %1 (POST /api/v1/badrecords/&lt;id&gt;/remove)</source>
        <translation>no such bad-record operation: %1 (POST /api/v1/badrecords/&lt;id&gt;/remove)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no bad record %1</source>
        <translation>there is no bad record %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;reason&quot;: removing bad record %1 needs a reason; it is kept with the entry</source>
        <translation>field &quot;reason&quot;: removing bad record %1 needs a reason; it is kept with the entry</translation>
    </message>
</context>
<context>
    <name>rw::BadRecordsPage</name>
    <message>
        <location filename="../ui/badrecords/badrecordspage.cpp" line="+97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Waiting for the platform…</source>
        <translation>Waiting for the platform…</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Active entries</source>
        <translation>Active entries</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All entries, with history</source>
        <translation>All entries, with history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by plate, name, reason or officer</source>
        <translation>Filter by plate, name, reason or officer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Bad-record list&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bad-record list&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicles and drivers on the city&apos;s bad-record list (Wuzhishan rules Art. 34). A listed vehicle or driver that goes online raises an alert on the live map.</source>
        <translation>Vehicles and drivers on the city&apos;s bad-record list (Wuzhishan rules Art. 34). A listed vehicle or driver that goes online raises an alert on the live map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries you remove stay in the history with who removed them and why.</source>
        <translation>Entries you remove stay in the history with who removed them and why.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the city authority adds and removes entries.</source>
        <translation>Only the city authority adds and removes entries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Vehicle %1</source>
        <translation>Vehicle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver %1</source>
        <translation>Driver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added to the bad-record list (entry %2) until %3.</source>
        <translation>%1 was added to the bad-record list (entry %2) until %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was added to the bad-record list (entry %2).</source>
        <translation>%1 was added to the bad-record list (entry %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1 was removed from the bad-record list; it stays in the history (Show: all).</source>
        <translation>Entry %1 was removed from the bad-record list; it stays in the history (Show: all).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading the list cancelled; the entries shown are from before. Refresh asks again.</source>
        <translation>Loading the list cancelled; the entries shown are from before. Refresh asks again.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This entry was removed already.</source>
        <translation>This entry was removed already.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active entries: %1 · all, with history: %2</source>
        <translation>Active entries: %1 · all, with history: %2</translation>
    </message>
</context>
<context>
    <name>rw::BaseMap</name>
    <message>
        <location filename="../models/map/basemap.cpp" line="+110"/>
        <source>The base map is not JSON: %1 at byte %2.</source>
        <translation>The base map is not JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base map is not a GeoJSON FeatureCollection (type is &quot;%1&quot;).</source>
        <translation>The base map is not a GeoJSON FeatureCollection (type is &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Base map feature %1: geometry must be a %2, not &quot;%3&quot;.</source>
        <translation>Base map feature %1: geometry must be a %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base map feature %1: a coordinate is not [longitude, latitude] within ±180°/±90°, or a line has fewer than 2 points.</source>
        <translation>Base map feature %1: a coordinate is not [longitude, latitude] within ±180°/±90°, or a line has fewer than 2 points.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Base map feature %1: a label needs a &quot;name&quot;.</source>
        <translation>Base map feature %1: a label needs a &quot;name&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the base map %1: %2</source>
        <translation>Cannot read the base map %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Offline map: %1</source>
        <translation>Offline map: %1</translation>
    </message>
</context>
<context>
    <name>rw::BizStatus</name>
    <message>
        <location filename="../models/fleet/bizstatus.cpp" line="+11"/>
        <source>Carrying</source>
        <translation>Carrying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>rw::BrokerClient</name>
    <message>
        <location filename="../models/client/brokerclient.cpp" line="+222"/>
        <source>The platform no longer knows this session (HTTP 401); sign in again.</source>
        <translation>The platform no longer knows this session (HTTP 401); sign in again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A broker message of %1 bytes could not be inflated: %2</source>
        <translation>A broker message of %1 bytes could not be inflated: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A broker message of %1 bytes was skipped: %2</source>
        <translation>A broker message of %1 bytes was skipped: %2</translation>
    </message>
</context>
<context>
    <name>rw::BrokerService</name>
    <message>
        <location filename="../platform/broker/brokerservice.cpp" line="+115"/>
        <source>query parameter topics: &quot;%1&quot; is not a broker topic (e.g. ProvPositionVehicle)</source>
        <translation>query parameter topics: &quot;%1&quot; is not a broker topic (e.g. ProvPositionVehicle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>query parameter topics is required: a comma-separated list such as ProvPositionVehicle</source>
        <translation>query parameter topics is required: a comma-separated list such as ProvPositionVehicle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>query parameter compress: &quot;%1&quot; is not one of gzip, none</source>
        <translation>query parameter compress: &quot;%1&quot; is not one of gzip, none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/broker/ speaks WebSocket only: send &quot;Upgrade: websocket&quot;</source>
        <translation>/broker/ speaks WebSocket only: send &quot;Upgrade: websocket&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The broker serves %1 connections already; try again later.</source>
        <translation>The broker serves %1 connections already; try again later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection cannot be switched to WebSocket (a request on it is still unanswered).</source>
        <translation>The connection cannot be switched to WebSocket (a request on it is still unanswered).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not authorised</source>
        <translation>not authorised</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The session has ended; sign in again.</source>
        <translation>The session has ended; sign in again.</translation>
    </message>
</context>
<context>
    <name>rw::CacheKey</name>
    <message>
        <location filename="../models/offline/cachekey.cpp" line="+173"/>
        <source>the password does not open this lookup cache: it was made under another password</source>
        <translation>the password does not open this lookup cache: it was made under another password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key record of the lookup cache is damaged (salt, iteration count or key-check value do not match their digest, or the iteration count is below %1): the cache cannot be opened</source>
        <translation>the key record of the lookup cache is damaged (salt, iteration count or key-check value do not match their digest, or the iteration count is below %1): the cache cannot be opened</translation>
    </message>
</context>
<context>
    <name>rw::CapsLockHint</name>
    <message>
        <location filename="../ui/session/capslockhint.cpp" line="+12"/>
        <source>Caps Lock appears to be on. Passwords are case-sensitive.</source>
        <translation>Caps Lock appears to be on. Passwords are case-sensitive.</translation>
    </message>
</context>
<context>
    <name>rw::CertificateApprovalDialog</name>
    <message>
        <location filename="../ui/connection/certificateapprovaldialog.cpp" line="+35"/>
        <source>Trust this platform?</source>
        <translation>Trust this platform?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First connection to %1</source>
        <translation>First connection to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RideWatch has not connected to this platform before. Compare the fingerprint below with the one the platform&apos;s operator gave you. Trust it only if every group matches: a different fingerprint can mean that someone is intercepting the connection.</source>
        <translation>RideWatch has not connected to this platform before. Compare the fingerprint below with the one the platform&apos;s operator gave you. Trust it only if every group matches: a different fingerprint can mean that someone is intercepting the connection.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Trust and connect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Do not trust</source>
        <translation>&amp;Do not trust</translation>
    </message>
</context>
<context>
    <name>rw::CityRule</name>
    <message>
        <location filename="../models/rules/cityrule.cpp" line="+108"/>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is one of %2</source>
        <translation>%1 is one of %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a rule needs an id (a non-empty string)</source>
        <translation>a rule needs an id (a non-empty string)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 needs the article it comes from</source>
        <translation>rule %1 needs the article it comes from</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+111"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>needs at least one of %1</source>
        <translation>needs at least one of %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a condition is an object such as {&quot;fact&quot;: &quot;seats&quot;, &quot;equals&quot;: 7}</source>
        <translation>a condition is an object such as {&quot;fact&quot;: &quot;seats&quot;, &quot;equals&quot;: 7}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a condition needs the fact it reads</source>
        <translation>a condition needs the fact it reads</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a condition needs exactly one of %1, has %2</source>
        <translation>a condition needs exactly one of %1, has %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-empty list of strings, numbers or booleans, not %1</source>
        <translation>must be a non-empty list of strings, numbers or booleans, not %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a string, a number or a boolean</source>
        <translation>must be a string, a number or a boolean</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string, a number or a boolean, not %1</source>
        <translation>must be a string, a number or a boolean, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a %1 check needs the fact it reads</source>
        <translation>a %1 check needs the fact it reads</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a whole number of years from 1 to 100, not %1</source>
        <translation>must be a whole number of years from 1 to 100, not %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of onAnniversary, afterAnniversary</source>
        <translation>&quot;%1&quot; is not one of onAnniversary, afterAnniversary</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>must be a number, not %1</source>
        <translation>must be a number, not %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below min %2</source>
        <translation>%1 is below min %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a non-empty list of strings, not %1</source>
        <translation>must be a non-empty list of strings, not %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a non-empty string, not %1</source>
        <translation>must be a non-empty string, not %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object such as {&quot;years&quot;: 60}, not %1</source>
        <translation>must be an object such as {&quot;years&quot;: 60}, not %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number of years from 1 to 150, not %1</source>
        <translation>must be a whole number of years from 1 to 150, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a birth month as &quot;YYYY-MM&quot;, not %1</source>
        <translation>must be a birth month as &quot;YYYY-MM&quot;, not %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of months from 1 to 120, not %1</source>
        <translation>must be a whole number of months from 1 to 120, not %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a whole number of years from age.years (%1) to 150, not %2</source>
        <translation>must be a whole number of years from age.years (%1) to 150, not %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an endsInArea check needs the name of an area</source>
        <translation>an endsInArea check needs the name of an area</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be 1 or 2 (ends of the trip), not %1</source>
        <translation>must be 1 or 2 (ends of the trip), not %1</translation>
    </message>
</context>
<context>
    <name>rw::CityRules</name>
    <message>
        <location filename="../models/rules/cityrules.cpp" line="+47"/>
        <source>%1: needs at least 3 points [longitude, latitude], has %2</source>
        <translation>%1: needs at least 3 points [longitude, latitude], has %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[%2]: not [longitude, latitude] in degrees</source>
        <translation>%1[%2]: not [longitude, latitude] in degrees</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no built-in city file for region %1</source>
        <translation>no built-in city file for region %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rules %1: no rules file at %2 (%3)</source>
        <translation>rules %1: no rules file at %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rules file %1: %2</source>
        <translation>rules file %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>not a JSON object: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format: %1 is not a known version (1)</source>
        <translation>format: %1 is not a known version (1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regionCode: &quot;%1&quot; is not a six-digit GB/T 2260 code</source>
        <translation>regionCode: &quot;%1&quot; is not a six-digit GB/T 2260 code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name: the city&apos;s name is required</source>
        <translation>name: the city&apos;s name is required</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.cityFile: %2</source>
        <translation>%1.cityFile: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an area needs &quot;polygon&quot; or &quot;cityFile&quot;</source>
        <translation>%1: an area needs &quot;polygon&quot; or &quot;cityFile&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rules: a non-empty list of rules is required</source>
        <translation>rules: a non-empty list of rules is required</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules[%1]: not an object</source>
        <translation>rules[%1]: not an object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules[%1].id: &quot;%2&quot; is used twice</source>
        <translation>rules[%1].id: &quot;%2&quot; is used twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules[%1].area: &quot;%2&quot; is not one of the areas</source>
        <translation>rules[%1].area: &quot;%2&quot; is not one of the areas</translation>
    </message>
</context>
<context>
    <name>rw::CompanyDirectory</name>
    <message>
        <location filename="../platform/permits/companydirectory.cpp" line="+24"/>
        <source>list the companies of region %1</source>
        <translation>list the companies of region %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the regions of company %1</source>
        <translation>read the regions of company %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the region of company %1</source>
        <translation>read the region of company %1</translation>
    </message>
</context>
<context>
    <name>rw::CompanyRegistry</name>
    <message>
        <location filename="../platform/intake/companyregistry.cpp" line="+42"/>
        <source>read the company credentials</source>
        <translation>read the company credentials</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the company suspensions</source>
        <translation>read the company suspensions</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>company %1 is not registered with the platform</source>
        <translation>company %1 is not registered with the platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: suspending company %1 needs a reason (Art. 13)</source>
        <translation>reason: suspending company %1 needs a reason (Art. 13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: restoring company %1 needs a reason</source>
        <translation>reason: restoring company %1 needs a reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company %1 is already suspended</source>
        <translation>company %1 is already suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company %1 is not suspended</source>
        <translation>company %1 is not suspended</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suspend or restore company %1</source>
        <translation>suspend or restore company %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>record the suspension of company %1</source>
        <translation>record the suspension of company %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record the restoring of company %1</source>
        <translation>record the restoring of company %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the suspensions of company %1</source>
        <translation>read the suspensions of company %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CompanyId &quot;%1&quot; must be 1 to 32 letters and digits</source>
        <translation>CompanyId &quot;%1&quot; must be 1 to 32 letters and digits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>company %1 is already registered</source>
        <translation>company %1 is already registered</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>register company %1</source>
        <translation>register company %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a company token must have at least 16 characters</source>
        <translation>a company token must have at least 16 characters</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>access suspended (Art. 13)</source>
        <translation>access suspended (Art. 13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access suspended (Art. 13): %1</source>
        <translation>access suspended (Art. 13): %1</translation>
    </message>
</context>
<context>
    <name>rw::CompanySuspensionState</name>
    <message>
        <location filename="../models/outages/companysuspensionstate.cpp" line="+18"/>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item %1 is not an object</source>
        <translation>item %1 is not an object</translation>
    </message>
</context>
<context>
    <name>rw::CompanyUploader</name>
    <message>
        <location filename="../platform/simulator/companyuploader.cpp" line="+69"/>
        <source>company %1: upload queue above %2 records, dropped %3 %4 records</source>
        <translation>company %1: upload queue above %2 records, dropped %3 %4 records</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>company %1: upload failed (%2), retrying in %3 ms</source>
        <translation>company %1: upload failed (%2), retrying in %3 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>company %1: platform rejected %2 %3 records with HTTP %4: %5</source>
        <translation>company %1: platform rejected %2 %3 records with HTTP %4: %5</translation>
    </message>
</context>
<context>
    <name>rw::Compression</name>
    <message>
        <location filename="../models/protocol/compression.cpp" line="+32"/>
        <source>cannot start decompression</source>
        <translation>cannot start decompression</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the gzip body is corrupt (%1)</source>
        <translation>the gzip body is corrupt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the gzip body inflates to more than %1 bytes</source>
        <translation>the gzip body inflates to more than %1 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the gzip body is truncated</source>
        <translation>the gzip body is truncated</translation>
    </message>
</context>
<context>
    <name>rw::ConductApi</name>
    <message>
        <location filename="../platform/api/conductapi.cpp" line="+49"/>
        <source>give plate=… or driver=…, not both (plate=&quot;%1&quot;, driver=&quot;%2&quot;)</source>
        <translation>give plate=… or driver=…, not both (plate=&quot;%1&quot;, driver=&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give plate=&lt;plate&gt; for a vehicle or driver=&lt;driver certificate&gt; for a driver</source>
        <translation>give plate=&lt;plate&gt; for a vehicle or driver=&lt;driver certificate&gt; for a driver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plate=&quot;%1&quot; is not a plate: 1 to %2 characters</source>
        <translation>plate=&quot;%1&quot; is not a plate: 1 to %2 characters</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>driver=&quot;&quot; is empty: give the driver&apos;s certificate number</source>
        <translation>driver=&quot;&quot; is empty: give the driver&apos;s certificate number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>driver=&quot;%1&quot;: no driver certificate with this number in the permit registry or in the companies&apos; base-info</source>
        <translation>driver=&quot;%1&quot;: no driver certificate with this number in the permit registry or in the companies&apos; base-info</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>the lookup cannot be recorded in the audit trail, so it is not answered</translation>
    </message>
</context>
<context>
    <name>rw::ConductQuery</name>
    <message>
        <location filename="../platform/badrecords/conductquery.cpp" line="+116"/>
        <source>read the complaints of one subject</source>
        <translation>read the complaints of one subject</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the penalties of one subject</source>
        <translation>read the penalties of one subject</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>find driver certificate %1 in the permit registry</source>
        <translation>find driver certificate %1 in the permit registry</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>find driver certificate %1 in the base-info</source>
        <translation>find driver certificate %1 in the base-info</translation>
    </message>
</context>
<context>
    <name>rw::ConductRecord</name>
    <message>
        <location filename="../models/badrecords/conductrecord.cpp" line="+45"/>
        <source>conduct: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%1&quot;</source>
        <translation>conduct: &quot;subject&quot; must be &quot;vehicle&quot; or &quot;driver&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>conduct: &quot;%1&quot; is not a list</source>
        <translation>conduct: &quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conduct: %1</source>
        <translation>conduct: %1</translation>
    </message>
</context>
<context>
    <name>rw::ConsoleSettings</name>
    <message>
        <location filename="../models/settings/consolesettings.cpp" line="+66"/>
        <source>Platform address: &quot;%1&quot; is not a URL such as https://platform.example.cn:8443 (leave it empty for the embedded reference platform).</source>
        <translation>Platform address: &quot;%1&quot; is not a URL such as https://platform.example.cn:8443 (leave it empty for the embedded reference platform).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform address: &quot;%1&quot; must start with https:// (the console pins the platform&apos;s certificate).</source>
        <translation>Platform address: &quot;%1&quot; must start with https:// (the console pins the platform&apos;s certificate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform address: &quot;%1&quot; has no host name.</source>
        <translation>Platform address: &quot;%1&quot; has no host name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform address: &quot;%1&quot; must not carry a user, a query or a fragment.</source>
        <translation>Platform address: &quot;%1&quot; must not carry a user, a query or a fragment.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Language: &quot;%1&quot; is not one of the console&apos;s languages (zh_CN, en, or empty to follow the system).</source>
        <translation>Language: &quot;%1&quot; is not one of the console&apos;s languages (zh_CN, en, or empty to follow the system).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map tiles: %1</source>
        <translation>Map tiles: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pinned certificate: the embedded reference platform&apos;s certificate is pinned at every start; set a platform address first.</source>
        <translation>Pinned certificate: the embedded reference platform&apos;s certificate is pinned at every start; set a platform address first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned certificate: a SHA-256 fingerprint has 32 bytes, not %1.</source>
        <translation>Pinned certificate: a SHA-256 fingerprint has 32 bytes, not %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Certificate file &quot;%1&quot;: %2</source>
        <translation>Certificate file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate file &quot;%1&quot; holds no PEM or DER certificate.</source>
        <translation>Certificate file &quot;%1&quot; holds no PEM or DER certificate.</translation>
    </message>
</context>
<context>
    <name>rw::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+52"/>
        <source>open the database %1</source>
        <translation>open the database %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set the page size of %1</source>
        <translation>set the page size of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>switch %1 to WAL</source>
        <translation>switch %1 to WAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal mode stayed &quot;%1&quot;</source>
        <translation>the journal mode stayed &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>configure the database %1</source>
        <translation>configure the database %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+80"/>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the SQL holds no statement</source>
        <translation>the SQL holds no statement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare() takes one statement; use exec() for several</source>
        <translation>prepare() takes one statement; use exec() for several</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>look up the table %1</source>
        <translation>look up the table %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the columns of %1</source>
        <translation>list the columns of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checkpoint the WAL of %1</source>
        <translation>checkpoint the WAL of %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the journal mode</source>
        <translation>read the journal mode</translation>
    </message>
</context>
<context>
    <name>rw::DatabaseError</name>
    <message>
        <location filename="../models/storage/databaseerror.cpp" line="+23"/>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not %1</source>
        <translation>Could not %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (SQLite error %3)</source>
        <translation>%1: %2 (SQLite error %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (SQLite error %3; SQL: %4)</source>
        <translation>%1: %2 (SQLite error %3; SQL: %4)</translation>
    </message>
</context>
<context>
    <name>rw::Datum</name>
    <message>
        <location filename="../models/geo/datum.cpp" line="+21"/>
        <source>unknown datum</source>
        <translation>unknown datum</translation>
    </message>
</context>
<context>
    <name>rw::EmbeddedPlatform</name>
    <message>
        <location filename="../platform/embeddedplatform.cpp" line="+38"/>
        <source>The embedded platform cannot start: %1</source>
        <translation>The embedded platform cannot start: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The embedded platform cannot create its demo accounts: %1</source>
        <translation>The embedded platform cannot create its demo accounts: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The traffic simulator cannot start: %1</source>
        <translation>The traffic simulator cannot start: %1</translation>
    </message>
</context>
<context>
    <name>rw::ExpiryBanner</name>
    <message>
        <location filename="../ui/session/expirybanner.cpp" line="+14"/>
        <source>Change now</source>
        <translation>Change now</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your password has expired. Change it now to keep access to the platform.</source>
        <translation>Your password has expired. Change it now to keep access to the platform.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your password expires in %n day(s).</source>
        <translation>
            <numerusform>Your password expires in %n day.</numerusform>
            <numerusform>Your password expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>rw::FaultPlan</name>
    <message>
        <location filename="../platform/simulator/faultplan.cpp" line="+85"/>
        <source>fault plan: &quot;%1&quot; is not key=value</source>
        <translation>fault plan: &quot;%1&quot; is not key=value</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fault plan: outage &quot;%1&quot; must be company:duration@offset, e.g. C1:600@3600</source>
        <translation>fault plan: outage &quot;%1&quot; must be company:duration@offset, e.g. C1:600@3600</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fault plan: outage &quot;%1&quot;: the duration must be positive</source>
        <translation>fault plan: outage &quot;%1&quot;: the duration must be positive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault plan: unknown fault &quot;%1&quot; (known: late, missing, malformed, epoch, unlicensed, expired, junior, outside, outage)</source>
        <translation>fault plan: unknown fault &quot;%1&quot; (known: late, missing, malformed, epoch, unlicensed, expired, junior, outside, outage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fault plan: %1=%2: the rate must be a number from 0 to 1</source>
        <translation>fault plan: %1=%2: the rate must be a number from 0 to 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fault plan: missing + malformed + epoch = %1, at most 1 allowed</source>
        <translation>fault plan: missing + malformed + epoch = %1, at most 1 allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault plan: unlicensed + expired = %1, at most 1 allowed</source>
        <translation>fault plan: unlicensed + expired = %1, at most 1 allowed</translation>
    </message>
</context>
<context>
    <name>rw::FieldCipher</name>
    <message>
        <location filename="../models/offline/fieldcipher.cpp" line="+54"/>
        <source>%1.%2 of row %3</source>
        <translation>%1.%2 of row %3</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 cannot be encrypted or decrypted: the cache key is not a 32-byte AES-256 key</source>
        <translation>%1 cannot be encrypted or decrypted: the cache key is not a 32-byte AES-256 key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is cut off: an encrypted value holds at least %2 bytes</source>
        <translation>%1 is cut off: an encrypted value holds at least %2 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an encrypted value of a format this version knows (format %2 expected)</source>
        <translation>%1 is not an encrypted value of a format this version knows (format %2 expected)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was encrypted under another key (another user&apos;s cache or an older password)</source>
        <translation>%1 was encrypted under another key (another user&apos;s cache or an older password)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed its AES-GCM integrity check: it was altered or moved from another row or column</source>
        <translation>%1 failed its AES-GCM integrity check: it was altered or moved from another row or column</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the AES-256-GCM operation failed in OpenSSL</source>
        <translation>%1: the AES-256-GCM operation failed in OpenSSL</translation>
    </message>
</context>
<context>
    <name>rw::FindingText</name>
    <message>
        <location filename="../models/lookup/findingtext.cpp" line="+17"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known</source>
        <translation>not known</translation>
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
        <translation>rule %1: found %2, the limit is %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
</context>
<context>
    <name>rw::FleetFilter</name>
    <message>
        <location filename="../ui/map/fleetfilter.cpp" line="+42"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Show vehicles whose last fix says &quot;%1&quot;</source>
        <translation>Show vehicles whose last fix says &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plate, e.g. 琼D12345</source>
        <translation>Plate, e.g. 琼D12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a vehicle by plate</source>
        <translation>Find a vehicle by plate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grey marker: no fix for over 60 s · red ring: alarm · number: vehicles in a cluster</source>
        <translation>Grey marker: no fix for over 60 s · red ring: alarm · number: vehicles in a cluster</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 of %2 vehicles shown</translation>
    </message>
</context>
<context>
    <name>rw::FleetPage</name>
    <message>
        <location filename="../ui/map/fleetpage.cpp" line="+85"/>
        <source>No vehicle with a plate like &quot;%1&quot; is on the map.</source>
        <translation>No vehicle with a plate like &quot;%1&quot; is on the map.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 was hidden by the filter; the filter was reset.</source>
        <translation>%1 was hidden by the filter; the filter was reset.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 is not on the map: no position has been received for it since sign-in.</source>
        <translation>%1 of %2 is not on the map: no position has been received for it since sign-in.</translation>
    </message>
</context>
<context>
    <name>rw::HttpRequestParser</name>
    <message>
        <location filename="../platform/http/httprequestparser.cpp" line="+209"/>
        <source>The request line is longer than the limit of %1 bytes</source>
        <translation>The request line is longer than the limit of %1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request head is larger than the limit of %1 bytes</source>
        <translation>The request head is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Malformed chunked body: a chunk-size line is longer than %1 bytes</source>
        <translation>Malformed chunked body: a chunk-size line is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Malformed chunked body: chunk data is not followed by CRLF (the chunk is longer than its size line says)</source>
        <translation>Malformed chunked body: chunk data is not followed by CRLF (the chunk is longer than its size line says)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trailer section of the chunked body is larger than the limit of %1 bytes</source>
        <translation>The trailer section of the chunked body is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Malformed request line &apos;%1&apos;: expected a method, a target and HTTP/1.1 separated by single spaces</source>
        <translation>Malformed request line &apos;%1&apos;: expected a method, a target and HTTP/1.1 separated by single spaces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Malformed request line: the method &apos;%1&apos; contains a character that is not allowed in a token</source>
        <translation>Malformed request line: the method &apos;%1&apos; contains a character that is not allowed in a token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed request line: &apos;%1&apos; is not an HTTP version (expected HTTP/1.1)</source>
        <translation>Malformed request line: &apos;%1&apos; is not an HTTP version (expected HTTP/1.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP version &apos;%1&apos; is not supported; this server speaks HTTP/1.1</source>
        <translation>HTTP version &apos;%1&apos; is not supported; this server speaks HTTP/1.1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed request target &apos;%1&apos;: it contains the control character 0x%2</source>
        <translation>Malformed request target &apos;%1&apos;: it contains the control character 0x%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed request target &apos;%1&apos;: a fragment (&apos;#&apos;) is not sent in a request</source>
        <translation>Malformed request target &apos;%1&apos;: a fragment (&apos;#&apos;) is not sent in a request</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Malformed request target &apos;%1&apos;: expected a path beginning with &apos;/&apos;</source>
        <translation>Malformed request target &apos;%1&apos;: expected a path beginning with &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Malformed request target &apos;%1&apos;: &apos;%&apos; must be followed by two hexadecimal digits</source>
        <translation>Malformed request target &apos;%1&apos;: &apos;%&apos; must be followed by two hexadecimal digits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed request target &apos;%1&apos;: the decoded path is not valid UTF-8</source>
        <translation>Malformed request target &apos;%1&apos;: the decoded path is not valid UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request target &apos;%1&apos;: the decoded path contains a NUL character</source>
        <translation>Malformed request target &apos;%1&apos;: the decoded path contains a NUL character</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Malformed header line %1: it begins with whitespace (obsolete line folding is not accepted)</source>
        <translation>Malformed header line %1: it begins with whitespace (obsolete line folding is not accepted)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed header line %1 &apos;%2&apos;: there is no &apos;:&apos; between name and value</source>
        <translation>Malformed header line %1 &apos;%2&apos;: there is no &apos;:&apos; between name and value</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed header line %1: the field name &apos;%2&apos; is empty or contains a character that is not allowed (no whitespace before &apos;:&apos;)</source>
        <translation>Malformed header line %1: the field name &apos;%2&apos; is empty or contains a character that is not allowed (no whitespace before &apos;:&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Malformed header field &apos;%1&apos;: its value contains the control character 0x%2</source>
        <translation>Malformed header field &apos;%1&apos;: its value contains the control character 0x%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request has more than %1 header fields</source>
        <translation>The request has more than %1 header fields</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Host header field is missing; HTTP/1.1 requires it</source>
        <translation>The Host header field is missing; HTTP/1.1 requires it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request has %1 Host header fields; exactly one is allowed</source>
        <translation>The request has %1 Host header fields; exactly one is allowed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request has both Content-Length and Transfer-Encoding; its body length is ambiguous</source>
        <translation>The request has both Content-Length and Transfer-Encoding; its body length is ambiguous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer-Encoding is not allowed in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding is not allowed in an HTTP/1.0 request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer-Encoding &apos;%1&apos; is not supported; only &apos;chunked&apos; is</source>
        <translation>Transfer-Encoding &apos;%1&apos; is not supported; only &apos;chunked&apos; is</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Malformed Content-Length &apos;%1&apos;: expected one decimal number of bytes</source>
        <translation>Malformed Content-Length &apos;%1&apos;: expected one decimal number of bytes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Malformed Content-Length &apos;%1&apos;: the values differ</source>
        <translation>Malformed Content-Length &apos;%1&apos;: the values differ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>The request body of %1 bytes is larger than the limit of %2 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expect &apos;%1&apos; is not supported; only &apos;100-continue&apos; is</source>
        <translation>Expect &apos;%1&apos; is not supported; only &apos;100-continue&apos; is</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+13"/>
        <source>The chunked request body is larger than the limit of %1 bytes</source>
        <translation>The chunked request body is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Malformed chunked body: &apos;%1&apos; is not a hexadecimal chunk size</source>
        <translation>Malformed chunked body: &apos;%1&apos; is not a hexadecimal chunk size</translation>
    </message>
</context>
<context>
    <name>rw::HttpResponder</name>
    <message>
        <location filename="../platform/http/httpresponder.cpp" line="+64"/>
        <source>The handler for %1 %2 finished without answering</source>
        <translation>The handler for %1 %2 finished without answering</translation>
    </message>
</context>
<context>
    <name>rw::HttpServer</name>
    <message>
        <location filename="../platform/http/httpconnection.cpp" line="+437"/>
        <source>The request was not received within the read timeout of %1 ms</source>
        <translation>The request was not received within the read timeout of %1 ms</translation>
    </message>
    <message>
        <location filename="../platform/http/httpserver.cpp" line="+94"/>
        <source>The server already listens on %1 port %2</source>
        <translation>The server already listens on %1 port %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS is not available: no TLS backend could be loaded (%1)</source>
        <translation>TLS is not available: no TLS backend could be loaded (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS configuration has no certificate or no private key</source>
        <translation>The TLS configuration has no certificate or no private key</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The server has reached its limit of %1 open connections; try again shortly</source>
        <translation>The server has reached its limit of %1 open connections; try again shortly</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is nothing at the path &apos;%1&apos;</source>
        <translation>There is nothing at the path &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The method %1 is not allowed for &apos;%2&apos;; allowed: %3</source>
        <translation>The method %1 is not allowed for &apos;%2&apos;; allowed: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The handler for %1 %2 failed: %3</source>
        <translation>The handler for %1 %2 failed: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The handler for %1 %2 failed</source>
        <translation>The handler for %1 %2 failed</translation>
    </message>
</context>
<context>
    <name>rw::IngestPipeline</name>
    <message>
        <location filename="../platform/intake/ingestpipeline.cpp" line="+87"/>
        <source>Content-Encoding gzip: %1</source>
        <translation>Content-Encoding gzip: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content-Encoding &quot;%1&quot; is not supported; send gzip or no encoding</source>
        <translation>Content-Encoding &quot;%1&quot; is not supported; send gzip or no encoding</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Content-Type &quot;%1&quot; is not supported; send application/json or application/x-protobuf</source>
        <translation>Content-Type &quot;%1&quot; is not supported; send application/json or application/x-protobuf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the envelope has no CompanyId</source>
        <translation>the envelope has no CompanyId</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</source>
        <translation>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the upload holds no %1 records</source>
        <translation>the upload holds no %1 records</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the platform has no open database</source>
        <translation>the platform has no open database</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the platform could not store the upload, send it again later: %1</source>
        <translation>the platform could not store the upload, send it again later: %1</translation>
    </message>
</context>
<context>
    <name>rw::IngestWorker</name>
    <message>
        <location filename="../platform/intake/ingestworker.cpp" line="+96"/>
        <source>the platform&apos;s database is closed</source>
        <translation>the platform&apos;s database is closed</translation>
    </message>
</context>
<context>
    <name>rw::InlineMessage</name>
    <message>
        <location filename="../ui/session/inlinemessage.cpp" line="+23"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>rw::InspectionPrinter</name>
    <message>
        <location filename="../ui/lookup/inspectionprinter.cpp" line="+83"/>
        <location line="+18"/>
        <source>The inspection record cannot be written to “%1”: %2</source>
        <translation>The inspection record cannot be written to “%1”: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The inspection record could not be printed on “%1”</source>
        <translation>The inspection record could not be printed on “%1”</translation>
    </message>
</context>
<context>
    <name>rw::InspectionRecord</name>
    <message>
        <location filename="../models/lookup/inspectionrecord.cpp" line="+25"/>
        <location line="+5"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vehicle %1</source>
        <translation>Vehicle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver %1</source>
        <translation>Driver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company %1</source>
        <translation>Company %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate reads</source>
        <translation>Certificate reads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid until %1; seed 002 Art. 41 ends it 8 years after the first registration</source>
        <translation>valid until %1; seed 002 Art. 41 ends it 8 years after the first registration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+8"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First registration</source>
        <translation>First registration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wheelbase</source>
        <translation>Wheelbase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence class</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence first issued</source>
        <translation>Licence first issued</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+139"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Company ID</source>
        <translation>Company ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating area</source>
        <translation>Operating area</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1, from the offline cache (the platform answered on %2; it could not be reached at the roadside)</source>
        <translation>as of %1, from the offline cache (the platform answered on %2; it could not be reached at the roadside)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by the platform at %1</source>
        <translation>by the platform at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revealed for this record, reason: %1</source>
        <translation>revealed for this record, reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live map</source>
        <translation>Live map</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad-record list (%1)</source>
        <translation>Bad-record list (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listed</source>
        <translation>listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not listed</source>
        <translation>not listed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Details: %2</source>
        <translation>%1. Details: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the list.</source>
        <translation>Not on the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2: %3</source>
        <translation>removed %1 by %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until removed</source>
        <translation>until removed</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+116"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 older ones not printed.</source>
        <translation>%1 older ones not printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, company %2, order %3: %4 — %5</source>
        <translation>%1, company %2, order %3: %4 — %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passenger complaints (%1)</source>
        <translation>Passenger complaints (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, company %2: %3 — %4</source>
        <translation>%1, company %2: %3 — %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalties (%1)</source>
        <translation>Penalties (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1 (UTC+8)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Roadside inspection record</source>
        <translation>Roadside inspection record</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Roadside inspection record — %1</source>
        <translation>Roadside inspection record — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1° N, %2° E (WGS-84)</source>
        <translation>%1° N, %2° E (WGS-84)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, within %2 m</source>
        <translation>%1, within %2 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was looked up.</source>
        <translation>Nothing was looked up.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit.</source>
        <translation>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules applied: %1</source>
        <translation>Rules applied: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer&apos;s signature: ____________________    Driver&apos;s signature: ____________________</source>
        <translation>Officer&apos;s signature: ____________________    Driver&apos;s signature: ____________________</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with RideWatch at %1. Personal data is masked unless revealed with a reason; every lookup and reveal is recorded in the platform&apos;s audit trail.</source>
        <translation>Made with RideWatch at %1. Personal data is masked unless revealed with a reason; every lookup and reveal is recorded in the platform&apos;s audit trail.</translation>
    </message>
</context>
<context>
    <name>rw::IntakePage</name>
    <message>
        <location filename="../ui/intake/intakepage.cpp" line="+37"/>
        <source>Filter by company or interface</source>
        <translation>Filter by company or interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Data intake&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Data intake&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 records received from %n companies, %2 rejected and kept in quarantine.</source>
        <translation>
            <numerusform>%1 records received from %n company, %2 rejected and kept in quarantine.</numerusform>
            <numerusform>%1 records received from %n companies, %2 rejected and kept in quarantine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::IntakeService</name>
    <message>
        <location filename="../platform/intake/intakeservice.cpp" line="+77"/>
        <source>send the company&apos;s token as &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>send the company&apos;s token as &quot;Authorization: Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token is not a known company credential</source>
        <translation>the token is not a known company credential</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uploads of company %1 are suspended by the platform: %2</source>
        <translation>uploads of company %1 are suspended by the platform: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>?company=%1 does not match the credential, which belongs to %2</source>
        <translation>?company=%1 does not match the credential, which belongs to %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the platform is busy storing earlier uploads; send again shortly</source>
        <translation>the platform is busy storing earlier uploads; send again shortly</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the notice could not be stored, send it again: %1</source>
        <translation>the notice could not be stored, send it again: %1</translation>
    </message>
</context>
<context>
    <name>rw::IntakeSummaryModel</name>
    <message>
        <location filename="../models/itemmodels/intakesummarymodel.cpp" line="+124"/>
        <source>%1 (%2, section %3)</source>
        <translation>%1 (%2, section %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected share</source>
        <translation>Rejected share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last record</source>
        <translation>Last record</translation>
    </message>
</context>
<context>
    <name>rw::InterfaceCatalogue</name>
    <message>
        <location filename="../models/protocol/interfacecatalogue.cpp" line="+90"/>
        <source>a field has no name</source>
        <translation>a field has no name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field %1: type must be &quot;C&quot; or &quot;N&quot;, not &quot;%2&quot;</source>
        <translation>field %1: type must be &quot;C&quot; or &quot;N&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field %1: length must look like V32 or F8</source>
        <translation>field %1: length must look like V32 or F8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field %1: unknown format &quot;%2&quot;</source>
        <translation>field %1: unknown format &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field %1: a positive protobuf field number (&quot;proto&quot;) is required</source>
        <translation>field %1: a positive protobuf field number (&quot;proto&quot;) is required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1: min %2 is greater than max %3</source>
        <translation>field %1: min %2 is greater than max %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field %1: a code must be a non-empty string such as &quot;1&quot;</source>
        <translation>field %1: a code must be a non-empty string such as &quot;1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1: code &quot;%2&quot; of a number field must be an integer written without leading zeros</source>
        <translation>field %1: code &quot;%2&quot; of a number field must be an integer written without leading zeros</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>field #%1 is not a JSON object</source>
        <translation>field #%1 is not a JSON object</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>catalogue is not valid JSON: %1 at offset %2</source>
        <translation>catalogue is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catalogue is not a JSON object</source>
        <translation>catalogue is not a JSON object</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>catalogue lists no interfaces</source>
        <translation>catalogue lists no interfaces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface #%1 is not a JSON object</source>
        <translation>interface #%1 is not a JSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an interface has no ipcType</source>
        <translation>an interface has no ipcType</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interface %1: code must be a number such as &quot;0x1001&quot;</source>
        <translation>interface %1: code must be a number such as &quot;0x1001&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: path must start with &apos;/&apos;</source>
        <translation>interface %1: path must start with &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1: unknown family &quot;%2&quot;</source>
        <translation>interface %1: unknown family &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: message and topic are required</source>
        <translation>interface %1: message and topic are required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interface %1: %2</source>
        <translation>interface %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interface %1: field %2 is listed twice</source>
        <translation>interface %1: field %2 is listed twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interface %1: protobuf number %2 is used twice</source>
        <translation>interface %1: protobuf number %2 is used twice</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>interface %1: timeField %2 is not one of its fields</source>
        <translation>interface %1: timeField %2 is not one of its fields</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface %1: timeField %2 must have a date or time format</source>
        <translation>interface %1: timeField %2 must have a date or time format</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interface %1: its ipcType, code, path or topic is not unique</source>
        <translation>interface %1: its ipcType, code, path or topic is not unique</translation>
    </message>
</context>
<context>
    <name>rw::InterfaceTables</name>
    <message>
        <location filename="../models/storage/interfacetables.cpp" line="+107"/>
        <source>create the interface tables</source>
        <translation>create the interface tables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no interface catalogue was given</source>
        <translation>no interface catalogue was given</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>create or update the table %1 of interface %2</source>
        <translation>create or update the table %1 of interface %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the table exists but has no column %1: it was not made by RideWatch</source>
        <translation>the table exists but has no column %1: it was not made by RideWatch</translation>
    </message>
</context>
<context>
    <name>rw::JobProgress</name>
    <message>
        <location filename="../ui/session/jobprogress.cpp" line="+21"/>
        <source>Stops it (Esc); nothing half done is kept</source>
        <translation>Stops it (Esc); nothing half done is kept</translation>
    </message>
</context>
<context>
    <name>rw::JsonCodec</name>
    <message>
        <location filename="../models/protocol/jsoncodec.cpp" line="+867"/>
        <source>body is not valid JSON: %1 at offset %2</source>
        <translation>body is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body is not a JSON object but %1</source>
        <translation>body is not a JSON object but %1</translation>
    </message>
    <message>
        <location line="-834"/>
        <location line="+835"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="-843"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <location line="+829"/>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>envelope has no IPCType</source>
        <translation>envelope has no IPCType</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPCType must be a string such as &quot;baseInfoVehicle&quot;, not %1</source>
        <translation>IPCType must be a string such as &quot;baseInfoVehicle&quot;, not %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IPCType &quot;%1&quot; is not an interface of the spec</source>
        <translation>IPCType &quot;%1&quot; is not an interface of the spec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPCType &quot;%1&quot; does not match the upload path %2, which takes &quot;%3&quot;</source>
        <translation>IPCType &quot;%1&quot; does not match the upload path %2, which takes &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>envelope has no &quot;%1&quot; member holding the records</source>
        <translation>envelope has no &quot;%1&quot; member holding the records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object or an array of objects, not %2</source>
        <translation>&quot;%1&quot; must be an object or an array of objects, not %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>element %1 of &quot;%2&quot; is not a JSON object but %3</source>
        <translation>element %1 of &quot;%2&quot; is not a JSON object but %3</translation>
    </message>
</context>
<context>
    <name>rw::JsonFieldReader</name>
    <message>
        <location filename="../models/lookup/jsonfieldreader.cpp" line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is not a string</source>
        <translation>%1 is not a string</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not an ISO date (YYYY-MM-DD)</source>
        <translation>%1 is not an ISO date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an ISO date and time with its offset (2026-11-21T13:40:00+08:00)</source>
        <translation>%1 is not an ISO date and time with its offset (2026-11-21T13:40:00+08:00)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 holds %2, which is not a string</source>
        <translation>%1 holds %2, which is not a string</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a number, a date, true/false, a text or a list of texts</source>
        <translation>%1 is not a number, a date, true/false, a text or a list of texts</translation>
    </message>
</context>
<context>
    <name>rw::LockScreen</name>
    <message>
        <location filename="../ui/session/lockscreen.cpp" line="+36"/>
        <source>RideWatch is locked</source>
        <translation>RideWatch is locked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the password with the platform…</source>
        <translation>Checking the password with the platform…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked since %1. Enter your password to continue, or sign out.</source>
        <translation>Locked since %1. Enter your password to continue, or sign out.</translation>
    </message>
</context>
<context>
    <name>rw::LoginDialog</name>
    <message>
        <location filename="../ui/session/logindialog.cpp" line="+40"/>
        <source>Signing in to the platform…</source>
        <translation>Signing in to the platform…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Sign in to RideWatch</source>
        <translation>Sign in to RideWatch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 6- to 8-digit code shown by your authenticator app.</source>
        <translation>Enter the 6- to 8-digit code shown by your authenticator app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate (SHA-256):</source>
        <translation>Certificate (SHA-256):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verification code:</source>
        <translation>&amp;Verification code:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Certificate fingerprint %1</source>
        <translation>Certificate fingerprint %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended</source>
        <translation>Your session has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Sign in again as %2 to continue; the console keeps the page you were working on.</source>
        <translation>%1 Sign in again as %2 to continue; the console keeps the page you were working on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rw::LoginThrottle</name>
    <message numerus="yes">
        <location filename="../models/security/loginthrottle.cpp" line="+56"/>
        <source>The account is locked after %1 failed sign-ins (rule lockoutThreshold) until %2, %n minute(s) from now (rule lockoutMinutes: %3).</source>
        <translation>
            <numerusform>The account is locked after %1 failed sign-ins (rule lockoutThreshold) until %2, %n minute from now (rule lockoutMinutes: %3).</numerusform>
            <numerusform>The account is locked after %1 failed sign-ins (rule lockoutThreshold) until %2, %n minutes from now (rule lockoutMinutes: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LookupAnswer</name>
    <message>
        <location filename="../models/lookup/lookupanswer.cpp" line="+28"/>
        <source>hits: %1 is not an array</source>
        <translation>hits: %1 is not an array</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is not an object</source>
        <translation>%1: %2 is not an object</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start of a plate</source>
        <translation>start of a plate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate or licence number</source>
        <translation>certificate or licence number</translation>
    </message>
</context>
<context>
    <name>rw::LookupCache</name>
    <message>
        <location filename="../models/offline/lookupcache.cpp" line="+82"/>
        <source>the folder %1 for the lookup cache cannot be created</source>
        <translation>the folder %1 for the lookup cache cannot be created</translation>
    </message>
</context>
<context>
    <name>rw::LookupCacheStore</name>
    <message>
        <location filename="../models/offline/lookupcachestore.cpp" line="+183"/>
        <source>use the offline lookup cache</source>
        <translation>use the offline lookup cache</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a lookup cache (SQLite: %2)</source>
        <translation>%1 is not a lookup cache (SQLite: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set up the lookup cache</source>
        <translation>set up the lookup cache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a lookup cache of this version: %2</source>
        <translation>%1 is not a lookup cache of this version: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 holds cached permits but no key record: it cannot be opened</source>
        <translation>%1 holds cached permits but no key record: it cannot be opened</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cache key could not be derived (OpenSSL failed)</source>
        <translation>the cache key could not be derived (OpenSSL failed)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lookup cache could not be deleted: %1</source>
        <translation>the lookup cache could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>index a cached permit</source>
        <translation>index a cached permit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>OpenSSL failed</source>
        <translation>OpenSSL failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypt a cached permit</source>
        <translation>encrypt a cached permit</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the lookup cache is not open: the answer to &quot;%1&quot; was not kept</source>
        <translation>the lookup cache is not open: the answer to &quot;%1&quot; was not kept</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a search answer needs a query, a time and &quot;hits&quot;: the answer was not kept</source>
        <translation>a search answer needs a query, a time and &quot;hits&quot;: the answer was not kept</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>the lookup cache is not open: the registry page was not kept</source>
        <translation>the lookup cache is not open: the registry page was not kept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a registry page needs &quot;asOf&quot; (a date-time), &quot;hits&quot; (an array) and &quot;next&quot; (a number or null); this one has asOf &quot;%1&quot;</source>
        <translation>a registry page needs &quot;asOf&quot; (a date-time), &quot;hits&quot; (an array) and &quot;next&quot; (a number or null); this one has asOf &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the registry page after %1 does not continue the sync in progress, which is at %2</source>
        <translation>the registry page after %1 does not continue the sync in progress, which is at %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry page after %1 continues no sync in progress: start again from 0</source>
        <translation>the registry page after %1 continues no sync in progress: start again from 0</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the registry page after %1 names %2 as the next: the cursor must grow</source>
        <translation>the registry page after %1 names %2 as the next: the cursor must grow</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the lookup cache is not open: nothing was pruned</source>
        <translation>the lookup cache is not open: nothing was pruned</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the lookup cache is not open: it cannot be re-keyed</source>
        <translation>the lookup cache is not open: it cannot be re-keyed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the lookup cache was not re-keyed: %1</source>
        <translation>the lookup cache was not re-keyed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new cache key could not be derived (OpenSSL failed)</source>
        <translation>the new cache key could not be derived (OpenSSL failed)</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n cached value(s) failed their integrity check and were dropped</source>
        <translation>
            <numerusform>%n cached value failed its integrity check and was dropped</numerusform>
            <numerusform>%n cached values failed their integrity check and were dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LookupClient</name>
    <message>
        <location filename="../models/lookup/lookupclient.cpp" line="+58"/>
        <source>Revealing personal data needs a signed-in session</source>
        <translation>Revealing personal data needs a signed-in session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not reveal personal data: names, ID, licence and phone numbers stay masked</source>
        <translation>Your role (%1) may not reveal personal data: names, ID, licence and phone numbers stay masked</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to look up: type a plate with its province (琼D…), a name, a driving-licence, certificate or ID number, or a company</source>
        <translation>Nothing to look up: type a plate with its province (琼D…), a name, a driving-licence, certificate or ID number, or a company</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revealing personal data needs a reason; it is recorded in the platform&apos;s audit trail</source>
        <translation>Revealing personal data needs a reason; it is recorded in the platform&apos;s audit trail</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no answer from the platform</source>
        <translation>no answer from the platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from the platform: %1</source>
        <translation>no answer from the platform: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The platform&apos;s answer to the permit search for “%1” cannot be read: %2</source>
        <translation>The platform&apos;s answer to the permit search for “%1” cannot be read: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revealing personal data needs the platform, which cannot be reached (%1): every reveal is recorded in its audit trail</source>
        <translation>Revealing personal data needs the platform, which cannot be reached (%1): every reveal is recorded in its audit trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused to reveal the personal data for “%1”: %2</source>
        <translation>The platform refused to reveal the personal data for “%1”: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform refused the permit search for “%1”: %2</source>
        <translation>The platform refused the permit search for “%1”: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform cannot be reached (%1), and no offline cache is set up to answer “%2”</source>
        <translation>The platform cannot be reached (%1), and no offline cache is set up to answer “%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform cannot be reached (%1), and the offline cache holds no answer for “%2”</source>
        <translation>The platform cannot be reached (%1), and the offline cache holds no answer for “%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform cannot be reached (%1), and the offline cache&apos;s answer for “%2” cannot be read: %3</source>
        <translation>The platform cannot be reached (%1), and the offline cache&apos;s answer for “%2” cannot be read: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No plate to ask the record of</source>
        <translation>No plate to ask the record of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No driver certificate to ask the record of</source>
        <translation>No driver certificate to ask the record of</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the vehicle %1</source>
        <translation>the vehicle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver %1</source>
        <translation>the driver %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bad-record list, complaints and penalties of %1 need the platform, which cannot be reached (%2)</source>
        <translation>The bad-record list, complaints and penalties of %1 need the platform, which cannot be reached (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the record of %1: %2</source>
        <translation>The platform refused the record of %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform&apos;s record of %1 cannot be read: %2</source>
        <translation>The platform&apos;s record of %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>rw::LookupDetailCard</name>
    <message>
        <location filename="../ui/lookup/lookupdetailcard.cpp" line="+38"/>
        <location line="+12"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the live map</source>
        <translation>On the live map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad-record list, complaints and penalties</source>
        <translation>Bad-record list, complaints and penalties</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+549"/>
        <source>Print / Save PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Permit details</source>
        <translation>Permit details</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons, article by article</source>
        <translation>Reasons, article by article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fix</source>
        <translation>Last fix</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes for the inspection record (what was checked, what the driver said)</source>
        <translation>Notes for the inspection record (what was checked, what the driver said)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the inspection record</source>
        <translation>Notes for the inspection record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inspection record: officer, time, place, verdicts with their articles, notes</source>
        <translation>The inspection record: officer, time, place, verdicts with their articles, notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new inspection record: forget the vehicles and drivers looked up so far</source>
        <translation>Start a new inspection record: forget the vehicles and drivers looked up so far</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Look up a plate, a driver or a company, then pick a permit to see whether it may serve passengers and why not.</source>
        <translation>Look up a plate, a driver or a company, then pick a permit to see whether it may serve passengers and why not.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Asking the platform for the record…</source>
        <translation>Asking the platform for the record…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search says: on the city&apos;s bad-record list.</source>
        <translation>The search says: on the city&apos;s bad-record list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search says: not on the city&apos;s bad-record list.</source>
        <translation>The search says: not on the city&apos;s bad-record list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not on the city&apos;s bad-record list (%1).</source>
        <translation>Not on the city&apos;s bad-record list (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the city&apos;s bad-record list (%1):</source>
        <translation>On the city&apos;s bad-record list (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — listed %2 by %3, until %4</source>
        <translation>%1 — listed %2 by %3, until %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier entries, since removed: %1</source>
        <translation>Earlier entries, since removed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passenger complaints.</source>
        <translation>No passenger complaints.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passenger complaints: %1. Latest %2: %3 (%4)</source>
        <translation>Passenger complaints: %1. Latest %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No penalties.</source>
        <translation>No penalties.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penalties: %1. Latest %2: %3 (%4)</source>
        <translation>Penalties: %1. Latest %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (certificate %2)</source>
        <translation>%1 (certificate %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · found by %2</source>
        <translation>%1 · found by %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit: only its validity was checked.</source>
        <translation>The platform did not report the city&apos;s conditions (rule findings, bad-record list) for this permit: only its validity was checked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate reads %1; Art. 41 ends it 8 years after the first registration (%2).</source>
        <translation>The certificate reads %1; Art. 41 ends it 8 years after the first registration (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 seats</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wheelbase %1 mm</source>
        <translation>wheelbase %1 mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first registered %1</source>
        <translation>first registered %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence: %1</source>
        <translation>Driving licence: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence class %1</source>
        <translation>licence class %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driving since %1</source>
        <translation>driving since %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operating area %1</source>
        <translation>operating area %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit code %1</source>
        <translation>credit code %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the offline cache: as the platform judged it at %1 (cached %2)</source>
        <translation>From the offline cache: as the platform judged it at %1 (cached %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By the platform at %1</source>
        <translation>By the platform at %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Personal data shown in clear.</source>
        <translation>Personal data shown in clear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data shown in clear; reason recorded: %1</source>
        <translation>Personal data shown in clear; reason recorded: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revealing needs the platform: it is audited, and the platform cannot be reached.</source>
        <translation>Revealing needs the platform: it is audited, and the platform cannot be reached.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the personal data in clear; the reason is recorded in the audit trail</source>
        <translation>Show the personal data in clear; the reason is recorded in the audit trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data is masked.</source>
        <translation>Personal data is masked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data is masked. %1</source>
        <translation>Personal data is masked. %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not on the live map: no position of this plate has arrived</source>
        <translation>Not on the live map: no position of this plate has arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live data is not connected</source>
        <translation>Live data is not connected</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, for company %2 (the permit is %3&apos;s)</source>
        <translation>%1, for company %2 (the permit is %3&apos;s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — stale (no fix for over %2 s)</source>
        <translation>%1 — stale (no fix for over %2 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, last fix %3</source>
        <translation>%1, %2, last fix %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Writing the record…</source>
        <translation>Writing the record…</translation>
    </message>
</context>
<context>
    <name>rw::LookupHit</name>
    <message>
        <location filename="../models/lookup/lookuphit.cpp" line="+45"/>
        <source>%1: &quot;%2&quot; is not a permit kind (company, vehicle or driver)</source>
        <translation>%1: &quot;%2&quot; is not a permit kind (company, vehicle or driver)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 is not an array</source>
        <translation>%1: %2 is not an array</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not an object</source>
        <translation>%1: %2 is not an object</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate number</source>
        <translation>certificate number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving-licence number</source>
        <translation>driving-licence number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company ID</source>
        <translation>company ID</translation>
    </message>
</context>
<context>
    <name>rw::LookupPage</name>
    <message>
        <location filename="../ui/lookup/lookuppage.cpp" line="+42"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Asking the city&apos;s permit registry…</source>
        <translation>Asking the city&apos;s permit registry…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>琼D12345 · 张伟 · certificate, licence or ID number · company</source>
        <translation>琼D12345 · 张伟 · certificate, licence or ID number · company</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Look up a plate, driver, certificate or company</source>
        <translation>Look up a plate, driver, certificate or company</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A plate with its province prefix (琼D…, or its start), a driver&apos;s name, a driving-licence, certificate or ID number, a VIN, or a company&apos;s name or ID. Enter searches.</source>
        <translation>A plate with its province prefix (琼D…, or its start), a driver&apos;s name, a driving-licence, certificate or ID number, a VIN, or a company&apos;s name or ID. Enter searches.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Permits found</source>
        <translation>Permits found</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Writing the inspection record…</source>
        <translation>Writing the inspection record…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written to %1</source>
        <translation>Cancelled: nothing was written to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Search cancelled.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cancelled; the permits shown are from the search before it.</source>
        <translation>Search cancelled; the permits shown are from the search before it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The platform&apos;s answer to the reveal did not hold this permit any more; search again</source>
        <translation>The platform&apos;s answer to the reveal did not hold this permit any more; search again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cached as of %1 — the platform cannot be reached. Validity is judged again for today from the cached dates; revealing personal data and the records of complaints and penalties wait for the platform.</source>
        <translation>Cached as of %1 — the platform cannot be reached. Validity is judged again for today from the cached dates; revealing personal data and the records of complaints and penalties wait for the platform.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No transport certificate for “%1” in the city&apos;s registry: the vehicle may not carry passengers (Art. 14, 第十四条).</source>
        <translation>No transport certificate for “%1” in the city&apos;s registry: the vehicle may not carry passengers (Art. 14, 第十四条).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permit found for “%1” (%2).</source>
        <translation>No permit found for “%1” (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permits found for “%1” (%2): %3</source>
        <translation>Permits found for “%1” (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — more matched than are shown; narrow the search</source>
        <translation> — more matched than are shown; narrow the search</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Waiting for the search on its way</source>
        <translation>Waiting for the search on its way</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inspection record holds: %1</source>
        <translation>The inspection record holds: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save the inspection record</source>
        <translation>Save the inspection record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the inspection record</source>
        <translation>Print the inspection record</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The inspection record is still being written; print again in a moment</source>
        <translation>The inspection record is still being written; print again in a moment</translation>
    </message>
</context>
<context>
    <name>rw::LookupResultModel</name>
    <message>
        <location filename="../models/itemmodels/lookupresultmodel.cpp" line="+74"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, conditions not checked</source>
        <translation>Valid, conditions not checked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired since cached</source>
        <translation>Expired since cached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules broken: %1</source>
        <translation>Rules broken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad record</source>
        <translation>bad record</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate / name</source>
        <translation>Plate / name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rw::LookupVerdict</name>
    <message>
        <location filename="../models/lookup/lookupverdict.cpp" line="+11"/>
        <source>an unknown day</source>
        <translation>an unknown day</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the permit ran out on %1 (judged again today from the cached dates)</source>
        <translation>the permit ran out on %1 (judged again today from the cached dates)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the permit is not valid yet: valid from %1</source>
        <translation>the permit is not valid yet: valid from %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transport certificate ended on %1, 8 years after the first registration on %2, although it reads valid until %3</source>
        <translation>the transport certificate ended on %1, 8 years after the first registration on %2, although it reads valid until %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permit is not valid: valid from %1 until %2</source>
        <translation>the permit is not valid: valid from %1 until %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the driver is on the city&apos;s bad-record list</source>
        <translation>the driver is on the city&apos;s bad-record list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle is on the city&apos;s bad-record list</source>
        <translation>the vehicle is on the city&apos;s bad-record list</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>May operate</source>
        <translation>May operate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May carry passengers</source>
        <translation>May carry passengers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not operate</source>
        <translation>May not operate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May not carry passengers</source>
        <translation>May not carry passengers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permit valid — the city&apos;s conditions were not checked</source>
        <translation>Permit valid — the city&apos;s conditions were not checked</translation>
    </message>
</context>
<context>
    <name>rw::MBTilesReader</name>
    <message>
        <location filename="../models/map/mbtilesreader.cpp" line="+14"/>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>The MBTiles file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the MBTiles file %1: %2</source>
        <translation>Cannot open the MBTiles file %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an MBTiles file: it has no &quot;tiles&quot; table or view.</source>
        <translation>%1 is not an MBTiles file: it has no &quot;tiles&quot; table or view.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the MBTiles metadata</source>
        <translation>read the MBTiles metadata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read a tile of %1</source>
        <translation>read a tile of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 is not an MBTiles file: %2</translation>
    </message>
</context>
<context>
    <name>rw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+109"/>
        <source>RideWatch — ride-hailing supervision</source>
        <translation>RideWatch — ride-hailing supervision</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intake counts as of %1</source>
        <translation>Intake counts as of %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · region %1</source>
        <translation> · region %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track replay</source>
        <translation>Track replay</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Near me</source>
        <translation>Near me</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live map</source>
        <translation>Live map</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Permit lookup</source>
        <translation>Permit lookup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad-record list</source>
        <translation>Bad-record list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data intake</source>
        <translation>Data intake</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quality scores</source>
        <translation>Quality scores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security policy</source>
        <translation>Security policy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages</source>
        <translation>Outages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outage #%1 opened: %2 stopped sending %3 — see the status board</source>
        <translation>Outage #%1 opened: %2 stopped sending %3 — see the status board</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status board</source>
        <translation>Status board</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role (%1) has no pages in this version of the console.</source>
        <translation>Your role (%1) has no pages in this version of the console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Live: %n vehicle(s), data as of %1</source>
        <translation>
            <numerusform>Live: %n vehicle, data as of %1</numerusform>
            <numerusform>Live: %n vehicles, data as of %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: connecting…</source>
        <translation>Live: connecting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: connection lost, retrying; data as of %1</source>
        <translation>Live: connection lost, retrying; data as of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: not connected; data as of %1</source>
        <translation>Live: not connected; data as of %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Starting the platform…</source>
        <translation>Starting the platform…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh this page</source>
        <translation>&amp;Refresh this page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show page 1 … 9</source>
        <translation>Show page 1 … 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next or previous page</source>
        <translation>Next or previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved. The new language or platform address takes effect when RideWatch restarts.</source>
        <translation>Settings saved. The new language or platform address takes effect when RideWatch restarts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page updates by itself; there is nothing to refresh.</source>
        <translation>This page updates by itself; there is nothing to refresh.</translation>
    </message>
</context>
<context>
    <name>rw::MapView</name>
    <message>
        <location filename="../ui/map/mapview.cpp" line="+39"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, wheel or +/− to zoom, arrow keys to pan, Home for the whole city.</source>
        <translation>Drag to pan, wheel or +/− to zoom, arrow keys to pan, Home for the whole city.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>rw::MyLocation</name>
    <message>
        <location filename="../models/location/mylocation.cpp" line="+24"/>
        <location line="+24"/>
        <source>No position source on this computer.</source>
        <translation>No position source on this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Position updates are off (%1).</source>
        <translation>Position updates are off (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a fix</source>
        <translation>Waiting for a fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position from %1.</source>
        <translation>Position from %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No fix from %1 at the moment (is the receiver out of view of the sky?).</source>
        <translation>No fix from %1 at the moment (is the receiver out of view of the sky?).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Could not use %1: access was denied. Allow this program to use the position, or check the device&apos;s permissions. Trying again every %n s.</source>
        <translation>
            <numerusform>Could not use %1: access was denied. Allow this program to use the position, or check the device&apos;s permissions. Trying again every %n s.</numerusform>
            <numerusform>Could not use %1: access was denied. Allow this program to use the position, or check the device&apos;s permissions. Trying again every %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Lost %1: it was closed (receiver unplugged, service stopped or log ended). Trying again every %n s.</source>
        <translation>
            <numerusform>Lost %1: it was closed (receiver unplugged, service stopped or log ended). Trying again every %n s.</numerusform>
            <numerusform>Lost %1: it was closed (receiver unplugged, service stopped or log ended). Trying again every %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Lost %1: it failed with an unknown error. Trying again every %n s.</source>
        <translation>
            <numerusform>Lost %1: it failed with an unknown error. Trying again every %n s.</numerusform>
            <numerusform>Lost %1: it failed with an unknown error. Trying again every %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The fix was lost: no position from %1 for %n s.</source>
        <translation>
            <numerusform>The fix was lost: no position from %1 for %n s.</numerusform>
            <numerusform>The fix was lost: no position from %1 for %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for a position fix from %1…</source>
        <translation>Waiting for a position fix from %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the position source “%1”</source>
        <translation>the position source “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the position source</source>
        <translation>the position source</translation>
    </message>
</context>
<context>
    <name>rw::NearbyPanel</name>
    <message>
        <location filename="../ui/location/nearbypanel.cpp" line="+184"/>
        <source>Vehicles near me</source>
        <translation>Vehicles near me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate me</source>
        <translation>Locate me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my position on the map</source>
        <translation>Show my position on the map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicles near me, nearest first</source>
        <translation>Vehicles near me, nearest first</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>No position source on this computer.</source>
        <translation>No position source on this computer.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ± %2 m</source>
        <translation>%1 ± %2 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My position: %1 (%2), fix at %3.</source>
        <translation>My position: %1 (%2), fix at %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My position: %1 (%2).</source>
        <translation>My position: %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for a position fix…</source>
        <translation>Waiting for a position fix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicles within %1.</source>
        <translation>No vehicles within %1.</translation>
    </message>
</context>
<context>
    <name>rw::NearbyVehicleModel</name>
    <message>
        <location filename="../models/itemmodels/nearbyvehiclemodel.cpp" line="+152"/>
        <source>Approximate: the vehicle&apos;s position was sent without a known datum (Encrypt).</source>
        <translation>Approximate: the vehicle&apos;s position was sent without a known datum (Encrypt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No position for over a minute (positions are due within 60 s).</source>
        <translation>No position for over a minute (positions are due within 60 s).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (stale)</source>
        <translation>%1 (stale)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fix</source>
        <translation>Last fix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NE</source>
        <translation>NE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NW</source>
        <translation>NW</translation>
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
        <translation>Creating the account on the platform…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Wang Xiaoming</source>
        <translation>e.g. Wang Xiaoming</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion code:</source>
        <translation>Re&amp;gion code:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform generates a one-time password; the holder chooses their own at the first sign-in.</source>
        <translation>The platform generates a one-time password; the holder chooses their own at the first sign-in.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>User name: no spaces at the beginning or the end (&quot;%1&quot;).</source>
        <translation>User name: no spaces at the beginning or the end (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: &quot;/&quot; is not allowed (&quot;%1&quot;).</source>
        <translation>User name: &quot;/&quot; is not allowed (&quot;%1&quot;).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Region code: a GB/T 2260 code has six digits, &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Region code: a GB/T 2260 code has six digits, &quot;%1&quot; has %n.</numerusform>
            <numerusform>Region code: a GB/T 2260 code has six digits, &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Region code: %1</source>
        <translation>Region code: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrators see no business data and have no region.</source>
        <translation>Administrators see no business data and have no region.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 460000</source>
        <translation>e.g. 460000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province code (xx0000), e.g. 460000 for Hainan.</source>
        <translation>A province code (xx0000), e.g. 460000 for Hainan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 469001</source>
        <translation>e.g. 469001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A city code: a prefecture (xxyy00), a county-level city such as 469001 (Wuzhishan), or a municipality such as 110000.</source>
        <translation>A city code: a prefecture (xxyy00), a county-level city such as 469001 (Wuzhishan), or a municipality such as 110000.</translation>
    </message>
</context>
<context>
    <name>rw::NoticeParser</name>
    <message>
        <location filename="../platform/intake/noticeparser.cpp" line="+28"/>
        <source>the notice is not valid JSON: %1 at byte %2</source>
        <translation>the notice is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notice must be a JSON object</source>
        <translation>the notice must be a JSON object</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</source>
        <translation>CompanyId &quot;%1&quot; does not match the credential, which belongs to &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind &quot;%1&quot; is not one of planned_stop, incident, restoration, written_report</source>
        <translation>Kind &quot;%1&quot; is not one of planned_stop, incident, restoration, written_report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a number YYYYMMDDhhmmss</source>
        <translation>%1 must be a number YYYYMMDDhhmmss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a real date and time (YYYYMMDDhhmmss)</source>
        <translation>%1: %2 is not a real date and time (YYYYMMDDhhmmss)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>StartTime is required for a %1 notice</source>
        <translation>StartTime is required for a %1 notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EndTime is required for a planned_stop notice</source>
        <translation>EndTime is required for a planned_stop notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EndTime must be after StartTime</source>
        <translation>EndTime must be after StartTime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Streams must be an array such as [&quot;position&quot;,&quot;order&quot;]</source>
        <translation>Streams must be an array such as [&quot;position&quot;,&quot;order&quot;]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams: &quot;%1&quot; is not one of %2</source>
        <translation>Streams: &quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason may hold 1024 characters and Contact 256</source>
        <translation>Reason may hold 1024 characters and Contact 256</translation>
    </message>
</context>
<context>
    <name>rw::NoticeRecord</name>
    <message>
        <location filename="../models/outages/noticerecord.cpp" line="+24"/>
        <source>Planned stop (Art. 11)</source>
        <translation>Planned stop (Art. 11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident (Art. 12)</source>
        <translation>Incident (Art. 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoration (Art. 12)</source>
        <translation>Restoration (Art. 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written report (Art. 12)</source>
        <translation>Written report (Art. 12)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not planned_stop, incident, restoration or written_report</source>
        <translation>&quot;%1&quot; is not planned_stop, incident, restoration or written_report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>item %1 is not an object</source>
        <translation>item %1 is not an object</translation>
    </message>
</context>
<context>
    <name>rw::NoticeStore</name>
    <message>
        <location filename="../platform/intake/noticestore.cpp" line="+24"/>
        <source>store a notice of company %1</source>
        <translation>store a notice of company %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>read the notices of company %1</source>
        <translation>read the notices of company %1</translation>
    </message>
</context>
<context>
    <name>rw::OfflineCopyStatus</name>
    <message>
        <location filename="../ui/lookup/offlinecopystatus.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops downloading the registry; the offline copy keeps what it had, and the next update resumes where this one stopped</source>
        <translation>Stops downloading the registry; the offline copy keeps what it had, and the next update resumes where this one stopped</translation>
    </message>
</context>
<context>
    <name>rw::OfflineRegistry</name>
    <message>
        <location filename="../models/offline/offlineregistry.cpp" line="+42"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline copy: opening…</source>
        <translation>Offline copy: opening…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline copy: downloading the registry, %n permit(s) so far…</source>
        <translation>
            <numerusform>Offline copy: downloading the registry, %n permit so far…</numerusform>
            <numerusform>Offline copy: downloading the registry, %n permits so far…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline copy as of %1 (last update failed: %2)</source>
        <translation>Offline copy as of %1 (last update failed: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copy as of %1</source>
        <translation>Offline copy as of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline copy unavailable: %1</source>
        <translation>Offline copy unavailable: %1</translation>
    </message>
</context>
<context>
    <name>rw::OneTimePasswordDialog</name>
    <message>
        <location filename="../ui/admin/onetimepassworddialog.cpp" line="+58"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time password for %1</source>
        <translation>One-time password for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 has been created</source>
        <translation>Account %1 has been created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 has been reset</source>
        <translation>The password of %1 has been reset</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give it to the account holder in person or through another secure channel. It is shown only now and cannot be shown again; the holder must choose a new password at the first sign-in.</source>
        <translation>Give it to the account holder in person or through another secure channel. It is shown only now and cannot be shown again; the holder must choose a new password at the first sign-in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the one-time password of account %1. %2</source>
        <translation>This is the one-time password of account %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its sessions have ended. This is the new one-time password of account %1. %2</source>
        <translation>Its sessions have ended. This is the new one-time password of account %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time &amp;password:</source>
        <translation>One-time &amp;password:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrators sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d). Add this key to the holder&apos;s authenticator app, e.g. as a QR code; it is shown only now as well.</source>
        <translation>Administrators sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d). Add this key to the holder&apos;s authenticator app, e.g. as a QR code; it is shown only now as well.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy key</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Authenticator key:</source>
        <translation>&amp;Authenticator key:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy URI</source>
        <translation>Copy URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same key as an otpauth:// URI, for a QR code:</source>
        <translation>The same key as an otpauth:// URI, for a QR code:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I have passed the password on; I know it cannot be shown again.</source>
        <translation>I have passed the password on; I know it cannot be shown again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>rw::OutageClient</name>
    <message>
        <location filename="../models/client/outageclient.cpp" line="+35"/>
        <source>Loading the outages</source>
        <translation>Loading the outages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the outage</source>
        <translation>Loading the outage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the notices</source>
        <translation>Loading the notices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the status board</source>
        <translation>Loading the status board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the suspension state</source>
        <translation>Loading the suspension state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the upload access</source>
        <translation>Changing the upload access</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the outages of %1</source>
        <translation>Loading the outages of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading outage %1</source>
        <translation>Loading outage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the notices of %1</source>
        <translation>Loading the notices of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the suspension state of %1</source>
        <translation>Loading the suspension state of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the upload access of %1</source>
        <translation>Changing the upload access of %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1 failed (%2): %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+23"/>
        <source>the platform&apos;s answer cannot be read: %1</source>
        <translation>the platform&apos;s answer cannot be read: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is not an outage&apos;s id</source>
        <translation>%1 is not an outage&apos;s id</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+22"/>
        <source>no company given</source>
        <translation>no company given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reason is required (seed 000 Art. 13)</source>
        <translation>a reason is required (seed 000 Art. 13)</translation>
    </message>
</context>
<context>
    <name>rw::OutageDetailView</name>
    <message>
        <location filename="../ui/outages/outagedetailview.cpp" line="+43"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back-fill:</source>
        <translation>Back-fill:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice:</source>
        <translation>Notice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received (CST)</source>
        <translation>Received (CST)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced window (CST)</source>
        <translation>Announced window (CST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice trail (7 days before to 14 days after):</source>
        <translation>Notice trail (7 days before to 14 days after):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an outage to see its details.</source>
        <translation>Select an outage to see its details.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage #%1: %2, %3</source>
        <translation>Outage #%1: %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3); detected %4</source>
        <translation>%1 to %2 (%3); detected %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing expected</source>
        <translation>nothing expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 expected records re-sent (%3 per minute before the gap)</source>
        <translation>%1 of %2 expected records re-sent (%3 per minute before the gap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: nothing to follow up</source>
        <translation>None: nothing to follow up</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, in time</source>
        <translation>%1, in time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, late</source>
        <translation>%1, late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — matched</source>
        <translation>%1 — matched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>rw::OutageListModel</name>
    <message>
        <location filename="../models/itemmodels/outagelistmodel.cpp" line="+61"/>
        <source>%1 of %2 expected records re-sent</source>
        <translation>%1 of %2 expected records re-sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to follow up</source>
        <translation>Nothing to follow up</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start (CST)</source>
        <translation>Start (CST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (CST)</source>
        <translation>End (CST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-fill</source>
        <translation>Back-fill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>rw::OutageMonitor</name>
    <message>
        <location filename="../platform/outages/outagemonitor.cpp" line="+89"/>
        <source>outage of %1 (%2) could not be stored: %3</source>
        <translation>outage of %1 (%2) could not be stored: %3</translation>
    </message>
</context>
<context>
    <name>rw::OutageRecord</name>
    <message>
        <location filename="../models/outages/outagerecord.cpp" line="+63"/>
        <source>Not declared</source>
        <translation>Not declared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late notice (under 72 h, Art. 11)</source>
        <translation>Late notice (under 72 h, Art. 11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the announced window</source>
        <translation>Outside the announced window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back-fill incomplete (Art. 12)</source>
        <translation>Back-fill incomplete (Art. 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written report missing (Art. 12)</source>
        <translation>Written report missing (Art. 12)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned stop, announced in time</source>
        <translation>Planned stop, announced in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned stop, announced late</source>
        <translation>Planned stop, announced late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident notified after %1</source>
        <translation>Incident notified after %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; written report filed</source>
        <translation>%1; written report filed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; restored</source>
        <translation>%1; restored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notice</source>
        <translation>No notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</source>
        <translation>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is before startedAt %2</source>
        <translation>%1 is before startedAt %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a known flag</source>
        <translation>&quot;%1&quot; is not a known flag</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>item %1 is not an object</source>
        <translation>item %1 is not an object</translation>
    </message>
</context>
<context>
    <name>rw::OutageReport</name>
    <message>
        <location filename="../models/outages/outagereport.cpp" line="+30"/>
        <source>Transmission outages %1</source>
        <translation>Transmission outages %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission outages %1 — region %2</source>
        <translation>Transmission outages %1 — region %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>Month</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Outage ID</source>
        <translation>Outage ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company ID</source>
        <translation>Company ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+32"/>
        <location line="+20"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>Start (CST)</source>
        <translation>Start (CST)</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+91"/>
        <source>End (CST)</source>
        <translation>End (CST)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Duration (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per minute before</source>
        <translation>Records per minute before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected records</source>
        <translation>Expected records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-filled records</source>
        <translation>Back-filled records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-fill (%)</source>
        <translation>Back-fill (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+85"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (calendar month, China Standard Time)</source>
        <translation>%1 (calendar month, China Standard Time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all companies in scope</source>
        <translation>all companies in scope</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1 (UTC+8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (UTC+8) by %2</source>
        <translation>%1 (UTC+8) by %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No outage was detected in this month.</source>
        <translation>No outage was detected in this month.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Outages</source>
        <translation>Outages</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total length</source>
        <translation>Total length</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-fill</source>
        <translation>Back-fill</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seed 000 Art. 11: a planned stop is announced at least 72 h ahead; Art. 12: an incident is notified at once, the missed data re-sent and a written report filed.</source>
        <translation>Seed 000 Art. 11: a planned stop is announced at least 72 h ahead; Art. 12: an incident is notified at once, the missed data re-sent and a written report filed.</translation>
    </message>
</context>
<context>
    <name>rw::OutageStore</name>
    <message>
        <location filename="../platform/outages/outagestore.cpp" line="+32"/>
        <source>store an outage</source>
        <translation>store an outage</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>read the recent outages</source>
        <translation>read the recent outages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>list the outages</source>
        <translation>list the outages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read an outage</source>
        <translation>read an outage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the recent uploads per stream</source>
        <translation>read the recent uploads per stream</translation>
    </message>
</context>
<context>
    <name>rw::OutageStreams</name>
    <message>
        <location filename="../models/outages/outagestream.cpp" line="+50"/>
        <source>Base information</source>
        <translation>Base information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-pooling</source>
        <translation>Car-pooling</translation>
    </message>
</context>
<context>
    <name>rw::OutageTimelineChart</name>
    <message>
        <location filename="../ui/outages/outagetimelinechart.cpp" line="+106"/>
        <source>Outages and announced windows</source>
        <translation>Outages and announced windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages and announced windows, %1</source>
        <translation>Outages and announced windows, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month (China Standard Time)</source>
        <translation>Day of the month (China Standard Time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of %1 (China Standard Time)</source>
        <translation>Day of %1 (China Standard Time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Detected gap</source>
        <translation>Detected gap</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Planned stop announced (Art. 11)</source>
        <translation>Planned stop announced (Art. 11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident notified (Art. 12)</source>
        <translation>Incident notified (Art. 12)</translation>
    </message>
</context>
<context>
    <name>rw::OutagesApi</name>
    <message>
        <location filename="../platform/api/outagesapi.cpp" line="+53"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>parameter &quot;%1&quot; is not known (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter %1 is given more than once</source>
        <translation>parameter %1 is given more than once</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>parameter limit: &quot;%1&quot; is not a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter open: &quot;%1&quot; is not 1, 0, true or false</source>
        <translation>parameter open: &quot;%1&quot; is not 1, 0, true or false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter company is empty</source>
        <translation>parameter company is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter %1: &quot;%2&quot; is not a time in Unix milliseconds</source>
        <translation>parameter %1: &quot;%2&quot; is not a time in Unix milliseconds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter to (%1) must be later than from (%2)</source>
        <translation>parameter to (%1) must be later than from (%2)</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+99"/>
        <source>company %1 holds no permit within the scope %2 of account %3</source>
        <translation>company %1 holds no permit within the scope %2 of account %3</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>the outages cannot be read: %1</source>
        <translation>the outages cannot be read: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there is no outage &quot;%1&quot;</source>
        <translation>there is no outage &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no outage %1</source>
        <translation>there is no outage %1</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>There is nothing at the path &apos;%1&apos;</source>
        <translation>There is nothing at the path &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>company %1 is not registered with the platform</source>
        <translation>company %1 is not registered with the platform</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body must be a JSON object {&quot;suspended&quot;: true or false, &quot;reason&quot;: &quot;…&quot;}</source>
        <translation>the body must be a JSON object {&quot;suspended&quot;: true or false, &quot;reason&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the change cannot be recorded in the audit trail, so company %1 was not changed</source>
        <translation>the change cannot be recorded in the audit trail, so company %1 was not changed</translation>
    </message>
</context>
<context>
    <name>rw::OutagesPage</name>
    <message>
        <location filename="../ui/outages/outagespage.cpp" line="+68"/>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outage report</source>
        <translation>The outage report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month (CST):</source>
        <translation>Month (CST):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the outage report…</source>
        <translation>Writing the outage report…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the outage report: page %1 of %2</source>
        <translation>Writing the outage report: page %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the outage report: %1 of %2</source>
        <translation>Writing the outage report: %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the outage report to %1.</source>
        <translation>Saved the outage report to %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to %1 cancelled; nothing was written.</source>
        <translation>Export to %1 cancelled; nothing was written.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading the outages of %1…</source>
        <translation>Loading the outages of %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading cancelled; press Show to ask again.</source>
        <translation>Loading cancelled; press Show to ask again.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n outage(s) in %1</source>
        <translation>
            <numerusform>%n outage in %1</numerusform>
            <numerusform>%n outages in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 still open, %2 flagged</source>
        <translation>; %1 still open, %2 flagged</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1. Red: detected gaps; blue: planned stops announced (Art. 11); orange: incidents notified (Art. 12). Short gaps are drawn at least 1/300 of the month wide.</source>
        <translation>%1. Red: detected gaps; blue: planned stops announced (Art. 11); orange: incidents notified (Art. 12). Short gaps are drawn at least 1/300 of the month wide.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export the outage report</source>
        <translation>Export the outage report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the outages as CSV</source>
        <translation>Export the outages as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>rw::PasswordBlocklist</name>
    <message>
        <location filename="../models/security/passwordblocklist.cpp" line="+171"/>
        <source>repeated &quot;%1&quot;</source>
        <translation>repeated &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rw::PasswordChangeDialog</name>
    <message>
        <location filename="../ui/session/passwordchangedialog.cpp" line="+46"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the new password to the platform…</source>
        <translation>Sending the new password to the platform…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must meet these requirements:</source>
        <translation>The new password must meet these requirements:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+62"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform). The new password must meet the requirements below; the platform also refuses your recent passwords.</source>
        <translation>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform). The new password must meet the requirements below; the platform also refuses your recent passwords.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>New password required</source>
        <translation>New password required</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator has reset your password. Choose a new password that only you know before you continue, or sign out. The platform rules require users to keep their account details safe and to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform).</source>
        <translation>An administrator has reset your password. Choose a new password that only you know before you continue, or sign out. The platform rules require users to keep their account details safe and to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password has expired</source>
        <translation>Your password has expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform), and your password has reached its maximum age. Choose a new password to continue, or sign out.</source>
        <translation>The platform rules require users to change their passwords regularly (Art. 19 of the Measures for the Operation of the Ride-Hailing Supervision Information Platform), and your password has reached its maximum age. Choose a new password to continue, or sign out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The platform did not accept the new password:</source>
        <translation>The platform did not accept the new password:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The repeated password matches the new password.</source>
        <translation>The repeated password matches the new password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password differs from the current password.</source>
        <translation>The new password differs from the current password.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requirement not checked yet: %1</source>
        <translation>Requirement not checked yet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement met: %1</source>
        <translation>Requirement met: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement not met: %1</source>
        <translation>Requirement not met: %1</translation>
    </message>
</context>
<context>
    <name>rw::PasswordExpiry</name>
    <message numerus="yes">
        <location filename="../models/security/passwordexpiry.cpp" line="+12"/>
        <source>Your password expires in %n day(s), at %1 (rule maxAgeDays: %2 days). Change it now.</source>
        <translation>
            <numerusform>Your password expires in %n day, at %1 (rule maxAgeDays: %2 days). Change it now.</numerusform>
            <numerusform>Your password expires in %n days, at %1 (rule maxAgeDays: %2 days). Change it now.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password expired at %1 (rule maxAgeDays: %2 days). Change it to continue.</source>
        <translation>Your password expired at %1 (rule maxAgeDays: %2 days). Change it to continue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password was set or reset by an administrator. Choose a new one to continue.</source>
        <translation>Your password was set or reset by an administrator. Choose a new one to continue.</translation>
    </message>
</context>
<context>
    <name>rw::PasswordHasher</name>
    <message numerus="yes">
        <location filename="../models/security/passwordhasher.cpp" line="+153"/>
        <source>password hash: expected &quot;$algorithm$parameters$salt$hash&quot;, found %n part(s)</source>
        <translation>
            <numerusform>password hash: expected &quot;$algorithm$parameters$salt$hash&quot;, found %n part</numerusform>
            <numerusform>password hash: expected &quot;$algorithm$parameters$salt$hash&quot;, found %n parts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>password hash: parameter &quot;%1&quot; is not name=positive number, or repeated</source>
        <translation>password hash: parameter &quot;%1&quot; is not name=positive number, or repeated</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password hash: %1 takes exactly the parameter i (iterations), found &quot;%2&quot;</source>
        <translation>password hash: %1 takes exactly the parameter i (iterations), found &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password hash: %1 iterations exceed the limit of %2</source>
        <translation>password hash: %1 iterations exceed the limit of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password hash: %1 takes exactly the parameters ln, r and p, found &quot;%2&quot;</source>
        <translation>password hash: %1 takes exactly the parameters ln, r and p, found &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password hash: scrypt ln=%1, r=%2, p=%3 exceeds the limits (ln ≤ %4, r ≤ 64, p ≤ 64, memory ≤ %5 MiB)</source>
        <translation>password hash: scrypt ln=%1, r=%2, p=%3 exceeds the limits (ln ≤ %4, r ≤ 64, p ≤ 64, memory ≤ %5 MiB)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password hash: unknown algorithm &quot;%1&quot; (known: %2, %3)</source>
        <translation>password hash: unknown algorithm &quot;%1&quot; (known: %2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password hash: the salt must be 4 to 64 bytes in base64 without padding</source>
        <translation>password hash: the salt must be 4 to 64 bytes in base64 without padding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password hash: the hash must be 16 to 64 bytes in base64 without padding</source>
        <translation>password hash: the hash must be 16 to 64 bytes in base64 without padding</translation>
    </message>
</context>
<context>
    <name>rw::PasswordPolicy</name>
    <message>
        <location filename="../models/security/passwordpolicy.cpp" line="+43"/>
        <source>password policy: %1 is %2, outside the allowed range %3 to %4</source>
        <translation>password policy: %1 is %2, outside the allowed range %3 to %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password policy: minLength %1 exceeds maxLength %2</source>
        <translation>password policy: minLength %1 exceeds maxLength %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password policy: warnDays %1 must be less than maxAgeDays %2</source>
        <translation>password policy: warnDays %1 must be less than maxAgeDays %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password policy: minAgeDays %1 must be less than maxAgeDays %2</source>
        <translation>password policy: minAgeDays %1 must be less than maxAgeDays %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password policy: totpRequiredRoles must include %1: administrators always sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d)</source>
        <translation>password policy: totpRequiredRoles must include %1: administrators always sign in with a second factor (GB/T 22239-2019 §8.1.4.1 d)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>password policy: version %1 is not supported (this program reads versions 1 to %2)</source>
        <translation>password policy: version %1 is not supported (this program reads versions 1 to %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password policy: %1 must be a whole number, not %2</source>
        <translation>password policy: %1 must be a whole number, not %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>password policy: totpRequiredRoles must be a list of roles, not %1</source>
        <translation>password policy: totpRequiredRoles must be a list of roles, not %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>password policy: totpRequiredRoles lists unknown role &quot;%1&quot;</source>
        <translation>password policy: totpRequiredRoles lists unknown role &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rw::PasswordPolicyChecker</name>
    <message numerus="yes">
        <location filename="../models/security/passwordpolicychecker.cpp" line="+48"/>
        <source>The password has %1 character(s); rule minLength requires at least %n.</source>
        <translation>
            <numerusform>The password has %1 character(s); rule minLength requires at least %n.</numerusform>
            <numerusform>The password has %1 character(s); rule minLength requires at least %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The password has %1 characters; rule maxLength allows at most %n.</source>
        <translation>
            <numerusform>The password has %1 characters; rule maxLength allows at most %n.</numerusform>
            <numerusform>The password has %1 characters; rule maxLength allows at most %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The password uses %1 of the 4 character classes (lower case, upper case, digits, other characters); rule minClasses requires at least %n.</source>
        <translation>
            <numerusform>The password uses %1 of the 4 character classes (lower case, upper case, digits, other characters); rule minClasses requires at least %n.</numerusform>
            <numerusform>The password uses %1 of the 4 character classes (lower case, upper case, digits, other characters); rule minClasses requires at least %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The password is a common password or a variant of one; rule blocklist refuses the %n listed passwords and their variants.</source>
        <translation>
            <numerusform>The password is a common password or a variant of one; rule blocklist refuses the %n listed password and its variants.</numerusform>
            <numerusform>The password is a common password or a variant of one; rule blocklist refuses the %n listed passwords and their variants.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password is or contains the user name &quot;%1&quot;; rule userName refuses it.</source>
        <translation>The password is or contains the user name &quot;%1&quot;; rule userName refuses it.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The password equals one of your last %n password(s); rule historyCount refuses reusing them.</source>
        <translation>
            <numerusform>The password equals your last %n password; rule historyCount refuses reusing it.</numerusform>
            <numerusform>The password equals one of your last %n passwords; rule historyCount refuses reusing them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>The password was changed %1 hour(s) ago; rule minAgeDays allows the next change after %n day(s), from %2.</source>
        <translation>
            <numerusform>The password was changed %1 hour(s) ago; rule minAgeDays allows the next change after %n day, from %2.</numerusform>
            <numerusform>The password was changed %1 hour(s) ago; rule minAgeDays allows the next change after %n days, from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 of the 4 kinds: lower case, upper case, digits, other characters</source>
        <translation>At least %1 of the 4 kinds: lower case, upper case, digits, other characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a common password or a variant of one</source>
        <translation>Not a common password or a variant of one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not contain your user name</source>
        <translation>Does not contain your user name</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PermissionTable</name>
    <message>
        <location filename="../models/security/permissiontable.cpp" line="+109"/>
        <source>role %1 must not hold permission %2: it belongs to another duty, and MLPS 2.0 keeps system, security and audit administration apart (GB/T 22239-2019 §8.1.4.2 d)</source>
        <translation>role %1 must not hold permission %2: it belongs to another duty, and MLPS 2.0 keeps system, security and audit administration apart (GB/T 22239-2019 §8.1.4.2 d)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>permission table: version %1 is not supported (this program reads version %2)</source>
        <translation>permission table: version %1 is not supported (this program reads version %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>permission table: &quot;roles&quot; must be an object of role → permission list</source>
        <translation>permission table: &quot;roles&quot; must be an object of role → permission list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission table: unknown role &quot;%1&quot;</source>
        <translation>permission table: unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission table: the permissions of role %1 must be a list</source>
        <translation>permission table: the permissions of role %1 must be a list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission table: role %1 lists unknown permission &quot;%2&quot;</source>
        <translation>permission table: role %1 lists unknown permission &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>permission table: %1</source>
        <translation>permission table: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>View operational data</source>
        <translation>View operational data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View quality reports</source>
        <translation>View quality reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and publish quality reports</source>
        <translation>Review and publish quality reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage city permits</source>
        <translation>Manage city permits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review outage notices</source>
        <translation>Review outage notices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage accounts</source>
        <translation>Manage accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the system</source>
        <translation>Manage the system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the security policy</source>
        <translation>Manage the security policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage permissions</source>
        <translation>Manage permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock accounts</source>
        <translation>Unlock accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend company uploads</source>
        <translation>Suspend company uploads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage keys</source>
        <translation>Manage keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the audit log</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the audit log</source>
        <translation>Verify the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
</context>
<context>
    <name>rw::PermitClient</name>
    <message>
        <location filename="../models/client/permitclient.cpp" line="+72"/>
        <source>no answer from the platform</source>
        <translation>no answer from the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rw::PermitImportParser</name>
    <message>
        <location filename="../models/permits/permitimportparser.cpp" line="+301"/>
        <source>required field %1: the header has no column for it</source>
        <translation>required field %1: the header has no column for it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required field %1 is empty</source>
        <translation>required field %1 is empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; holds a control character (U+%3)</source>
        <translation>%1 &quot;%2&quot; holds a control character (U+%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; has %3 characters; at most %4 are allowed</source>
        <translation>%1 &quot;%2&quot; has %3 characters; at most %4 are allowed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYYMMDD or YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; is not a date (expected YYYYMMDD or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1 &quot;%2&quot; is not a whole number from %3 to %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 &quot;%2&quot; is not an amount in yuan from %3 to %4 (e.g. 128800, 128800.00 or 12.88万)</source>
        <translation>%1 &quot;%2&quot; is not an amount in yuan from %3 to %4 (e.g. 128800, 128800.00 or 12.88万)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a distance in km from %3 to %4</source>
        <translation>%1 &quot;%2&quot; is not a distance in km from %3 to %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required field region is empty and no default region was given for the import</source>
        <translation>required field region is empty and no default region was given for the import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>region &quot;%1&quot; is not a six-digit GB/T 2260 region code</source>
        <translation>region &quot;%1&quot; is not a six-digit GB/T 2260 region code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>region %1 lies outside the importing account&apos;s scope %2</source>
        <translation>region %1 lies outside the importing account&apos;s scope %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>validTo %1 is before validFrom %2</source>
        <translation>validTo %1 is before validFrom %2</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the file is UTF-16 (it starts with the byte-order mark %1); save it as CSV UTF-8</source>
        <translation>the file is UTF-16 (it starts with the byte-order mark %1); save it as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file holds no header row and no data</source>
        <translation>the file holds no header row and no data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header row %1 has a quoted field that never closes</source>
        <translation>the header row %1 has a quoted field that never closes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header row %1 is not UTF-8 (byte %2 at offset %3): the file is probably in GBK; save it as CSV UTF-8</source>
        <translation>the header row %1 is not UTF-8 (byte %2 at offset %3): the file is probably in GBK; save it as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the header names field %1 twice: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>the header names field %1 twice: &quot;%2&quot; and &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the header has no column for required field %1 (accepted names: %2)</source>
        <translation>the header has no column for required field %1 (accepted names: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not read: %1</source>
        <translation>not read: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row %1 (line %2) has a quoted field that never closes; the row is kept as its first line and reading goes on at the next line</source>
        <translation>row %1 (line %2) has a quoted field that never closes; the row is kept as its first line and reading goes on at the next line</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>row %1 is not UTF-8 (byte %2 at offset %3 of the row): save the file as CSV UTF-8</source>
        <translation>row %1 is not UTF-8 (byte %2 at offset %3 of the row): save the file as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>row %1 has %2 fields but the header has %3 columns</source>
        <translation>row %1 has %2 fields but the header has %3 columns</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>the body is not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the JSON must be an array of permits or {&quot;permits&quot;: [...]}</source>
        <translation>the JSON must be an array of permits or {&quot;permits&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>element %1 is not a JSON object</source>
        <translation>element %1 is not a JSON object</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a string or a number</source>
        <translation>%1 must be a string or a number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field %1 is given twice (member &quot;%2&quot; names it again)</source>
        <translation>field %1 is given twice (member &quot;%2&quot; names it again)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>certificate %1 already appears on row %2 of this file</source>
        <translation>certificate %1 already appears on row %2 of this file</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>plate &quot;%1&quot; is not a plate with its province prefix (e.g. 琼D12345 or 琼DD12345)</source>
        <translation>plate &quot;%1&quot; is not a plate with its province prefix (e.g. 琼D12345 or 琼DD12345)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VIN &quot;%1&quot; must have 17 characters of 0-9 and A-Z without I, O and Q</source>
        <translation>VIN &quot;%1&quot; must have 17 characters of 0-9 and A-Z without I, O and Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN &quot;%1&quot; has check digit %2 where %3 is expected (GB 16735, position 9)</source>
        <translation>VIN &quot;%1&quot; has check digit %2 where %3 is expected (GB 16735, position 9)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>validFrom %1 is before the first registration %2 (seed 002 Art. 41)</source>
        <translation>validFrom %1 is before the first registration %2 (seed 002 Art. 41)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID number &quot;%1&quot; must be 17 digits and a check character</source>
        <translation>ID number &quot;%1&quot; must be 17 digits and a check character</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number &quot;%1&quot; has check character %2 where %3 is expected (GB 11643)</source>
        <translation>ID number &quot;%1&quot; has check character %2 where %3 is expected (GB 11643)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number &quot;%1&quot; holds no valid birth date</source>
        <translation>ID number &quot;%1&quot; holds no valid birth date</translation>
    </message>
</context>
<context>
    <name>rw::PermitJson</name>
    <message>
        <location filename="../models/permits/permitjson.cpp" line="+58"/>
        <source>%1 must be a string</source>
        <translation>%1 must be a string</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an ISO date (YYYY-MM-DD) or null, not %1</source>
        <translation>must be an ISO date (YYYY-MM-DD) or null, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a whole number or null, not %1</source>
        <translation>must be a whole number or null, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: the permit&apos;s certificate number is required</source>
        <translation>missing: the permit&apos;s certificate number is required</translation>
    </message>
</context>
<context>
    <name>rw::PermitKinds</name>
    <message>
        <location filename="../models/permits/permitkind.cpp" line="+31"/>
        <source>company operating permit</source>
        <translation>company operating permit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vehicle transport certificate</source>
        <translation>vehicle transport certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driver certificate</source>
        <translation>driver certificate</translation>
    </message>
</context>
<context>
    <name>rw::PermitRegistryCheck</name>
    <message>
        <location filename="../platform/quality/permitregistrycheck.cpp" line="+53"/>
        <source>look up a vehicle&apos;s permit for the order compliance rate</source>
        <translation>look up a vehicle&apos;s permit for the order compliance rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look up a driver&apos;s permit for the order compliance rate</source>
        <translation>look up a driver&apos;s permit for the order compliance rate</translation>
    </message>
</context>
<context>
    <name>rw::PermitSearch</name>
    <message>
        <location filename="../platform/permits/permitsearch.cpp" line="+64"/>
        <source>search the permit registry</source>
        <translation>search the permit registry</translation>
    </message>
</context>
<context>
    <name>rw::PermitStore</name>
    <message>
        <location filename="../platform/permits/permitstore.cpp" line="+282"/>
        <source>store a city permit</source>
        <translation>store a city permit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>index a permit holder&apos;s name</source>
        <translation>index a permit holder&apos;s name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>find the current permit</source>
        <translation>find the current permit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>supersede a permit</source>
        <translation>supersede a permit</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>keep a rejected permit row</source>
        <translation>keep a rejected permit row</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>count an import</source>
        <translation>count an import</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>read city permits</source>
        <translation>read city permits</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>read permit history</source>
        <translation>read permit history</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read rejected permit rows</source>
        <translation>read rejected permit rows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>count city permits</source>
        <translation>count city permits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record a permit import</source>
        <translation>record a permit import</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>check the permit indexes</source>
        <translation>check the permit indexes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list the permit indexes</source>
        <translation>list the permit indexes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drop a permit index</source>
        <translation>drop a permit index</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remember the suspended permit indexes</source>
        <translation>remember the suspended permit indexes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the suspended permit indexes</source>
        <translation>read the suspended permit indexes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>rebuild permit index %1</source>
        <translation>rebuild permit index %1</translation>
    </message>
</context>
<context>
    <name>rw::PermitsApi</name>
    <message>
        <location filename="../platform/api/permitsapi.cpp" line="+109"/>
        <source>kind=&quot;%1&quot; is not a permit kind: use kind=company, vehicle or driver</source>
        <translation>kind=&quot;%1&quot; is not a permit kind: use kind=company, vehicle or driver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content-Type &quot;%1&quot; cannot be imported: send text/csv (UTF-8) or application/json</source>
        <translation>Content-Type &quot;%1&quot; cannot be imported: send text/csv (UTF-8) or application/json</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the audit trail cannot be written</source>
        <translation>the audit trail cannot be written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permits were not imported: %1</source>
        <translation>the permits were not imported: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>limit=&quot;%1&quot; must be a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>q=… is empty: give a plate, a certificate, an ID or licence number, a name or a company</source>
        <translation>q=… is empty: give a plate, a certificate, an ID or licence number, a name or a company</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+77"/>
        <source>the lookup cannot be recorded in the audit trail, so it is not answered</source>
        <translation>the lookup cannot be recorded in the audit trail, so it is not answered</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>onlineHours=&quot;%1&quot; must be a whole number of hours from 1 to 744</source>
        <translation>onlineHours=&quot;%1&quot; must be a whole number of hours from 1 to 744</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to 10000</source>
        <translation>limit=&quot;%1&quot; must be a whole number from 1 to 10000</translation>
    </message>
</context>
<context>
    <name>rw::PlatformClient</name>
    <message>
        <location filename="../models/client/platformclient.cpp" line="+70"/>
        <source>The platform&apos;s certificate %1 was not accepted; nothing was sent to %2.</source>
        <translation>The platform&apos;s certificate %1 was not accepted; nothing was sent to %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>HTTP %1 without an explanation</source>
        <translation>HTTP %1 without an explanation</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+63"/>
        <source>No platform address is configured.</source>
        <translation>No platform address is configured.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The platform at %1 cannot be reached: %2</source>
        <translation>The platform at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The platform&apos;s certificate changed from %1 to %2; this could be an attack — refused.</source>
        <translation>The platform&apos;s certificate changed from %1 to %2; this could be an attack — refused.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The platform refused the intake summary (HTTP %1): %2</source>
        <translation>The platform refused the intake summary (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform&apos;s intake summary has no &quot;counters&quot; list.</source>
        <translation>The platform&apos;s intake summary has no &quot;counters&quot; list.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The platform&apos;s answer to the sign-in has no token or no account.</source>
        <translation>The platform&apos;s answer to the sign-in has no token or no account.</translation>
    </message>
</context>
<context>
    <name>rw::PlatformServer</name>
    <message>
        <location filename="../platform/platformserver.cpp" line="+135"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>outages: %1</source>
        <translation>outages: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>cannot create the keys in %1: the random generator failed</source>
        <translation>cannot create the keys in %1: the random generator failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the key file %1: %2</source>
        <translation>cannot write the key file %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the key file %1: %2</source>
        <translation>cannot read the key file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key file %1 holds %2 bytes, not %3</source>
        <translation>the key file %1 holds %2 bytes, not %3</translation>
    </message>
</context>
<context>
    <name>rw::PolicyApi</name>
    <message>
        <location filename="../platform/api/policyapi.cpp" line="+105"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>the body is not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body must be {&quot;policy&quot;: {…}} with the policy as a JSON object</source>
        <translation>the body must be {&quot;policy&quot;: {…}} with the policy as a JSON object</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password policy: %1 is not a setting (known: %2)</source>
        <translation>password policy: %1 is not a setting (known: %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the audit trail cannot be written</source>
        <translation>the audit trail cannot be written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the policy was not changed: %1</source>
        <translation>the policy was not changed: %1</translation>
    </message>
</context>
<context>
    <name>rw::PolicyPage</name>
    <message>
        <location filename="../ui/admin/policypage.cpp" line="+57"/>
        <source>Waiting for the platform…</source>
        <translation>Waiting for the platform…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum length</source>
        <translation>Minimum length</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum length</source>
        <translation>Maximum length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Character classes required</source>
        <translation>Character classes required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of 4</source>
        <translation>of 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous passwords refused</source>
        <translation>Previous passwords refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum age</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Warn before expiry</source>
        <translation>Warn before expiry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed sign-ins</source>
        <translation>failed sign-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout duration</source>
        <translation>Lockout duration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes idle</source>
        <translation>minutes idle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End sessions after</source>
        <translation>End sessions after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular change (Art. 19 of the platform rules)</source>
        <translation>Regular change (Art. 19 of the platform rules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Security policy&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Security policy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password, lockout and session rules of every account (GB/T 22239-2019 §8.1.4.1). Each setting is limited to the range the platform allows. Changes apply from each account&apos;s next sign-in or password change.</source>
        <translation>Password, lockout and session rules of every account (GB/T 22239-2019 §8.1.4.1). Each setting is limited to the range the platform allows. Changes apply from each account&apos;s next sign-in or password change.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting %1</source>
        <translation>Setting %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second factor (TOTP, RFC 6238)</source>
        <translation>Second factor (TOTP, RFC 6238)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Always required of administrators (GB/T 22239-2019 §8.1.4.1 d).</source>
        <translation>Always required of administrators (GB/T 22239-2019 §8.1.4.1 d).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The platform applies the new policy.</source>
        <translation>The platform applies the new policy.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Setting %1: %2 to %3</source>
        <translation>Setting %1: %2 to %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force since %1, set by %2.</source>
        <translation>In force since %1, set by %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown user</source>
        <translation>an unknown user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in defaults are in force; nobody has changed the policy yet.</source>
        <translation>The built-in defaults are in force; nobody has changed the policy yet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second factor required of %1</source>
        <translation>Second factor required of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second factor no longer required of %1</source>
        <translation>Second factor no longer required of %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Apply the security policy</source>
        <translation>Apply the security policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these changes to the policy of every account?</source>
        <translation>Apply these changes to the policy of every account?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>rw::PolicySnapshot</name>
    <message>
        <location filename="../models/client/policysnapshot.cpp" line="+14"/>
        <source>the platform&apos;s answer has no &quot;policy&quot; object</source>
        <translation>the platform&apos;s answer has no &quot;policy&quot; object</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bounds of %1: &quot;min&quot; and &quot;max&quot; must be numbers with min ≤ max</source>
        <translation>bounds of %1: &quot;min&quot; and &quot;max&quot; must be numbers with min ≤ max</translation>
    </message>
</context>
<context>
    <name>rw::PolicyStore</name>
    <message>
        <location filename="../models/security/policystore.cpp" line="+23"/>
        <source>read the stored password policy</source>
        <translation>read the stored password policy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>setting %1 is not a JSON object (%2 at offset %3)</source>
        <translation>setting %1 is not a JSON object (%2 at offset %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>setting %1: %2</source>
        <translation>setting %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>store the password policy set by %1</source>
        <translation>store the password policy set by %1</translation>
    </message>
</context>
<context>
    <name>rw::PositionSourceFactory</name>
    <message>
        <location filename="../models/location/positionsourcefactory.cpp" line="+41"/>
        <source>the system&apos;s location service</source>
        <translation>the system&apos;s location service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NMEA log %1</source>
        <translation>the NMEA log %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GPS receiver on %1</source>
        <translation>the GPS receiver on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NMEA stream from %1</source>
        <translation>the NMEA stream from %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No position source on this computer (no Qt Positioning plugin offers one; a GPS receiver or an NMEA log can be named in the setting %1).</source>
        <translation>No position source on this computer (no Qt Positioning plugin offers one; a GPS receiver or an NMEA log can be named in the setting %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the NMEA log &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: the NMEA log &quot;%2&quot; cannot be read: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file name</source>
        <translation>no file name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &quot;%2&quot; cannot be opened as an NMEA source (is the Qt Positioning NMEA plugin installed, and the device or host reachable?)</source>
        <translation>%1: &quot;%2&quot; cannot be opened as an NMEA source (is the Qt Positioning NMEA plugin installed, and the device or host reachable?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown kind of position source</source>
        <translation>%1: unknown kind of position source</translation>
    </message>
</context>
<context>
    <name>rw::ProtobufCodec</name>
    <message>
        <location filename="../models/protocol/protobufcodec.cpp" line="+110"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>truncated at offset %1: a number runs past the end</source>
        <translation>truncated at offset %1: a number runs past the end</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: a number is longer than 10 bytes</source>
        <translation>offset %1: a number is longer than 10 bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offset %1: field number %2 is not allowed</source>
        <translation>offset %1: field number %2 is not allowed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>truncated at offset %1: field %2 needs %3 bytes, %4 remain</source>
        <translation>truncated at offset %1: field %2 needs %3 bytes, %4 remain</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset %1: field %2 declares %3 bytes, but only %4 remain</source>
        <translation>offset %1: field %2 declares %3 bytes, but only %4 remain</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset %1: end of group %2 without its start</source>
        <translation>offset %1: end of group %2 without its start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offset %1: wire type %2 does not exist</source>
        <translation>offset %1: wire type %2 does not exist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>truncated at offset %1: group %2 is not closed</source>
        <translation>truncated at offset %1: group %2 is not closed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>offset %1: groups nested deeper than %2</source>
        <translation>offset %1: groups nested deeper than %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offset %1: end of group %2 inside group %3</source>
        <translation>offset %1: end of group %2 inside group %3</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>%1: IPCType is missing</source>
        <translation>%1: IPCType is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: IPCType %2 (%3) is not an interface code</source>
        <translation>%1: IPCType %2 (%3) is not an interface code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: IPCType %2 (%3) is in the catalogue but not in the compiled otipc.proto</source>
        <translation>%1: IPCType %2 (%3) is in the catalogue but not in the compiled otipc.proto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: IPCType is %2 (%3), but the upload path %4 is for %5 (%6)</source>
        <translation>%1: IPCType is %2 (%3), but the upload path %4 is for %5 (%6)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: records sent under %2, but IPCType is %3</source>
        <translation>%1: records sent under %2, but IPCType is %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: IPCType is %2, but no %2 records were sent</source>
        <translation>%1: IPCType is %2, but no %2 records were sent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: CompanyId is not UTF-8 text</source>
        <translation>%1: CompanyId is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Source is not UTF-8 text</source>
        <translation>%1: Source is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.%2[%3].%4: not UTF-8 text (%5 bytes: %6)</source>
        <translation>%1.%2[%3].%4: not UTF-8 text (%5 bytes: %6)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no interface catalogue to decode with</source>
        <translation>no interface catalogue to decode with</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the body is empty</source>
        <translation>%1: the body is empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the protobuf parser rejected it</source>
        <translation>the protobuf parser rejected it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a valid protobuf message (%2 bytes): %3</source>
        <translation>%1: not a valid protobuf message (%2 bytes): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 bytes, more than protobuf can read (2 GiB)</source>
        <translation>%1: %2 bytes, more than protobuf can read (2 GiB)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: more than %2 records in one body; send them in smaller batches</source>
        <translation>%1: more than %2 records in one body; send them in smaller batches</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>OTIpcList: holds no OTIpc (otpic is empty)</source>
        <translation>OTIpcList: holds no OTIpc (otpic is empty)</translation>
    </message>
</context>
<context>
    <name>rw::QualityApi</name>
    <message>
        <location filename="../platform/api/qualityapi.cpp" line="+124"/>
        <location line="+311"/>
        <source>region=&quot;%1&quot; is not a six-digit GB/T 2260 region code</source>
        <translation>region=&quot;%1&quot; is not a six-digit GB/T 2260 region code</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>the query cannot be recorded in the audit trail, so it is not answered</source>
        <translation>the query cannot be recorded in the audit trail, so it is not answered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company %1 holds no company permit within the scope %2 of account %3</source>
        <translation>Company %1 holds no company permit within the scope %2 of account %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>year=&quot;%1&quot; is not a CST calendar year yyyy from 1970 (e.g. 2026)</source>
        <translation>year=&quot;%1&quot; is not a CST calendar year yyyy from 1970 (e.g. 2026)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>company=&quot;%1&quot; is not a company id (CompanyId: 1 to 32 characters, no spaces)</source>
        <translation>company=&quot;%1&quot; is not a company id (CompanyId: 1 to 32 characters, no spaces)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dimension=&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</source>
        <translation>dimension=&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no such record: %1 (GET %2&lt;ipcType&gt;/&lt;rowId&gt; or %3&lt;id&gt;)</source>
        <translation>no such record: %1 (GET %2&lt;ipcType&gt;/&lt;rowId&gt; or %3&lt;id&gt;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1=&quot;%2&quot; is not a positive whole number</source>
        <translation>%1=&quot;%2&quot; is not a positive whole number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ipcType &quot;%1&quot; is not an upload interface</source>
        <translation>ipcType &quot;%1&quot; is not an upload interface</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no quarantined record %1</source>
        <translation>there is no quarantined record %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 record %2</source>
        <translation>there is no %1 record %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no such review: %1 (PUT %2&lt;region&gt;/&lt;period&gt;)</source>
        <translation>no such review: %1 (PUT %2&lt;region&gt;/&lt;period&gt;)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the body must be a JSON object {&quot;status&quot;, &quot;comment&quot;}: %1</source>
        <translation>the body must be a JSON object {&quot;status&quot;, &quot;comment&quot;}: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at offset %2</source>
        <translation>%1 at offset %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;status&quot;: &quot;%1&quot; is not &quot;reviewed&quot; or &quot;published&quot;</source>
        <translation>field &quot;status&quot;: &quot;%1&quot; is not &quot;reviewed&quot; or &quot;published&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;comment&quot;: a comment is text</source>
        <translation>field &quot;comment&quot;: a comment is text</translation>
    </message>
</context>
<context>
    <name>rw::QualityClient</name>
    <message>
        <location filename="../models/client/qualityclient.cpp" line="+36"/>
        <source>Loading the scores</source>
        <translation>Loading the scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the trend</source>
        <translation>Loading the trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations</source>
        <translation>Loading the violations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the raw record</source>
        <translation>Loading the raw record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the review</source>
        <translation>Saving the review</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the scores of %1</source>
        <translation>Loading the scores of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the trend of %1</source>
        <translation>Loading the trend of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations of %1</source>
        <translation>Loading the violations of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the raw record %1</source>
        <translation>Loading the raw record %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the review of %1</source>
        <translation>Saving the review of %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1 failed (%2): %3</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+40"/>
        <location line="+42"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>the platform&apos;s answer cannot be read: %1</source>
        <translation>the platform&apos;s answer cannot be read: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>“%1” is not a raw record&apos;s path (/api/v1/quality/records/… or /api/v1/quality/quarantine/…)</source>
        <translation>“%1” is not a raw record&apos;s path (/api/v1/quality/records/… or /api/v1/quality/quarantine/…)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no region given</source>
        <translation>no region given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a period can only be marked reviewed or published</source>
        <translation>a period can only be marked reviewed or published</translation>
    </message>
</context>
<context>
    <name>rw::QualityDimensionChart</name>
    <message>
        <location filename="../ui/quality/qualitydimensionchart.cpp" line="+25"/>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Dimension (seed 000 Art. 15)</source>
        <translation>Dimension (seed 000 Art. 15)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average of all companies</source>
        <translation>Average of all companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region %1 average</source>
        <translation>Region %1 average</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the region, %2</source>
        <translation>%1 against the region, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dimensions by company</source>
        <translation>Dimensions by company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions by company, %1</source>
        <translation>Dimensions by company, %1</translation>
    </message>
</context>
<context>
    <name>rw::QualityDimensions</name>
    <message>
        <location filename="../models/quality/qualitydimension.cpp" line="+33"/>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformance</source>
        <translation>Conformance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticity</source>
        <translation>Authenticity</translation>
    </message>
</context>
<context>
    <name>rw::QualityFigures</name>
    <message>
        <location filename="../models/quality/qualityfigures.cpp" line="+21"/>
        <source>%1 compliant orders of %2 checked: more than were checked</source>
        <translation>%1 compliant orders of %2 checked: more than were checked</translation>
    </message>
</context>
<context>
    <name>rw::QualityJsonReader</name>
    <message>
        <location filename="../models/quality/qualityjsonreader.cpp" line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a string</source>
        <translation>%1 is not a string</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+43"/>
        <location line="+15"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is below the least allowed, %2</source>
        <translation>%1 is below the least allowed, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing (null if not measured)</source>
        <translation>missing (null if not measured)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lies outside %2 to %3</source>
        <translation>%1 lies outside %2 to %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a list</source>
        <translation>%1 is not a list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is not a string</source>
        <translation>%1: %2 is not a string</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is neither a month (2026-11) nor a year (2026)</source>
        <translation>&quot;%1&quot; is neither a month (2026-11) nor a year (2026)</translation>
    </message>
</context>
<context>
    <name>rw::QualityModel</name>
    <message>
        <location filename="../models/quality/qualitymodel.cpp" line="+52"/>
        <source>%1: %2 is not a number of at least %3</source>
        <translation>%1: %2 is not a number of at least %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>not a JSON object: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version: %1 is not a version text such as &quot;2026.1&quot;</source>
        <translation>version: %1 is not a version text such as &quot;2026.1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>weights: %1 is not an object of the four dimensions</source>
        <translation>weights: %1 is not an object of the four dimensions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weights.%1: not a dimension (completeness, conformance, timeliness, authenticity)</source>
        <translation>weights.%1: not a dimension (completeness, conformance, timeliness, authenticity)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>weights: all four are 0, at least one must be positive</source>
        <translation>weights: all four are 0, at least one must be positive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>samplesPerRule: %1 is not a whole number 0..1000</source>
        <translation>samplesPerRule: %1 is not a whole number 0..1000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>timeliness.limitSeconds: %1 is not an object of interface groups (%2)</source>
        <translation>timeliness.limitSeconds: %1 is not an object of interface groups (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not an interface group (%2)</source>
        <translation>%1: not an interface group (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>authenticity.chinaBounds: %1 is not an object {west, east, south, north} in degrees</source>
        <translation>authenticity.chinaBounds: %1 is not an object {west, east, south, north} in degrees</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>authenticity.chinaBounds.east: %1 is not east of west %2 (at most 180)</source>
        <translation>authenticity.chinaBounds.east: %1 is not east of west %2 (at most 180)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authenticity.chinaBounds.north: %1 is not north of south %2 (at most 90)</source>
        <translation>authenticity.chinaBounds.north: %1 is not north of south %2 (at most 90)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticity.notBefore: %1 is not a YYYYMMDDhhmmss date-time</source>
        <translation>authenticity.notBefore: %1 is not a YYYYMMDDhhmmss date-time</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rules: %1 is not an object of dimensions</source>
        <translation>rules: %1 is not an object of dimensions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rules.%1: not a dimension (completeness, conformance, timeliness, authenticity)</source>
        <translation>rules.%1: not a dimension (completeness, conformance, timeliness, authenticity)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules.%1: %2 is not an array of rules</source>
        <translation>rules.%1: %2 is not an array of rules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1.id: %2 does not start with &quot;%3.&quot;</source>
        <translation>%1.id: %2 does not start with &quot;%3.&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.id: &quot;%2&quot; is listed twice</source>
        <translation>%1.id: &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.article: the article the rule comes from is required</source>
        <translation>%1.article: the article the rule comes from is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.description: required</source>
        <translation>%1.description: required</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticity.maxSpeedKmh: absent, but rule authenticity.positionJump needs the speed bound</source>
        <translation>authenticity.maxSpeedKmh: absent, but rule authenticity.positionJump needs the speed bound</translation>
    </message>
</context>
<context>
    <name>rw::QualityRawRecord</name>
    <message>
        <location filename="../models/quality/qualityrawrecord.cpp" line="+36"/>
        <source>&quot;%1&quot; is neither record nor quarantine</source>
        <translation>&quot;%1&quot; is neither record nor quarantine</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecompute</name>
    <message>
        <location filename="../platform/quality/qualityrecompute.cpp" line="+130"/>
        <source>list the companies that uploaded in %1</source>
        <translation>list the companies that uploaded in %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>count the records of %1</source>
        <translation>count the records of %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>recompute the quality of company %1</source>
        <translation>recompute the quality of company %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>recompute the quality of %1</source>
        <translation>recompute the quality of %1</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecomputeCommand</name>
    <message>
        <location filename="../platform/quality/qualityrecomputecommand.cpp" line="+66"/>
        <source>--recompute-quality: &quot;%1&quot; is not a month yyyy-mm (CST), e.g. 2026-03</source>
        <translation>--recompute-quality: &quot;%1&quot; is not a month yyyy-mm (CST), e.g. 2026-03</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recomputing: %1 of about %2 records</source>
        <translation>recomputing: %1 of about %2 records</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quality %1 (model %2): %3 records read again, %4 quarantined records no longer decodable</source>
        <translation>Quality %1 (model %2): %3 records read again, %4 quarantined records no longer decodable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 records, the same</source>
        <translation>%1: %2 records, the same</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: differs</source>
        <translation>%1: differs</translation>
    </message>
</context>
<context>
    <name>rw::QualityRecordView</name>
    <message>
        <location filename="../ui/quality/qualityrecordview.cpp" line="+17"/>
        <source>%1 (UTC+8)</source>
        <translation>%1 (UTC+8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-click a sample record to see it here.</source>
        <translation>Double-click a sample record to see it here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>quarantined record %1</source>
        <translation>quarantined record %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 of company %3, received %4</source>
        <translation>%1 %2 of company %3, received %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business time %1</source>
        <translation>Business time %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) masked: personal data your role may not see in clear.</source>
        <translation>
            <numerusform>%n field masked: personal data your role may not see in clear.</numerusform>
            <numerusform>%n fields masked: personal data your role may not see in clear.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed rules: none reported</source>
        <translation>Failed rules: none reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed rules: %1</source>
        <translation>Failed rules: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (masked)</source>
        <translation>%1 (masked)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masked by the platform: personal data</source>
        <translation>Masked by the platform: personal data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validation errors:</source>
        <translation>Validation errors:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As received:</source>
        <translation>As received:</translation>
    </message>
</context>
<context>
    <name>rw::QualityReport</name>
    <message>
        <location filename="../models/quality/qualityreport.cpp" line="+29"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (UTC+8)</source>
        <translation>%1 (UTC+8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data-quality evaluation %1</source>
        <translation>Data-quality evaluation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-quality evaluation %1 — region %2</source>
        <translation>Data-quality evaluation %1 — region %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+39"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+62"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Company ID</source>
        <translation>Company ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Order compliance (%)</source>
        <translation>Order compliance (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders checked</source>
        <translation>Orders checked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders compliant</source>
        <translation>Orders compliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Model version</source>
        <translation>Model version</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+44"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Year %1 (seed 000 Art. 17: calendar year, China Standard Time)</source>
        <translation>Year %1 (seed 000 Art. 17: calendar year, China Standard Time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month %1 (seed 000 Art. 17: calendar month, China Standard Time)</source>
        <translation>Month %1 (seed 000 Art. 17: calendar month, China Standard Time)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; reviewed by %2 on %3</source>
        <translation>%1; reviewed by %2 on %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; published by %2 on %3</source>
        <translation>%1; published by %2 on %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company sent data in this period.</source>
        <translation>No company sent data in this period.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order compliance</source>
        <translation>Order compliance</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score = 100 × Σ weight × rate over the dimensions with records checked (DESIGN §6); — = not measured. Dimensions: seed 000 Art. 15 (一)–(四).</source>
        <translation>Score = 100 × Σ weight × rate over the dimensions with records checked (DESIGN §6); — = not measured. Dimensions: seed 000 Art. 15 (一)–(四).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
</context>
<context>
    <name>rw::QualityReportWriter</name>
    <message>
        <location filename="../ui/quality/qualityreportwriter.cpp" line="+94"/>
        <source>The quality report cannot be written to “%1”: %2</source>
        <translation>The quality report cannot be written to “%1”: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written to “%2”: %3</source>
        <translation>%1 cannot be written to “%2”: %3</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewPanel</name>
    <message>
        <location filename="../ui/quality/qualityreviewpanel.cpp" line="+18"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment (recorded in the audit trail)</source>
        <translation>Comment (recorded in the audit trail)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Review: no period loaded</source>
        <translation>Review: no period loaded</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · reviewed by %1 on %2</source>
        <translation> · reviewed by %1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · published by %1 on %2</source>
        <translation> · published by %1 on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewing a published period again needs a new comment</source>
        <translation>Reviewing a published period again needs a new comment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the period reviewed before publishing it</source>
        <translation>Mark the period reviewed before publishing it</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewState</name>
    <message>
        <location filename="../models/quality/qualityreviewstate.cpp" line="+33"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not draft, reviewed or published</source>
        <translation>&quot;%1&quot; is not draft, reviewed or published</translation>
    </message>
</context>
<context>
    <name>rw::QualityReviewStore</name>
    <message>
        <location filename="../platform/quality/qualityreviewstore.cpp" line="+38"/>
        <source>read the review of the quality results</source>
        <translation>read the review of the quality results</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>region: &quot;%1&quot; is not a six-digit region code</source>
        <translation>region: &quot;%1&quot; is not a six-digit region code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>period: &quot;%1&quot; is not a month yyyy-mm or a year yyyy</source>
        <translation>period: &quot;%1&quot; is not a month yyyy-mm or a year yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status: &quot;draft&quot; cannot be set; use &quot;reviewed&quot; or &quot;published&quot;</source>
        <translation>status: &quot;draft&quot; cannot be set; use &quot;reviewed&quot; or &quot;published&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comment: %1 characters, at most %2 are allowed</source>
        <translation>comment: %1 characters, at most %2 are allowed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reviewedBy: the account that reviews is missing</source>
        <translation>reviewedBy: the account that reviews is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modelVersion: the quality model&apos;s version is missing</source>
        <translation>modelVersion: the quality model&apos;s version is missing</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>comment: %1 of %2 was published by %3; reviewing it again needs a new comment saying why</source>
        <translation>comment: %1 of %2 was published by %3; reviewing it again needs a new comment saying why</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>status: %1 of %2 has not been reviewed; review it before publishing (seed 000 Art. 18)</source>
        <translation>status: %1 of %2 has not been reviewed; review it before publishing (seed 000 Art. 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status: %1 of %2 is published already, by %3</source>
        <translation>status: %1 of %2 is published already, by %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>store the review of the quality results</source>
        <translation>store the review of the quality results</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the audit trail cannot be written, so the review of %1 of %2 was not stored</source>
        <translation>the audit trail cannot be written, so the review of %1 of %2 was not stored</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreModel</name>
    <message>
        <location filename="../models/itemmodels/qualityscoremodel.cpp" line="+97"/>
        <source>Not measured: no order-match record was checked in this period</source>
        <translation>Not measured: no order-match record was checked in this period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not measured: no record was checked on any dimension</source>
        <translation>Not measured: no record was checked on any dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not measured: no record was checked on %1</source>
        <translation>Not measured: no record was checked on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 records passed</source>
        <translation>%1: %2 of %3 records passed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order compliance: %1 of %2 orders matched a vehicle and a driver with valid permits</source>
        <translation>Order compliance: %1 of %2 orders matched a vehicle and a driver with valid permits</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Records with every required field (seed 000 Art. 15(一))</source>
        <translation>Records with every required field (seed 000 Art. 15(一))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records passing type, length, code and range checks (Art. 15(二))</source>
        <translation>Records passing type, length, code and range checks (Art. 15(二))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received within 24 h / 300 s / 60 s (Art. 15(三))</source>
        <translation>Records received within 24 h / 300 s / 60 s (Art. 15(三))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records passing the cross-checks (Art. 15(四))</source>
        <translation>Records passing the cross-checks (Art. 15(四))</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order compliance (DESIGN §6): order matches whose vehicle and driver both held a valid permit</source>
        <translation>Order compliance (DESIGN §6): order matches whose vehicle and driver both held a valid permit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>100 × Σ weight × rate over the measured dimensions</source>
        <translation>100 × Σ weight × rate over the measured dimensions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order compliance</source>
        <translation>Order compliance</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreQuery</name>
    <message>
        <location filename="../platform/quality/qualityscorequery.cpp" line="+123"/>
        <source>period=&quot;%1&quot; is not a CST month yyyy-mm (e.g. 2026-11) or a year yyyy from 1970</source>
        <translation>period=&quot;%1&quot; is not a CST month yyyy-mm (e.g. 2026-11) or a year yyyy from 1970</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>read the companies&apos; names</source>
        <translation>read the companies&apos; names</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>list the companies with quality results</source>
        <translation>list the companies with quality results</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>sum the quality results of a period</source>
        <translation>sum the quality results of a period</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sum the quality results of each month of a year</source>
        <translation>sum the quality results of each month of a year</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>read the licensed regions of company %1</source>
        <translation>read the licensed regions of company %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>look for orders of company %1 by region</source>
        <translation>look for orders of company %1 by region</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sum the violations of a company</source>
        <translation>sum the violations of a company</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>look for the records of company %1</source>
        <translation>look for the records of company %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — no order received from %2</source>
        <translation>%1 — no order received from %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the sample records of a rule</source>
        <translation>read the sample records of a rule</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the rules a record failed</source>
        <translation>read the rules a record failed</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>read a record of %1</source>
        <translation>read a record of %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>read a quarantined record</source>
        <translation>read a quarantined record</translation>
    </message>
</context>
<context>
    <name>rw::QualityScoreSheet</name>
    <message>
        <location filename="../models/quality/qualityscoresheet.cpp" line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; does not match the period %2, a %3</source>
        <translation>&quot;%1&quot; does not match the period %2, a %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item %1 is %2, not an object</source>
        <translation>item %1 is %2, not an object</translation>
    </message>
</context>
<context>
    <name>rw::QualityStore</name>
    <message>
        <location filename="../platform/quality/qualitystore.cpp" line="+66"/>
        <source>prepare the update of the quality day counters</source>
        <translation>prepare the update of the quality day counters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prepare the update of the quality rule counters</source>
        <translation>prepare the update of the quality rule counters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prepare the insert of quality samples</source>
        <translation>prepare the insert of quality samples</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prepare the count of quality samples</source>
        <translation>prepare the count of quality samples</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>remove the quality numbers of %1</source>
        <translation>remove the quality numbers of %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the quality numbers of company %1 for %2</source>
        <translation>read the quality numbers of company %1 for %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the quality violations of company %1 for %2</source>
        <translation>read the quality violations of company %1 for %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the quality samples of company %1 for %2</source>
        <translation>read the quality samples of company %1 for %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the companies with quality numbers for %1</source>
        <translation>list the companies with quality numbers for %1</translation>
    </message>
</context>
<context>
    <name>rw::QualityTally</name>
    <message>
        <location filename="../models/quality/qualitytally.cpp" line="+22"/>
        <source>CompanyId: &quot;%1&quot; is not the tally&apos;s company &quot;%2&quot;</source>
        <translation>CompanyId: &quot;%1&quot; is not the tally&apos;s company &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>receivedAt: %1 is outside the period %2 (CST)</source>
        <translation>receivedAt: %1 is outside the period %2 (CST)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>company: &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>company: &quot;%1&quot; is not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model version: &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>model version: &quot;%1&quot; is not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period: %1 is not inside %2</source>
        <translation>period: %1 is not inside %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>records: %1 is negative</source>
        <translation>records: %1 is negative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders: %1 compliant of %2 checked is not a count from 0 to the orders checked</source>
        <translation>orders: %1 compliant of %2 checked is not a count from 0 to the orders checked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 passed of %3 checked is not a count from 0 to the records checked</source>
        <translation>%1: %2 passed of %3 checked is not a count from 0 to the records checked</translation>
    </message>
</context>
<context>
    <name>rw::QualityTrend</name>
    <message>
        <location filename="../models/quality/qualitytrend.cpp" line="+20"/>
        <location line="+14"/>
        <source>item %1 is %2, not an object</source>
        <translation>item %1 is %2, not an object</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>has %1 entries; a year has 12</source>
        <translation>has %1 entries; a year has 12</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not month %2 of %3</source>
        <translation>&quot;%1&quot; is not month %2 of %3</translation>
    </message>
</context>
<context>
    <name>rw::QualityTrendChart</name>
    <message>
        <location filename="../ui/quality/qualitytrendchart.cpp" line="+36"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completeness (%)</source>
        <translation>Completeness (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformance (%)</source>
        <translation>Conformance (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness (%)</source>
        <translation>Timeliness (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticity (%)</source>
        <translation>Authenticity (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order compliance (%)</source>
        <translation>Order compliance (%)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 by month, %2</source>
        <translation>%1 by month, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by month</source>
        <translation>%1 by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month of %1 (China Standard Time)</source>
        <translation>Month of %1 (China Standard Time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month (China Standard Time)</source>
        <translation>Month (China Standard Time)</translation>
    </message>
</context>
<context>
    <name>rw::QualityViolationList</name>
    <message>
        <location filename="../models/quality/qualityviolationlist.cpp" line="+28"/>
        <location line="+27"/>
        <source>item %1 is %2, not an object</source>
        <translation>item %1 is %2, not an object</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</source>
        <translation>&quot;%1&quot; is not completeness, conformance, timeliness or authenticity</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is neither record nor quarantine</source>
        <translation>&quot;%1&quot; is neither record nor quarantine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not under /api/v1/quality/</source>
        <translation>&quot;%1&quot; is not under /api/v1/quality/</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click to open the raw record (%1)</source>
        <translation>Double-click to open the raw record (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule / sample record</source>
        <translation>Rule / sample record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension / interface</source>
        <translation>Dimension / interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violations / received</source>
        <translation>Violations / received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By interface</source>
        <translation>By interface</translation>
    </message>
</context>
<context>
    <name>rw::QualityViolationsView</name>
    <message>
        <location filename="../ui/quality/qualityviolationsview.cpp" line="+51"/>
        <source>Double-click a company&apos;s rate in the ranking to see the rules its records broke.</source>
        <translation>Double-click a company&apos;s rate in the ranking to see the rules its records broke.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2, all dimensions</source>
        <translation>%1 in %2, all dimensions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no rule was broken.</source>
        <translation>%1: no rule was broken.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n rule(s) broken, %2 violations in all.</source>
        <translation>
            <numerusform>%1: %n rule broken, %2 violations in all.</numerusform>
            <numerusform>%1: %n rules broken, %2 violations in all.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The platform gave no path to this sample&apos;s raw record.</source>
        <translation>The platform gave no path to this sample&apos;s raw record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
</context>
<context>
    <name>rw::Reconciliation</name>
    <message>
        <location filename="../platform/permits/reconciliation.cpp" line="+92"/>
        <source>read the companies&apos; base-info</source>
        <translation>read the companies&apos; base-info</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>list the companies</source>
        <translation>list the companies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find the vehicles and drivers on the road</source>
        <translation>find the vehicles and drivers on the road</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> (on the road since no base-info was sent for it)</source>
        <translation> (on the road since no base-info was sent for it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vehicle %1 of company %2 has no transport certificate; the certificate %3 its base-info names was issued for vehicle %4 of company %5</source>
        <translation>vehicle %1 of company %2 has no transport certificate; the certificate %3 its base-info names was issued for vehicle %4 of company %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vehicle %1 of company %2 has no transport certificate from the city%3 (seed 002 Art. 14)</source>
        <translation>vehicle %1 of company %2 has no transport certificate from the city%3 (seed 002 Art. 14)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vehicle %1 runs for company %2, but its transport certificate %3 was issued to company %4%5</source>
        <translation>vehicle %1 runs for company %2, but its transport certificate %3 was issued to company %4%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the transport certificate %1 of vehicle %2 (company %3) ended on %4, 8 years after the first registration %5 (seed 002 Art. 40–41)</source>
        <translation>the transport certificate %1 of vehicle %2 (company %3) ended on %4, 8 years after the first registration %5 (seed 002 Art. 40–41)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transport certificate %1 of vehicle %2 (company %3) expired on %4</source>
        <translation>the transport certificate %1 of vehicle %2 (company %3) expired on %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base-info of vehicle %1 (company %2) names certificate %3, which was issued for vehicle %4; the city&apos;s certificate for %1 is %5</source>
        <translation>base-info of vehicle %1 (company %2) names certificate %3, which was issued for vehicle %4; the city&apos;s certificate for %1 is %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base-info of vehicle %1 (company %2) names certificate %3; the city&apos;s certificate is %4</source>
        <translation>base-info of vehicle %1 (company %2) names certificate %3; the city&apos;s certificate is %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (on the road since no base-info was sent for them)</source>
        <translation> (on the road since no base-info was sent for them)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>driver %1 of company %2 has no driver certificate; the certificate %3 their base-info names belongs to another person (licence %4)</source>
        <translation>driver %1 of company %2 has no driver certificate; the certificate %3 their base-info names belongs to another person (licence %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>driver %1 of company %2 has no driver certificate from the city%3 (seed 002 Art. 15(四))</source>
        <translation>driver %1 of company %2 has no driver certificate from the city%3 (seed 002 Art. 15(四))</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>driver %1 drives for company %2, but their driver certificate %3 was issued for company %4%5</source>
        <translation>driver %1 drives for company %2, but their driver certificate %3 was issued for company %4%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the driver certificate %1 of driver %2 (company %3) expired on %4</source>
        <translation>the driver certificate %1 of driver %2 (company %3) expired on %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>base-info of driver %1 (company %2) names certificate %3, which belongs to another person; the city&apos;s certificate for this driver is %4</source>
        <translation>base-info of driver %1 (company %2) names certificate %3, which belongs to another person; the city&apos;s certificate for this driver is %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base-info of driver %1 (company %2) names certificate %3; the city&apos;s certificate is %4</source>
        <translation>base-info of driver %1 (company %2) names certificate %3; the city&apos;s certificate is %4</translation>
    </message>
</context>
<context>
    <name>rw::RecordStore</name>
    <message>
        <location filename="../models/storage/recordstore.cpp" line="+72"/>
        <source>prepare the insert into the table of %1</source>
        <translation>prepare the insert into the table of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store an upload of %1 from company %2</source>
        <translation>store an upload of %1 from company %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the batch names no interface</source>
        <translation>the batch names no interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interface %1 is not from this store&apos;s catalogue</source>
        <translation>interface %1 is not from this store&apos;s catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the batch has no company</source>
        <translation>the batch has no company</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>prepare the insert into upload_batch</source>
        <translation>prepare the insert into upload_batch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>prepare the insert into quarantine</source>
        <translation>prepare the insert into quarantine</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>record %1 is a %2 record in a batch of %3</source>
        <translation>record %1 is a %2 record in a batch of %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (accepted record %2)</source>
        <translation>%1 (accepted record %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (rejected record %2)</source>
        <translation>%1 (rejected record %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>quarantine an undecodable upload from company %1 to %2</source>
        <translation>quarantine an undecodable upload from company %1 to %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>count the records of %1</source>
        <translation>count the records of %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>count the quarantine</source>
        <translation>count the quarantine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the quarantine of company %1</source>
        <translation>read the quarantine of company %1</translation>
    </message>
</context>
<context>
    <name>rw::RecordValidator</name>
    <message>
        <location filename="../models/protocol/recordvalidator.cpp" line="+261"/>
        <source>the record names no interface</source>
        <translation>the record names no interface</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: required but absent</source>
        <translation>%1: required but absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: required but null</source>
        <translation>%1: required but null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: required but empty</source>
        <translation>%1: required but empty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: sent as the number %2, text is required</source>
        <translation>%1: sent as the number %2, text is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sent as the boolean %2, text is required</source>
        <translation>%1: sent as the boolean %2, text is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent as a nested object or array, text is required</source>
        <translation>%1: sent as a nested object or array, text is required</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 characters, exactly %3 required</source>
        <translation>%1: %2 characters, exactly %3 required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 characters, at most %3 allowed</source>
        <translation>%1: %2 characters, at most %3 allowed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a permitted code (allowed: %3)</source>
        <translation>%1: &quot;%2&quot; is not a permitted code (allowed: %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; is not a GB/T 2260 region code (six digits starting with a province code)</source>
        <translation>%1: &quot;%2&quot; is not a GB/T 2260 region code (six digits starting with a province code)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a valid %3</source>
        <translation>%1: &quot;%2&quot; is not a valid %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: sent as the text &quot;%2&quot;, a number is required</source>
        <translation>%1: sent as the text &quot;%2&quot;, a number is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: sent as the boolean %2, a number is required</source>
        <translation>%1: sent as the boolean %2, a number is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent as a nested object or array, a number is required</source>
        <translation>%1: sent as a nested object or array, a number is required</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not a finite number</source>
        <translation>%1: %2 is not a finite number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 has a fraction, a whole number is required</source>
        <translation>%1: %2 has a fraction, a whole number is required</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 digits, exactly %3 required</source>
        <translation>%1: %2 digits, exactly %3 required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 digits, at most %3 allowed</source>
        <translation>%1: %2 digits, at most %3 allowed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 is not a permitted code (allowed: %3)</source>
        <translation>%1: %2 is not a permitted code (allowed: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is outside the longitude range -180000000..180000000 (unit 1e-6 degree)</source>
        <translation>%1: %2 is outside the longitude range -180000000..180000000 (unit 1e-6 degree)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is outside the latitude range -90000000..90000000 (unit 1e-6 degree)</source>
        <translation>%1: %2 is outside the latitude range -90000000..90000000 (unit 1e-6 degree)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not a GB/T 2260 region code (six digits starting with a province code)</source>
        <translation>%1: %2 is not a GB/T 2260 region code (six digits starting with a province code)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is less than the minimum %3</source>
        <translation>%1: %2 is less than the minimum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is greater than the maximum %3</source>
        <translation>%1: %2 is greater than the maximum %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a valid %3</source>
        <translation>%1: %2 is not a valid %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CompanyId: &quot;%1&quot; is not the authenticated company &quot;%2&quot;</source>
        <translation>CompanyId: &quot;%1&quot; is not the authenticated company &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>rw::RegionScope</name>
    <message>
        <location filename="../models/security/regionscope.cpp" line="+61"/>
        <source>region code &quot;%1&quot; is not a GB/T 2260 code: six digits, the first not 0 expected</source>
        <translation>region code &quot;%1&quot; is not a GB/T 2260 code: six digits, the first not 0 expected</translation>
    </message>
</context>
<context>
    <name>rw::RegistryApi</name>
    <message>
        <location filename="../platform/api/registryapi.cpp" line="+90"/>
        <source>after=&quot;%1&quot; must be 0 or the &quot;next&quot; of the previous page</source>
        <translation>after=&quot;%1&quot; must be 0 or the &quot;next&quot; of the previous page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit=&quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>limit=&quot;%1&quot; must be a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the permit registry</source>
        <translation>read the permit registry</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the registry page cannot be recorded in the audit trail, so it is not sent</source>
        <translation>the registry page cannot be recorded in the audit trail, so it is not sent</translation>
    </message>
</context>
<context>
    <name>rw::RegistryGenerator</name>
    <message>
        <location filename="../platform/permits/registrygenerator.cpp" line="+68"/>
        <source>the registry already holds %1 permits: generate into a new file</source>
        <translation>the registry already holds %1 permits: generate into a new file</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>transport authority of %1</source>
        <translation>transport authority of %1</translation>
    </message>
</context>
<context>
    <name>rw::RegistrySync</name>
    <message>
        <location filename="../models/offline/registrysync.cpp" line="+53"/>
        <source>the registry cannot be downloaded: the lookup cache is not open</source>
        <translation>the registry cannot be downloaded: the lookup cache is not open</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no answer from the platform</source>
        <translation>no answer from the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry page after %1 was not received: %2</source>
        <translation>the registry page after %1 was not received: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the registry page after %1 was not received: %2 (%3)</source>
        <translation>the registry page after %1 was not received: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>rw::RemoveBadRecordDialog</name>
    <message>
        <location filename="../ui/badrecords/removebadrecorddialog.cpp" line="+20"/>
        <source>Removing the entry on the platform…</source>
        <translation>Removing the entry on the platform…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from the bad-record list</source>
        <translation>Remove from the bad-record list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vehicle %1</source>
        <translation>vehicle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver %1</source>
        <translation>driver %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (entry %2, listed by %3: &quot;%4&quot;) from the bad-record list? The entry stays in the history with who removed it, when and why.</source>
        <translation>Remove %1 (entry %2, listed by %3: &quot;%4&quot;) from the bad-record list? The entry stays in the history with who removed it, when and why.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. the appeal decision and its date</source>
        <translation>e.g. the appeal decision and its date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>rw::RetentionPolicy</name>
    <message>
        <location filename="../models/storage/retentionpolicy.cpp" line="+32"/>
        <source>read the retention setting</source>
        <translation>read the retention setting</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set the retention to %1 days</source>
        <translation>set the retention to %1 days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retention.keep_days: %1 days is below the minimum of %2 days; Art. 9 of the platform rules requires received operational data to be kept at least 2 years</source>
        <translation>retention.keep_days: %1 days is below the minimum of %2 days; Art. 9 of the platform rules requires received operational data to be kept at least 2 years</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the interface tables</source>
        <translation>list the interface tables</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>list the companies in %1</source>
        <translation>list the companies in %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>count the rows due for deletion</source>
        <translation>count the rows due for deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result</source>
        <translation>no result</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>purge data older than %1 days</source>
        <translation>purge data older than %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge() must not run inside a transaction</source>
        <translation>purge() must not run inside a transaction</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delete rows of %1 older than %2 days</source>
        <translation>delete rows of %1 older than %2 days</translation>
    </message>
</context>
<context>
    <name>rw::RevealDialog</name>
    <message>
        <location filename="../ui/lookup/revealdialog.cpp" line="+18"/>
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the name, ID, licence and phone numbers of %1 in clear?

The platform records who revealed what and why in its audit trail. Give the reason, e.g. the case or check it is for.</source>
        <translation>Show the name, ID, licence and phone numbers of %1 in clear?

The platform records who revealed what and why in its audit trail. Give the reason, e.g. the case or check it is for.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required), e.g. roadside check, identity of the driver</source>
        <translation>Reason (required), e.g. roadside check, identity of the driver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for revealing</source>
        <translation>Reason for revealing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
</context>
<context>
    <name>rw::Role</name>
    <message>
        <location filename="../models/security/role.cpp" line="+40"/>
        <source>City officer</source>
        <translation>City officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial supervisor</source>
        <translation>Provincial supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enforcement officer</source>
        <translation>Enforcement officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security administrator</source>
        <translation>Security administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit administrator</source>
        <translation>Audit administrator</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>role %1 sees no business data and takes no region, but region %2 was given</source>
        <translation>role %1 sees no business data and takes no region, but region %2 was given</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role %1 needs a province code (xx0000, e.g. 460000), not &quot;%2&quot;</source>
        <translation>role %1 needs a province code (xx0000, e.g. 460000), not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role %1 needs a city code (a prefecture xxyy00 such as 460100, a county-level city such as 469001, or a municipality such as 110000), not &quot;%2&quot;</source>
        <translation>role %1 needs a city code (a prefecture xxyy00 such as 460100, a county-level city such as 469001, or a municipality such as 110000), not &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>rw::RuleChecks</name>
    <message>
        <location filename="../models/rules/rulechecks.cpp" line="+254"/>
        <source>%1: %2 missing</source>
        <translation>%1: %2 missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 ended on %3 (as of %4)</source>
        <translation>%1: %2 ended on %3 (as of %4)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years 1 month</source>
        <translation>%1 years 1 month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years %2 months</source>
        <translation>%1 years %2 months</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>%1: %2 years from %3 reached on %4 (as of %5)</source>
        <translation>%1: %2 years from %3 reached on %4 (as of %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 years from %3 ended on %4 (as of %5)</source>
        <translation>%1: %2 years from %3 ended on %4 (as of %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3%4, must be %5 %6%4</source>
        <translation>%1: %2 %3%4, must be %5 %6%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of the trip&apos;s 2 ends inside the permitted operating area, at least %3 required</source>
        <translation>%1: %2 of the trip&apos;s 2 ends inside the permitted operating area, at least %3 required</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3%4, must be from %5 to %6%4</source>
        <translation>%1: %2 %3%4, must be from %5 to %6%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 &quot;%3&quot; is not one of %4</source>
        <translation>%1: %2 &quot;%3&quot; is not one of %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3: %4 years are reached only on %5</source>
        <translation>%1: %2 %3: %4 years are reached only on %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: age %2 has reached the limit of %3</source>
        <translation>%1: age %2 has reached the limit of %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (applies when %1)</source>
        <translation> (applies when %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>rw::RuleFacts</name>
    <message>
        <location filename="../models/rules/rulefacts.cpp" line="+16"/>
        <source>base information filed with the platform</source>
        <translation>base information filed with the platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate validity</source>
        <translation>certificate validity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first registration</source>
        <translation>first registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odometer</source>
        <translation>odometer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new order pushed while the driver carries a passenger</source>
        <translation>new order pushed while the driver carries a passenger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wheelbase</source>
        <translation>wheelbase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuel type</source>
        <translation>fuel type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase-tax price</source>
        <translation>purchase-tax price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving range</source>
        <translation>driving range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving licence first issued</source>
        <translation>driving licence first issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born</source>
        <translation>born</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the city&apos;s bad-record list</source>
        <translation>on the city&apos;s bad-record list</translation>
    </message>
</context>
<context>
    <name>rw::RuleFinding</name>
    <message>
        <location filename="../models/rules/rulefinding.cpp" line="+78"/>
        <source>finding.%1: a non-empty string is required</source>
        <translation>finding.%1: a non-empty string is required</translation>
    </message>
</context>
<context>
    <name>rw::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/schemamigrator.cpp" line="+36"/>
        <source>migration &quot;%1&quot; has number %2 where %3 was expected: migrations must be numbered 1, 2, 3, … without gaps or duplicates</source>
        <translation>migration &quot;%1&quot; has number %2 where %3 was expected: migrations must be numbered 1, 2, 3, … without gaps or duplicates</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>migration %1 &quot;%2&quot; has neither SQL nor code</source>
        <translation>migration %1 &quot;%2&quot; has neither SQL nor code</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no migrations (*.sql) found in %1</source>
        <translation>no migrations (*.sql) found in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration file %1 in %2 is not named NNNN_name.sql</source>
        <translation>migration file %1 in %2 is not named NNNN_name.sql</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read migration file %1: %2</source>
        <translation>cannot read migration file %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>read the schema version of %1</source>
        <translation>read the schema version of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check that %1 is a RideWatch database</source>
        <translation>check that %1 is a RideWatch database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its application_id is 0x%1, not 0x%2: it belongs to another program or another part of RideWatch</source>
        <translation>its application_id is 0x%1, not 0x%2: it belongs to another program or another part of RideWatch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it already holds %1 tables but no RideWatch application_id</source>
        <translation>it already holds %1 tables but no RideWatch application_id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>update the schema of %1</source>
        <translation>update the schema of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database has schema version %1 (&quot;%2&quot;) but this RideWatch knows only up to version %3; open it with a newer RideWatch or restore a backup</source>
        <translation>the database has schema version %1 (&quot;%2&quot;) but this RideWatch knows only up to version %3; open it with a newer RideWatch or restore a backup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database has schema version %1 and needs %2, but it is open read-only</source>
        <translation>the database has schema version %1 and needs %2, but it is open read-only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create the schema_version table</source>
        <translation>create the schema_version table</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>apply schema migration %1 &quot;%2&quot; to %3</source>
        <translation>apply schema migration %1 &quot;%2&quot; to %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database is at version %1, expected %2</source>
        <translation>the database is at version %1, expected %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the migration&apos;s code reported a failure</source>
        <translation>the migration&apos;s code reported a failure</translation>
    </message>
</context>
<context>
    <name>rw::ScoresPage</name>
    <message>
        <location filename="../ui/quality/scorespage.cpp" line="+51"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Show violations</source>
        <translation>Show violations</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: all (national scope)</source>
        <translation>Region: all (national scope)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+308"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>The companies holding a company permit in your account&apos;s region</source>
        <translation>The companies holding a company permit in your account&apos;s region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(China Standard Time)</source>
        <translation>(China Standard Time)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Double-click a rate to see the rules that lowered it</source>
        <translation>Double-click a rate to see the rules that lowered it</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every company</source>
        <translation>Every company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected company against the region</source>
        <translation>Selected company against the region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the report: page %1 of %2</source>
        <translation>Writing the report: page %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report: %1 of %2</source>
        <translation>Writing the report: %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; %1 was not written</source>
        <translation>Export cancelled; %1 was not written</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+67"/>
        <source>Choose a period and press Show.</source>
        <translation>Choose a period and press Show.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Loading the scores of %1…</source>
        <translation>Loading the scores of %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the review…</source>
        <translation>Saving the review…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading cancelled; press Show to ask again.</source>
        <translation>Loading cancelled; press Show to ask again.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month %1</source>
        <translation>month %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No company in the region sent data in %1.</source>
        <translation>No company in the region sent data in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n company(ies) ranked for %1; model %2.</source>
        <translation>
            <numerusform>%n company ranked for %1; model %2.</numerusform>
            <numerusform>%n companies ranked for %1; model %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No scores shown.</source>
        <translation>No scores shown.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading the violations of %1 in %2 on %3…</source>
        <translation>Loading the violations of %1 in %2 on %3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the violations of %1 in %2…</source>
        <translation>Loading the violations of %1 in %2…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Export the quality report</source>
        <translation>Export the quality report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the ranking as CSV</source>
        <translation>Export the ranking as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>rw::SelfSignedCertificate</name>
    <message>
        <location filename="../models/security/selfsignedcertificate.cpp" line="+78"/>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot make the platform&apos;s certificate: %1 failed (%2)</source>
        <translation>cannot make the platform&apos;s certificate: %1 failed (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot make the platform&apos;s certificate: the extra name &quot;%1&quot; is not a host name or an IP address</source>
        <translation>cannot make the platform&apos;s certificate: the extra name &quot;%1&quot; is not a host name or an IP address</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the certificate is not a PEM X.509 certificate (%1)</source>
        <translation>the certificate is not a PEM X.509 certificate (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key is not a PEM private key (%1)</source>
        <translation>the key is not a PEM private key (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is not an EC key (type %1)</source>
        <translation>the key is not an EC key (type %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key does not belong to the certificate (%1)</source>
        <translation>the key does not belong to the certificate (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt&apos;s TLS backend cannot read the certificate or key (is the OpenSSL backend available?)</source>
        <translation>Qt&apos;s TLS backend cannot read the certificate or key (is the OpenSSL backend available?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the directory %1 for the platform&apos;s certificate</source>
        <translation>cannot create the directory %1 for the platform&apos;s certificate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists but %2 is missing; restore it, or remove %1 to make a new key and certificate (consoles will then see a changed certificate)</source>
        <translation>%1 exists but %2 is missing; restore it, or remove %1 to make a new key and certificate (consoles will then see a changed certificate)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2: %3</source>
        <translation>%1 and %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 expired on %2; remove %1 and %3 to make a new certificate (consoles will then see a changed certificate)</source>
        <translation>%1 expired on %2; remove %1 and %3 to make a new certificate (consoles will then see a changed certificate)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>rw::SessionApi</name>
    <message>
        <location filename="../platform/api/sessionapi.cpp" line="+25"/>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>the body is not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body must be a JSON object</source>
        <translation>the body must be a JSON object</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>fields &quot;user&quot; and &quot;password&quot; are required strings</source>
        <translation>fields &quot;user&quot; and &quot;password&quot; are required strings</translation>
    </message>
</context>
<context>
    <name>rw::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+30"/>
        <source>&amp;Forget pin</source>
        <translation>&amp;Forget pin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Import certificate…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Industry platform</source>
        <translation>Industry platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the embedded reference platform with simulated traffic</source>
        <translation>Empty: the embedded reference platform with simulated traffic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform &amp;address:</source>
        <translation>Platform &amp;address:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned certificate:</source>
        <translation>Pinned certificate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next connection shows the platform&apos;s certificate for you to approve.</source>
        <translation>The next connection shows the platform&apos;s certificate for you to approve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin the certificate the platform&apos;s operator gave you, before the first connection.</source>
        <translation>Pin the certificate the platform&apos;s operator gave you, before the first connection.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map tiles</source>
        <translation>Map tiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (the offline base map)</source>
        <translation>None (the offline base map)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianditu (天地图)</source>
        <translation>Tianditu (天地图)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile server (XYZ URL template)</source>
        <translation>Tile server (XYZ URL template)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>MBTiles file</source>
        <translation>MBTiles file</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Tile &amp;source:</source>
        <translation>Tile &amp;source:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language and the platform address take effect the next time RideWatch starts; the map tiles change at once.</source>
        <translation>The language and the platform address take effect the next time RideWatch starts; the map tiles change at once.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform&apos;s certificate</source>
        <translation>The platform&apos;s certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Key (tk):</source>
        <translation>&amp;Key (tk):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key registered with Tianditu</source>
        <translation>The key registered with Tianditu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL template:</source>
        <translation>&amp;URL template:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;MBTiles file:</source>
        <translation>&amp;MBTiles file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An .mbtiles file</source>
        <translation>An .mbtiles file</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The embedded platform&apos;s certificate is pinned at every start.</source>
        <translation>The embedded platform&apos;s certificate is pinned at every start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (enter a valid platform address first).</source>
        <translation>None (enter a valid platform address first).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None for %1: the next connection shows the platform&apos;s certificate for you to approve.</source>
        <translation>None for %1: the next connection shows the platform&apos;s certificate for you to approve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 for %1:
%2</source>
        <translation>SHA-256 for %1:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pinned certificate: enter the platform&apos;s https address before importing its certificate.</source>
        <translation>Pinned certificate: enter the platform&apos;s https address before importing its certificate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinned certificate: %1</source>
        <translation>Pinned certificate: %1</translation>
    </message>
</context>
<context>
    <name>rw::ShortcutsDialog</name>
    <message>
        <location filename="../ui/settings/shortcutsdialog.cpp" line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>rw::SimulatedCity</name>
    <message>
        <location filename="../platform/simulator/simulatedcity.cpp" line="+51"/>
        <source>city %1: no city file at %2 (%3)</source>
        <translation>city %1: no city file at %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>city file %1: %2</source>
        <translation>city file %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>not a JSON object: %1 at offset %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>regionCode must be a six-digit GB/T 2260 code, not %1</source>
        <translation>regionCode must be a six-digit GB/T 2260 code, not %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provinceCode %1 is not the province of region %2</source>
        <translation>provinceCode %1 is not the province of region %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name and plateLetters are required</source>
        <translation>name and plateLetters are required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>centre must be [longitude, latitude]</source>
        <translation>centre must be [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operatingArea needs at least 3 points, has %1</source>
        <translation>operatingArea needs at least 3 points, has %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operatingArea: point %1 is not [longitude, latitude]</source>
        <translation>operatingArea: point %1 is not [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the centre lies outside the operatingArea</source>
        <translation>the centre lies outside the operatingArea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>town.centre must be [longitude, latitude]</source>
        <translation>town.centre must be [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>town: spacingMetres must be ≥ 50 and at most lengthMetres and widthMetres, and streets must not be empty</source>
        <translation>town: spacingMetres must be ≥ 50 and at most lengthMetres and widthMetres, and streets must not be empty</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>road %1: point %2 is not [longitude, latitude, elevation]</source>
        <translation>road %1: point %2 is not [longitude, latitude, elevation]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>road %1: needs points and a speedKmh between 5 and 130</source>
        <translation>road %1: needs points and a speedKmh between 5 and 130</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>place %1: kind must be poi, township or outside, not &quot;%2&quot;</source>
        <translation>place %1: kind must be poi, township or outside, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>place %1: coordinate must be [longitude, latitude]</source>
        <translation>place %1: coordinate must be [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>place %1: kind %2 but it lies inside the operatingArea</source>
        <translation>place %1: kind %2 but it lies inside the operatingArea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place %1: kind %2 but it lies outside the operatingArea</source>
        <translation>place %1: kind %2 but it lies outside the operatingArea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>place %1: no road within 1.5 km</source>
        <translation>place %1: no road within 1.5 km</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the road network is not connected</source>
        <translation>the road network is not connected</translation>
    </message>
</context>
<context>
    <name>rw::SimulationRunner</name>
    <message>
        <location filename="../platform/simulationrunner.cpp" line="+117"/>
        <source>the traffic simulator cannot start: %1</source>
        <translation>the traffic simulator cannot start: %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the audit trail cannot be written</source>
        <translation>the audit trail cannot be written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the simulated city&apos;s %1 permits cannot be imported: %2</source>
        <translation>the simulated city&apos;s %1 permits cannot be imported: %2</translation>
    </message>
</context>
<context>
    <name>rw::SimulatorConfig</name>
    <message>
        <location filename="../platform/simulator/simulatorconfig.cpp" line="+13"/>
        <source>simulator companies: %1, must be from 1 to 99</source>
        <translation>simulator companies: %1, must be from 1 to 99</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator vehicles per company: %1, must be from 1 to 100000</source>
        <translation>simulator vehicles per company: %1, must be from 1 to 100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator drivers per vehicle: %1, must be from 1 to 4</source>
        <translation>simulator drivers per vehicle: %1, must be from 1 to 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator position interval: %1 s, must be from 1 to 3600 s</source>
        <translation>simulator position interval: %1 s, must be from 1 to 3600 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator driver position interval: %1 s, must be from 1 to 3600 s</source>
        <translation>simulator driver position interval: %1 s, must be from 1 to 3600 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulator speed: %1, must be above 0 and at most 3600</source>
        <translation>simulator speed: %1, must be above 0 and at most 3600</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator orders per vehicle-hour: %1, must be from 0 to 20</source>
        <translation>simulator orders per vehicle-hour: %1, must be from 0 to 20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulator batch size: %1, must be at least 1</source>
        <translation>simulator batch size: %1, must be at least 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulator base URL &quot;%1&quot;: must be an http or https URL</source>
        <translation>simulator base URL &quot;%1&quot;: must be an http or https URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the traffic simulator: companies uploading to this platform.</source>
        <translation>Run the traffic simulator: companies uploading to this platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City to simulate: a region code of a built-in city or a city JSON file.</source>
        <translation>City to simulate: a region code of a built-in city or a city JSON file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code|file</source>
        <translation>code|file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of simulated platform companies.</source>
        <translation>Number of simulated platform companies.</translation>
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
        <translation>Vehicles per simulated company.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between vehicle position reports.</source>
        <translation>Seconds between vehicle position reports.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed: the same seed gives the same traffic.</source>
        <translation>Random seed: the same seed gives the same traffic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faults to inject, e.g. late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001.</source>
        <translation>Faults to inject, e.g. late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated seconds per real second.</source>
        <translation>Simulated seconds per real second.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sim-companies: &quot;%1&quot; is not a whole number</source>
        <translation>--sim-companies: &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-vehicles: &quot;%1&quot; is not a whole number</source>
        <translation>--sim-vehicles: &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-interval: &quot;%1&quot; is not a whole number of seconds</source>
        <translation>--sim-interval: &quot;%1&quot; is not a whole number of seconds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sim-seed: &quot;%1&quot; is not a non-negative whole number</source>
        <translation>--sim-seed: &quot;%1&quot; is not a non-negative whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sim-speed: &quot;%1&quot; is not a number</source>
        <translation>--sim-speed: &quot;%1&quot; is not a number</translation>
    </message>
</context>
<context>
    <name>rw::Statement</name>
    <message>
        <location filename="../models/storage/statement.cpp" line="+74"/>
        <source>the statement has no parameter named %1</source>
        <translation>the statement has no parameter named %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+136"/>
        <source>the statement was not prepared</source>
        <translation>the statement was not prepared</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>parameter %1: %2</source>
        <translation>parameter %1: %2</translation>
    </message>
</context>
<context>
    <name>rw::StatusApi</name>
    <message>
        <location filename="../platform/api/statusapi.cpp" line="+46"/>
        <source>query parameter region: &quot;%1&quot; is not a six-digit GB/T 2260 code</source>
        <translation>query parameter region: &quot;%1&quot; is not a six-digit GB/T 2260 code</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoard</name>
    <message>
        <location filename="../models/outages/statusboard.cpp" line="+43"/>
        <location line="+16"/>
        <source>item %1 is not an object</source>
        <translation>item %1 is not an object</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+23"/>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</source>
        <translation>&quot;%1&quot; is not baseInfo, order, operate, position, rated or share</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoardModel</name>
    <message>
        <location filename="../models/itemmodels/statusboardmodel.cpp" line="+69"/>
        <source>Upload access suspended (Art. 13): %1</source>
        <translation>Upload access suspended (Art. 13): %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open (#%1)</source>
        <translation>open (#%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last record</source>
        <translation>Last record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records/min</source>
        <translation>Records/min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
</context>
<context>
    <name>rw::StatusBoardPage</name>
    <message>
        <location filename="../ui/outages/statusboardpage.cpp" line="+59"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend or restore access…</source>
        <translation>Suspend or restore access…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed 000 Art. 21: the platform watches every company&apos;s link around the clock. Records per minute over the last 5 minutes; a red row has an open outage.</source>
        <translation>Seed 000 Art. 21: the platform watches every company&apos;s link around the clock. Records per minute over the last 5 minutes; a red row has an open outage.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+76"/>
        <location line="+46"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 open outage(s), %2 suspended</source>
        <translation>; %1 open outage(s), %2 suspended</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Board of %1 (CST), received %2 ago</source>
        <translation>Board of %1 (CST), received %2 ago</translation>
    </message>
</context>
<context>
    <name>rw::SuspensionDialog</name>
    <message>
        <location filename="../ui/outages/suspensiondialog.cpp" line="+31"/>
        <source>Upload access of %1</source>
        <translation>Upload access of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the current state…</source>
        <translation>Loading the current state…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspended (CST)</source>
        <translation>Suspended (CST)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By, reason</source>
        <translation>By, reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored (CST)</source>
        <translation>Restored (CST)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (required; recorded in the history and the audit log):</source>
        <translation>Reason (required; recorded in the history and the audit log):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Uploads are suspended (Art. 13) since %1 by %2: %3</source>
        <translation>Uploads are suspended (Art. 13) since %1 by %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploads are allowed.</source>
        <translation>Uploads are allowed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>still suspended</source>
        <translation>still suspended</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore access</source>
        <translation>Restore access</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspend access</source>
        <translation>Suspend access</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the reason for restoring the access (seed 000 Art. 13).</source>
        <translation>Give the reason for restoring the access (seed 000 Art. 13).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for suspending the access (seed 000 Art. 13).</source>
        <translation>Give the reason for suspending the access (seed 000 Art. 13).</translation>
    </message>
</context>
<context>
    <name>rw::TileFetcher</name>
    <message>
        <location filename="../models/map/tilefetcher.cpp" line="+190"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent an empty body</source>
        <translation>the server sent an empty body</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the MBTiles file has no such tile</source>
        <translation>the MBTiles file has no such tile</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the tile is empty</source>
        <translation>the tile is empty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tile z%1 x%2 y%3 (layer %4) from %5: %6</source>
        <translation>Tile z%1 x%2 y%3 (layer %4) from %5: %6</translation>
    </message>
</context>
<context>
    <name>rw::TileLayer</name>
    <message>
        <location filename="../ui/map/tilelayer.cpp" line="+32"/>
        <source>Tile z%1 x%2 y%3: the data is not an image Qt can read (%4 bytes).</source>
        <translation>Tile z%1 x%2 y%3: the data is not an image Qt can read (%4 bytes).</translation>
    </message>
</context>
<context>
    <name>rw::TileSource</name>
    <message>
        <location filename="../models/map/tilesource.cpp" line="+161"/>
        <source>Offline base map</source>
        <translation>Offline base map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tile server (%1)</source>
        <translation>Tile server (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tianditu</source>
        <translation>Tianditu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles file</source>
        <translation>MBTiles file</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+7"/>
        <source>Tiles: %1</source>
        <translation>Tiles: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>© Tianditu (National Platform for Common Geospatial Information Services)</source>
        <translation>© Tianditu (National Platform for Common Geospatial Information Services)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tianditu needs a key: set map/tiandituKey to the key (tk) registered with Tianditu.</source>
        <translation>Tianditu needs a key: set map/tiandituKey to the key (tk) registered with Tianditu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tile URL template &quot;%1&quot; is not an http(s) URL.</source>
        <translation>The tile URL template &quot;%1&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tile URL template &quot;%1&quot; lacks one of {z}, {x} and {y}.</source>
        <translation>The tile URL template &quot;%1&quot; lacks one of {z}, {x} and {y}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tile URL template &quot;%1&quot; has {s} but no sub-domains are set (map/xyzSubdomains).</source>
        <translation>The tile URL template &quot;%1&quot; has {s} but no sub-domains are set (map/xyzSubdomains).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No MBTiles file is set (map/mbtilesPath).</source>
        <translation>No MBTiles file is set (map/mbtilesPath).</translation>
    </message>
</context>
<context>
    <name>rw::Totp</name>
    <message numerus="yes">
        <location filename="../models/security/totp.cpp" line="+101"/>
        <source>The one-time code must be exactly %n digit(s).</source>
        <translation>
            <numerusform>The one-time code must be exactly %n digit.</numerusform>
            <numerusform>The one-time code must be exactly %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>This one-time code was already used; wait for the next one (every %n second(s)).</source>
        <translation>
            <numerusform>This one-time code was already used; wait for the next one (every %n second).</numerusform>
            <numerusform>This one-time code was already used; wait for the next one (every %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The one-time code is wrong or too old (codes are accepted up to %n step(s) away).</source>
        <translation>
            <numerusform>The one-time code is wrong or too old (codes are accepted up to %n step away).</numerusform>
            <numerusform>The one-time code is wrong or too old (codes are accepted up to %n steps away).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TrackClient</name>
    <message>
        <location filename="../models/client/trackclient.cpp" line="+30"/>
        <source>from: no valid time is given</source>
        <translation>from: no valid time is given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to: no valid time is given</source>
        <translation>to: no valid time is given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to: %1 is before from (%2)</source>
        <translation>to: %1 is before from (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from–to: the period spans %1 h, more than the limit of %2 h; choose a shorter period</source>
        <translation>from–to: the period spans %1 h, more than the limit of %2 h; choose a shorter period</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>company: no company is given</source>
        <translation>company: no company is given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plate: no plate number is given</source>
        <translation>plate: no plate number is given</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The track of %1 cannot be loaded: %2</source>
        <translation>The track of %1 cannot be loaded: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the track of %1 failed (%2): %3</source>
        <translation>Loading the track of %1 failed (%2): %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The track of %1 cannot be read: %2</source>
        <translation>The track of %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the track of %1 failed: %2</source>
        <translation>Loading the track of %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>rw::TrackEvent</name>
    <message>
        <location filename="../models/tracks/trackevent.cpp" line="+12"/>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
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
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the track is not JSON: %1 at byte %2</source>
        <translation>the track is not JSON: %1 at byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the track is not a JSON object</source>
        <translation>the track is not a JSON object</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: expected the non-empty text of the request, found %2</source>
        <translation>%1: expected the non-empty text of the request, found %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected Unix seconds (a whole number), found %2</source>
        <translation>%1: expected Unix seconds (a whole number), found %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pointFields: expected an array of column names, found %1</source>
        <translation>pointFields: expected an array of column names, found %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pointFields: the column &quot;%1&quot; is missing</source>
        <translation>pointFields: the column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>points: expected an array, found %1</source>
        <translation>points: expected an array, found %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events: expected an array, found %1</source>
        <translation>events: expected an array, found %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>point %1: expected an array of %2 values, found %3</source>
        <translation>point %1: expected an array of %2 values, found %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>point %1: %2: %3 is not %4</source>
        <translation>point %1: %2: %3 is not %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unix seconds (a whole number)</source>
        <translation>Unix seconds (a whole number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 1e-6 degree within range</source>
        <translation>a whole number of 1e-6 degree within range</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>event %1: kind: %2 is neither &quot;pickup&quot; nor &quot;dropoff&quot;</source>
        <translation>event %1: kind: %2 is neither &quot;pickup&quot; nor &quot;dropoff&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event %1: time: %2 is not Unix seconds (a whole number)</source>
        <translation>event %1: time: %2 is not Unix seconds (a whole number)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event %1: %2: %3 is not a whole number of 1e-6 degree within range</source>
        <translation>event %1: %2: %3 is not a whole number of 1e-6 degree within range</translation>
    </message>
</context>
<context>
    <name>rw::TrackReplayPanel</name>
    <message>
        <location filename="../ui/tracks/trackreplaypanel.cpp" line="+49"/>
        <source>Track replay</source>
        <translation>Track replay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CompanyId, e.g. 4690WZSYC001</source>
        <translation>CompanyId, e.g. 4690WZSYC001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate number, e.g. 琼D10001</source>
        <translation>Plate number, e.g. 琼D10001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plate:</source>
        <translation>&amp;Plate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Load track</source>
        <translation>&amp;Load track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops loading the track (Esc)</source>
        <translation>Stops loading the track (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the track…</source>
        <translation>Loading the track…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replay time</source>
        <translation>Replay time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ollow the vehicle</source>
        <translation>F&amp;ollow the vehicle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pickups and drop-offs:</source>
        <translation>Pickups and drop-offs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickups and drop-offs</source>
        <translation>Pickups and drop-offs</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Company: enter the CompanyId of the platform company.</source>
        <translation>Company: enter the CompanyId of the platform company.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plate: enter the plate number of the vehicle.</source>
        <translation>Plate: enter the plate number of the vehicle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection to the platform.</source>
        <translation>No connection to the platform.</translation>
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
        <translation>Choose a vehicle and a period (at most 24 hours), then load its track.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n fix(es)</source>
        <translation>
            <numerusform>%1: %n fix</numerusform>
            <numerusform>%1: %n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pickup(s)</source>
        <translation>
            <numerusform>%n pickup</numerusform>
            <numerusform>%n pickups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drop-off(s)</source>
        <translation>
            <numerusform>%n drop-off</numerusform>
            <numerusform>%n drop-offs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no positions were stored for this vehicle in this period</source>
        <translation>no positions were stored for this vehicle in this period</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only the first %n fixes are shown: choose a shorter period</source>
        <translation>
            <numerusform>only the first %n fix is shown: choose a shorter period</numerusform>
            <numerusform>only the first %n fixes are shown: choose a shorter period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n record could not be read</numerusform>
            <numerusform>%n records could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <comment>a sentence made of the summary&apos;s parts</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No track loaded.</source>
        <translation>No track loaded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed unknown</source>
        <translation>speed unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no fixes for %n s</source>
        <translation>
            <numerusform>no fixes for %n s</numerusform>
            <numerusform>no fixes for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TracksApi</name>
    <message>
        <location filename="../platform/api/tracksapi.cpp" line="+174"/>
        <source>parameter &quot;%1&quot; is not known (%2)</source>
        <translation>parameter &quot;%1&quot; is not known (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter %1 is given more than once</source>
        <translation>parameter %1 is given more than once</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter %1: &quot;%2&quot; is not a time in Unix seconds (a whole number from 0 to %3, e.g. 1763700000)</source>
        <translation>parameter %1: &quot;%2&quot; is not a time in Unix seconds (a whole number from 0 to %3, e.g. 1763700000)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameter %1 is missing (needed: %2)</source>
        <translation>parameter %1 is missing (needed: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parameter company: &quot;%1&quot; is not a CompanyId (1 to 32 characters)</source>
        <translation>parameter company: &quot;%1&quot; is not a CompanyId (1 to 32 characters)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter plate: &quot;%1&quot; is not a VehicleNo (1 to 32 characters)</source>
        <translation>parameter plate: &quot;%1&quot; is not a VehicleNo (1 to 32 characters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter to: %1 (%2) is before from %3 (%4)</source>
        <translation>parameter to: %1 (%2) is before from %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the period from %1 to %2 spans %3 h, more than the limit of %4 h (parameters from and to): ask for a shorter period</source>
        <translation>the period from %1 to %2 spans %3 h, more than the limit of %4 h (parameters from and to): ask for a shorter period</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the interface catalogue lacks positionVehicle, operateDepart or operateArrive</source>
        <translation>the interface catalogue lacks positionVehicle, operateDepart or operateArrive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the positions of a track</source>
        <translation>read the positions of a track</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>read the pickups of a track</source>
        <translation>read the pickups of a track</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the drop-offs of a track</source>
        <translation>read the drop-offs of a track</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Company %1 holds no company permit within the scope %2 of account %3</source>
        <translation>Company %1 holds no company permit within the scope %2 of account %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter company: no platform company %1 is registered</source>
        <translation>parameter company: no platform company %1 is registered</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the positions cannot be read: %1</source>
        <translation>the positions cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>rw::TrafficSimulator</name>
    <message>
        <location filename="../platform/simulator/trafficsimulator.cpp" line="+45"/>
        <source>fault plan: outage of company &quot;%1&quot;: no such company (C1 to C%2, or a CompanyId)</source>
        <translation>fault plan: outage of company &quot;%1&quot;: no such company (C1 to C%2, or a CompanyId)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>simulating %1 companies × %2 vehicles in %3 from %4, faults: %5</source>
        <translation>simulating %1 companies × %2 vehicles in %3 from %4, faults: %5</translation>
    </message>
</context>
<context>
    <name>rw::Transaction</name>
    <message>
        <location filename="../models/storage/transaction.cpp" line="+18"/>
        <location line="+5"/>
        <source>begin a transaction</source>
        <translation>begin a transaction</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a transaction is already open on this connection; transactions do not nest</source>
        <translation>a transaction is already open on this connection; transactions do not nest</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>commit a transaction</source>
        <translation>commit a transaction</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the transaction is not active</source>
        <translation>the transaction is not active</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>roll back a transaction</source>
        <translation>roll back a transaction</translation>
    </message>
</context>
<context>
    <name>rw::VehicleBaseInfoQuery</name>
    <message>
        <location filename="../platform/quality/vehiclebaseinfoquery.cpp" line="+21"/>
        <source>read the vehicles with base-info of company %1</source>
        <translation>read the vehicles with base-info of company %1</translation>
    </message>
</context>
<context>
    <name>rw::VehicleCard</name>
    <message>
        <location filename="../ui/map/vehiclecard.cpp" line="+24"/>
        <source>Replay track…</source>
        <translation>Replay track…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vehicle details</source>
        <translation>Vehicle details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close vehicle details</source>
        <translation>Close vehicle details</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fix</source>
        <translation>Last fix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permit status</source>
        <translation>Permit status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw this vehicle&apos;s positions over a period and play them back</source>
        <translation>Draw this vehicle&apos;s positions over a period and play them back</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NE</source>
        <translation>NE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NW</source>
        <translation>NW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — stale (no fix for over %2 s)</source>
        <translation>%1 — stale (no fix for over %2 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1° E, %2° N (%3)</source>
        <translation>%1° E, %2° N (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn approximately: sent in %1, the map is %2.</source>
        <translation>Drawn approximately: sent in %1, the map is %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Emergency (JT/T 808 bit 0), WarnStatus 0x%1</source>
        <translation>Emergency (JT/T 808 bit 0), WarnStatus 0x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WarnStatus 0x%1 (JT/T 808 alarm bits)</source>
        <translation>WarnStatus 0x%1 (JT/T 808 alarm bits)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in position records</source>
        <translation>Not in position records</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Unknown: the city&apos;s permit data is not connected yet</source>
        <translation>Unknown: the city&apos;s permit data is not connected yet</translation>
    </message>
</context>
<context>
    <name>rw::VehicleFilter</name>
    <message>
        <location filename="../ui/map/vehiclefilter.cpp" line="+14"/>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (no fix for over 60 s)</source>
        <translation>Stale (no fix for over 60 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate position (other datum)</source>
        <translation>Approximate position (other datum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fresh fixes only</source>
        <translation>Fresh fixes only</translation>
    </message>
</context>
<context>
    <name>rw::VehicleFixParser</name>
    <message>
        <location filename="../models/fleet/vehiclefixparser.cpp" line="+123"/>
        <source>IPCType: %1 is not positionVehicle; only vehicle fixes go on the fleet map</source>
        <translation>IPCType: %1 is not positionVehicle; only vehicle fixes go on the fleet map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CompanyId: required, absent or empty</source>
        <translation>CompanyId: required, absent or empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VehicleNo: required, absent or empty</source>
        <translation>VehicleNo: required, absent or empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PositionTime: required, absent</source>
        <translation>PositionTime: required, absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PositionTime: %1 is neither Unix seconds nor a YYYYMMDDhhmmss date-time</source>
        <translation>PositionTime: %1 is neither Unix seconds nor a YYYYMMDDhhmmss date-time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: required, absent</source>
        <translation>%1: required, absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a whole number of 1e-6 degree</source>
        <translation>%1: %2 is not a whole number of 1e-6 degree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is outside −%3..%3 (1e-6 degree)</source>
        <translation>%1: %2 is outside −%3..%3 (1e-6 degree)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record %1: %2</source>
        <translation>record %1: %2</translation>
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
        <translation>no date given</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Wuzhishan rules Art. 14 (%1): the city issues the transport certificate</source>
        <translation>Wuzhishan rules Art. 14 (%1): the city issues the transport certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wuzhishan rules Art. 41 (%1): valid from issue until 8 years after the first registration</source>
        <translation>Wuzhishan rules Art. 41 (%1): valid from issue until 8 years after the first registration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the city&apos;s permit registry…</source>
        <translation>Checking the city&apos;s permit registry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until %1 (transport certificate %2)</source>
        <translation>Valid until %1 (transport certificate %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1 (transport certificate %2) — %3</source>
        <translation>Expired on %1 (transport certificate %2) — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transport certificate %1 of this plate was issued to company %2, not %3</source>
        <translation>The transport certificate %1 of this plate was issued to company %2, not %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: no transport certificate for %1 in the city&apos;s registry — %2</source>
        <translation>Missing: no transport certificate for %1 in the city&apos;s registry — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
</context>
</TS>
