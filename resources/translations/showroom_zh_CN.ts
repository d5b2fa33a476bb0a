<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditAction</name>
    <message>
        <source>created</source>
        <extracomment>``audit_log.action``: what was done to a record.</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>revealed personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>administrator set up</source>
        <translation>设置管理员</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>record no.</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} entries exported.</source>
        <translation>已导出 {count} 条。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Recorded fields holding personal data, and how each is masked. Who may read a record&apos;s history: the permission to see that kind of record, and for owned records the column naming the owner plus the permission to see everyone&apos;s. The actions&apos; words, for the audit view and its filter (showroom.labels&apos;).</extracomment>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Enter a password.</source>
        <extracomment>Wrong passwords in a row that lock an account for LOCK_MINUTES (guessing is slowed to a crawl; a password reset by the administrator lifts the lock).</extracomment>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation>用户名不能包含空格，最多 40 个字符。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>姓名超过 80 个字符。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>The administrator has already been set up.</source>
        <translation>管理员已经设置过了。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: try again in {minutes} minutes, or ask the administrator to reset the password.</source>
        <translation>该账号密码错误次数过多：请 {minutes} 分钟后再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The store needs at least one active administrator: make another first.</source>
        <translation>系统至少需要一名启用的管理员：请先设置另一名管理员。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This store runs on a database server: back it up on the server (for PostgreSQL with pg_dump).</source>
        <extracomment>Pages copied per step: small enough to report progress and let writers in between.</extracomment>
        <translation>本店使用数据库服务器：请在服务器上备份（PostgreSQL 使用 pg_dump）。</translation>
    </message>
    <message>
        <source>This database is not stored in a file.</source>
        <translation>该数据库不是存储在文件中的。</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {error}</source>
        <translation>无法写入文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>The backup to {folder} failed: {error}</source>
        <translation>备份到 {folder} 失败：{error}</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} is damaged: it is not the file the backup wrote (its checksum differs: changed or cut short since).</source>
        <translation>文件 {file} 已损坏：它已不是备份时写入的文件（校验值不符：之后被改动或截断）。</translation>
    </message>
    <message>
        <source>The file {file} is damaged: {detail}</source>
        <translation>文件 {file} 已损坏：{detail}</translation>
    </message>
    <message>
        <source>The file {file} is not a Showroom database.</source>
        <translation>文件 {file} 不是展厅管理的数据库。</translation>
    </message>
    <message>
        <source>The file {file} was written by a newer version of Showroom.</source>
        <translation>文件 {file} 由更新版本的展厅管理写入。</translation>
    </message>
    <message>
        <source>The restore failed ({error}); the database before it is saved as {file}.</source>
        <translation>恢复失败（{error}）；恢复前的数据库已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Only an administrator can manage backups.</source>
        <translation>只有管理员可以管理备份。</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Showroom backs up automatically on the first start of each day and before every upgrade, keeping {daily} daily and {monthly} monthly backups.</source>
        <translation>展厅管理每天第一次启动时及每次升级前自动备份，保留 {daily} 个每日备份和 {monthly} 个每月备份。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>从以下文件恢复</translation>
    </message>
    <message>
        <source>Showroom backup (*.db)</source>
        <translation>展厅管理备份 (*.db)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current data by the backup {file} ({customers} customers)?

The current data is kept as a backup first. Showroom closes afterwards; start it again to continue.</source>
        <translation>用备份 {file}（{customers} 位客户）替换当前数据？

当前数据会先保存为一个备份。完成后展厅管理将关闭，请重新启动继续使用。</translation>
    </message>
    <message>
        <source>The backup was restored. Showroom will close now.</source>
        <translation>备份已恢复。展厅管理现在将关闭。</translation>
    </message>
    <message>
        <source>This store runs on a database server: back it up on the server (for PostgreSQL with pg_dump).</source>
        <translation>本店使用数据库服务器：请在服务器上备份（PostgreSQL 使用 pg_dump）。</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Booked a visit</source>
        <translation>已预约到店</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客户拒绝</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <source>customer&apos;s name with Mr/Ms</source>
        <extracomment>Placeholder → what it holds (shown beside the editor).</extracomment>
        <translation>客户称呼（如张先生）</translation>
    </message>
    <message>
        <source>customer&apos;s full name</source>
        <translation>客户全名</translation>
    </message>
    <message>
        <source>store name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>car model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>plate number</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>predicted mileage now</source>
        <translation>当前预计里程</translation>
    </message>
    <message>
        <source>maintenance due date</source>
        <translation>保养到期日</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>insurance renewal date</source>
        <translation>续保日期</translation>
    </message>
    <message>
        <source>A brace { or } is not closed; write {{ or }} for a literal brace.</source>
        <extracomment>Call kinds that have a script, in the order the settings tab lists them.</extracomment>
        <translation>有未闭合的花括号 { 或 }；如需显示花括号本身，请写 {{ 或 }}。</translation>
    </message>
    <message>
        <source>Unknown placeholder: {names}</source>
        <translation>未知的占位符：{names}</translation>
    </message>
    <message>
        <source>Unknown call kind or language.</source>
        <extracomment>False when the store has not saved its own and the shipped default is shown.</extracomment>
        <translation>未知的回访类型或语言。</translation>
    </message>
    <message>
        <source>Give the script a title.</source>
        <translation>请填写话术标题。</translation>
    </message>
    <message>
        <source>Write the script.</source>
        <translation>请填写话术内容。</translation>
    </message>
</context>
<context>
    <name>CallScriptsTab</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;cript</source>
        <translation>话术(&amp;C)</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>可用占位符：</translation>
    </message>
    <message>
        <source>&amp;Save script</source>
        <translation>保存话术(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <source>Cancel order: {customer}</source>
        <translation>取消订单：{customer}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CareCallDialog</name>
    <message>
        <source>Care call — {name}</source>
        <translation>客户回访 — {name}</translation>
    </message>
    <message>
        <source>About {km} km now (estimated)</source>
        <translation>当前约 {km} 公里（预计）</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>No script for this kind of call.</source>
        <translation>此类回访没有话术。</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>回访结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Booked for</source>
        <translation>预约日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try again on</source>
        <translation>再次回访日期(&amp;T)</translation>
    </message>
    <message>
        <source>km the customer told, optional</source>
        <translation>客户告知的里程，可不填</translation>
    </message>
    <message>
        <source>&amp;Mileage told</source>
        <translation>告知里程(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>满意(&amp;S)</translation>
    </message>
    <message>
        <source>Will buy &amp;again</source>
        <translation>会再次购买(&amp;A)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Will &amp;recommend</source>
        <translation>会推荐他人(&amp;R)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the mileage in whole kilometres.</source>
        <translation>请以整数公里填写里程。</translation>
    </message>
</context>
<context>
    <name>CareCallKind</name>
    <message>
        <source>Call after delivery</source>
        <translation>交车后回访</translation>
    </message>
    <message>
        <source>First maintenance reminder</source>
        <translation>首保提醒</translation>
    </message>
    <message>
        <source>Manager&apos;s call</source>
        <translation>经理回访</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期提醒</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>续保提醒</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>年检提醒</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>满意度回访</translation>
    </message>
</context>
<context>
    <name>CareCalls</name>
    <message>
        <source>This customer no longer exists.</source>
        <extracomment>Who makes each kind of call unless the schedule entry says otherwise: the consultant who sold the car thanks the customer; the service advisor books the maintenance.</extracomment>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Enter the date the customer booked.</source>
        <extracomment>For &quot;no answer&quot;: try again on this day (a new open call of the same kind).</extracomment>
        <translation>请填写客户预约的日期。</translation>
    </message>
    <message>
        <source>The booking date cannot be in the past.</source>
        <translation>预约日期不能早于今天。</translation>
    </message>
    <message>
        <source>Enter a mileage between 0 and {max} km.</source>
        <translation>请填写 0 至 {max} 公里之间的里程。</translation>
    </message>
    <message>
        <source>Lower than the last reading ({km} km on {date}).</source>
        <translation>低于上次记录的里程（{date} 为 {km} 公里）。</translation>
    </message>
    <message>
        <source>Mileage and satisfaction need the customer reached.</source>
        <translation>只有联系上客户才能记录里程和满意度。</translation>
    </message>
    <message>
        <source>The retry date cannot be in the past.</source>
        <translation>再次回访日期不能早于今天。</translation>
    </message>
    <message>
        <source>Keep the next step under 200 characters.</source>
        <translation>下一步请控制在 200 字以内。</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>This call no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>This call was already recorded.</source>
        <translation>该回访已记录过结果。</translation>
    </message>
    <message>
        <source>This call is not about a vehicle.</source>
        <translation>该回访不涉及车辆。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom: visitor log, prospects, customer cards and reports for a car dealership. Without a command, the desktop program starts.</source>
        <translation>展厅管理：汽车经销店的来店登记、潜在客户、客户信息卡与报表。不带命令时启动桌面程序。</translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql+psycopg://user@server/showroom (default: $SHOWROOM_DB_URL, else a SQLite file in your data folder)</source>
        <translation>数据库地址，例如 postgresql+psycopg://user@server/showroom（默认：环境变量 $SHOWROOM_DB_URL，否则使用数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>language of the program (default zh_CN)</source>
        <translation>程序语言（默认 zh_CN 简体中文）</translation>
    </message>
    <message>
        <source>start on a demo store (generated on first use if the store is empty)</source>
        <translation>以演示门店启动（门店为空时首次使用会自动生成）</translation>
    </message>
    <message>
        <source>fill an empty store with demo data</source>
        <translation>为空门店生成演示数据</translation>
    </message>
    <message>
        <source>find customers by phone, plate, name or pinyin</source>
        <translation>按电话、车牌、姓名或拼音查找客户</translation>
    </message>
    <message>
        <source>recompute customer classes and insurance renewal dates (once a day; the program also does it)</source>
        <translation>重新计算客户分类和保险续保日期（每天一次；程序启动时也会自动执行）</translation>
    </message>
    <message>
        <source>run even if it already ran today</source>
        <translation>即使今天已执行过也再执行一次</translation>
    </message>
    <message>
        <source>bring the database to this version&apos;s schema</source>
        <translation>将数据库升级到本版本的结构</translation>
    </message>
    <message>
        <source>import customers, vehicles, visits, prospects or service records from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入客户、车辆、来店登记、潜在客户或维修记录</translation>
    </message>
    <message>
        <source>list the recent imports</source>
        <translation>列出最近的导入</translation>
    </message>
    <message>
        <source>revert import ID: remove what it added, restore what it changed</source>
        <translation>撤销编号为 ID 的导入：删除其新增的记录，恢复其修改的内容</translation>
    </message>
    <message>
        <source>sheet to import (default: the first)</source>
        <translation>要导入的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>for records already in the database: fill in empty fields (default), overwrite them, or skip them</source>
        <translation>数据库中已有的记录：补充空白字段（默认）、覆盖或跳过</translation>
    </message>
    <message>
        <source>write the rows not imported, and why, to this workbook</source>
        <translation>将未导入的行及原因写入此工作簿</translation>
    </message>
    <message>
        <source>sign in as this user (the password is asked, or read from $SHOWROOM_PASSWORD)</source>
        <translation>以此用户登录（密码会提示输入，或读取 $SHOWROOM_PASSWORD）</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <extracomment>Commands that work on an empty store before anyone can sign in (no account has a password yet: there is no user to sign in as). Once one can, they sign in like the rest.</extracomment>
        <translation>数据库已是最新版本。</translation>
    </message>
    <message>
        <source>The upkeep already ran today.</source>
        <translation>今天已执行过日常维护。</translation>
    </message>
    <message>
        <source>Upkeep done: {customers} customers, {vehicles} insurance dates moved in {seconds} s.</source>
        <translation>日常维护完成：{customers} 位客户，更新 {vehicles} 个保险续保日期，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Demo store ready: {customers} customers in {seconds} s.</source>
        <translation>演示门店已生成：{customers} 位客户，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>未找到客户。</translation>
    </message>
    <message>
        <source>back up the database now (SQLite)</source>
        <translation>立即备份数据库（SQLite）</translation>
    </message>
    <message>
        <source>folder for the backup (default: from the settings)</source>
        <translation>备份文件夹（默认：设置中的文件夹）</translation>
    </message>
    <message>
        <source>replace the database by a backup, after checking the backup</source>
        <translation>检查备份后，用备份替换数据库</translation>
    </message>
    <message>
        <source>list and manage user accounts</source>
        <translation>列出并管理用户账号</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>create an account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>stop an account from signing in</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>let a deactivated account sign in again</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <source>set a new password for an account</source>
        <translation>为账号设置新密码</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>修改账号角色</translation>
    </message>
    <message>
        <source>first start: set the administrator&apos;s password</source>
        <translation>首次启动：设置管理员密码</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <source>{file}: sound, {customers} customers.</source>
        <translation>{file}：完好，{customers} 位客户。</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in {file}</source>
        <translation>已恢复。恢复前的数据库保存在 {file}</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>{user} can sign in now.</source>
        <translation>{user} 现在可以登录了。</translation>
    </message>
    <message>
        <source>User: </source>
        <extracomment>The exit code of a command that could not sign in (as for a wrong usage: nothing ran).</extracomment>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Sign in first: give --user NAME (the password is asked, or read from $SHOWROOM_PASSWORD).</source>
        <translation>请先登录：给出 --user 用户名（密码会提示输入，或读取 $SHOWROOM_PASSWORD）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No password: set $SHOWROOM_PASSWORD or run the command in a terminal.</source>
        <translation>没有密码：请设置 $SHOWROOM_PASSWORD，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>No account {user}.</source>
        <translation>没有账号 {user}。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Give the file to import and its --kind.</source>
        <extracomment>Issues printed on the terminal; the rest are in the report workbook.</extracomment>
        <translation>请给出要导入的文件及其 --kind。</translation>
    </message>
    <message>
        <source>Stopped. The rows saved so far are kept; run the same import again to add the rest.</source>
        <translation>已停止。已保存的行会保留；再次运行同一导入即可补全其余行。</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>……还有 {count} 条。</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-20</source>
        <translation>日期格式应如 2026-11-20</translation>
    </message>
    <message>
        <source>expected a month like 2026-11</source>
        <translation>月份格式应如 2026-11</translation>
    </message>
    <message>
        <source>write the daily or monthly report or the funnel as PDF/Excel</source>
        <translation>将日报表、月报表或销售漏斗输出为 PDF/Excel</translation>
    </message>
    <message>
        <source>the daily business report</source>
        <translation>营业日报表</translation>
    </message>
    <message>
        <source>the report day (default: today)</source>
        <translation>报表日期（默认：今天）</translation>
    </message>
    <message>
        <source>the month, one row per day</source>
        <translation>月度报表，每天一行</translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation>月份（默认：本月）</translation>
    </message>
    <message>
        <source>the sales funnel of a period</source>
        <translation>某一期间的销售漏斗</translation>
    </message>
    <message>
        <source>first day (default: the 1st of this month)</source>
        <translation>起始日期（默认：本月 1 日）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>截止日期（默认：今天）</translation>
    </message>
    <message>
        <source>only this consultant&apos;s figures (user name, display name or id)</source>
        <translation>只统计该销售顾问的数据（用户名、姓名或编号）</translation>
    </message>
    <message>
        <source>No active user {user}.</source>
        <translation>没有名为 {user} 的在用账号。</translation>
    </message>
    <message>
        <source>Give --pdf and/or --xlsx.</source>
        <translation>请指定 --pdf 和/或 --xlsx。</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Phone, plate or name</source>
        <translation>电话、车牌或姓名</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>Customer of this call</source>
        <translation>本次回访的客户</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>On our care call</source>
        <translation>回访中</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>投诉内容(&amp;C)</translation>
    </message>
    <message>
        <source>The general manager must be told within 12 hours and the customer answered within 24.</source>
        <translation>须在 12 小时内报告总经理，24 小时内答复客户。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>GM told</source>
        <translation>已报总经理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>answer by {time}</source>
        <translation>{time} 前答复</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>General manager not told and no answer in time</source>
        <translation>未按时报告总经理且未按时答复</translation>
    </message>
    <message>
        <source>General manager not told within 12 hours</source>
        <translation>12 小时内未报告总经理</translation>
    </message>
    <message>
        <source>Customer not answered within 24 hours</source>
        <translation>24 小时内未答复客户</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>该投诉已结案。</translation>
    </message>
    <message>
        <source>Choose who handles it.</source>
        <translation>请选择处理人。</translation>
    </message>
    <message>
        <source>This is before the complaint came in.</source>
        <translation>该时间早于投诉受理时间。</translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>请填写给客户的答复。</translation>
    </message>
    <message>
        <source>Write how it was resolved.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>Answer the customer before closing, or ask a manager.</source>
        <translation>请先答复客户再结案，或请经理结案。</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Customer, plate or text</source>
        <translation>客户、车牌或内容</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>GM &amp;told</source>
        <translation>已报总经理(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>{count} complaints, {overdue} overdue</source>
        <translation>共 {count} 条投诉，{overdue} 条超时</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>What was the customer told?</source>
        <translation>给客户的答复是什么？</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>是如何处理的？</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{user} saved this record at {time} while you were editing it, so your changes were not saved. Fields changed by both:
{fields}
Reopen the record to see the current values, then make your change again.</source>
        <translation>在您编辑期间，{user} 于 {time} 保存了这条记录，因此您的修改没有保存。双方都修改的字段：
{fields}
请重新打开记录查看当前内容，然后再修改一次。</translation>
    </message>
    <message>
        <source>{field}: mine “{mine}”, theirs “{theirs}”, before both “{before}”</source>
        <extracomment>The table, whose field words (``showroom.labels.FIELD_LABELS``) name the fields.</extracomment>
        <translation>{field}：我的“{mine}”，对方的“{theirs}”，修改前“{before}”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>This record was deleted by someone else while you were editing it.</source>
        <translation>在您编辑期间，这条记录已被他人删除。</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Phone call</source>
        <extracomment>How the customer likes to be reached (``customers.preferred_contact``).</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Please enter the date as 2024-05-01.</source>
        <extracomment>&quot;2024-5-1&quot;, &quot;2024/05/01&quot;, &quot;2024.5.1&quot;, &quot;20240501&quot; are all the same day to a receptionist.</extracomment>
        <translation>请按 2024-05-01 的格式填写日期。</translation>
    </message>
    <message>
        <source>There is no such day.</source>
        <translation>没有这一天。</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Details</source>
        <extracomment>Everything the card&apos;s tabs and time line show about one customer.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Vehicles and services</source>
        <translation>车辆与服务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Special marks</source>
        <translation>特殊标记</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印客户卡…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation>单位邮编</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>Resident &amp;ID</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>工作单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation>家庭住址(&amp;H)</translation>
    </message>
    <message>
        <source>Sales &amp;consultant</source>
        <translation>销售顾问(&amp;C)</translation>
    </message>
    <message>
        <source>Service ad&amp;visor</source>
        <translation>服务顾问(&amp;V)</translation>
    </message>
    <message>
        <source>Hobbies and preferences</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full value (recorded in the audit trail)</source>
        <translation>显示完整内容（将记入审计日志）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>First service</source>
        <translation>首次进厂</translation>
    </message>
    <message>
        <source>First km</source>
        <translation>首次里程</translation>
    </message>
    <message>
        <source>Latest km</source>
        <translation>最近里程</translation>
    </message>
    <message>
        <source>km/day</source>
        <translation>公里/天</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>km</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>km/day since previous</source>
        <translation>距上次日均公里</translation>
    </message>
    <message>
        <source>Add vehicle…</source>
        <translation>添加车辆…</translation>
    </message>
    <message>
        <source>Edit vehicle…</source>
        <translation>修改车辆…</translation>
    </message>
    <message>
        <source>Add service visit…</source>
        <translation>登记进厂服务…</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>取消人</translation>
    </message>
    <message>
        <source>Why cleared</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Set mark…</source>
        <translation>设置标记…</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <source>Only a manager can set or clear special marks.</source>
        <translation>只有经理可以设置或取消特殊标记。</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>被合并记录</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Merge a duplicate into this card…</source>
        <translation>合并重复客户到此卡…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customer card: {name}</source>
        <translation>客户信息卡：{name}</translation>
    </message>
    <message>
        <source>Loyalty: {value}</source>
        <translation>忠诚度：{value}</translation>
    </message>
    <message>
        <source>Membership: {value}</source>
        <translation>会员：{value}</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>价值：{value}</translation>
    </message>
    <message>
        <source>Base customer</source>
        <translation>基盘客户</translation>
    </message>
    <message>
        <source>Cumulative spend: ¥{amount}</source>
        <translation>累计消费：¥{amount}</translation>
    </message>
    <message>
        <source>Vehicles: {count}</source>
        <translation>车辆：{count} 台</translation>
    </message>
    <message>
        <source>Referred {count}</source>
        <translation>介绍 {count} 人</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订车</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Care call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Special mark</source>
        <translation>特殊标记</translation>
    </message>
    <message>
        <source>Clear the mark “{mark}”?</source>
        <translation>取消标记“{mark}”？</translation>
    </message>
    <message>
        <source>Split “{name}” off this card again?</source>
        <translation>将“{name}”从此卡重新拆分出来？</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>打印客户卡</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CustomerCardSheet</name>
    <message>
        <source>Customer information card</source>
        <extracomment>Rows a page holds beside the fixed information; more are counted, not printed.</extracomment>
        <translation>客户信息卡</translation>
    </message>
    <message>
        <source>Fixed information</source>
        <translation>固定信息</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆信息</translation>
    </message>
    <message>
        <source>Changing information</source>
        <translation>动态信息</translation>
    </message>
    <message>
        <source>Latest services</source>
        <translation>最近服务记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Special customer</source>
        <translation>特殊客户</translation>
    </message>
    <message>
        <source>… and {count} more (see the card on screen)</source>
        <translation>……另有 {count} 条（请在屏幕上查看客户卡）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation>单位邮编</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>Hobbies and preferences</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>First service</source>
        <translation>首次进厂</translation>
    </message>
    <message>
        <source>First km</source>
        <translation>首次里程</translation>
    </message>
    <message>
        <source>Latest km</source>
        <translation>最近里程</translation>
    </message>
    <message>
        <source>km/day</source>
        <translation>公里/天</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>km</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Loyalty class</source>
        <translation>忠诚度类别</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Base / new customer</source>
        <translation>基盘/新客户</translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation>介绍客户数</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <extracomment>The fields of the customer card&apos;s fixed information, as a conflict message names them.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>家庭邮编</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation>单位邮编</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基盘</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Value class</source>
        <extracomment>The sex column&apos;s words (showroom.labels&apos;, one letter for the narrow column).</extracomment>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Special mark</source>
        <translation>特殊标记</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Base / new</source>
        <translation>基盘/新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>最近服务</translation>
    </message>
</context>
<context>
    <name>CustomerSummaryDialog</name>
    <message>
        <source>Customer: {name}</source>
        <extracomment>U+2060 WORD JOINER: forbids a line break between the characters it separates.</extracomment>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Special marks</source>
        <translation>特殊标记</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>This customer no longer exists.</source>
        <extracomment>Kilometres per day since the previous reading (None for the first). A code the screen names (the mark&apos;s kind, the care call&apos;s kind). The fields of ``fields`` that hold a mask (``138****5678``), not the stored value. Whether the actor may reveal a masked field (:func:`reveal_field`, audited).</extracomment>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>A record cannot merge with itself.</source>
        <extracomment>Every (model, column) that points at a customer and moves with the person. Fields of the survivor filled from the duplicate where the survivor has none.</extracomment>
        <translation>不能将记录与其自身合并。</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>该合并已被撤销。</translation>
    </message>
    <message>
        <source>Please choose male or female.</source>
        <extracomment>How a customer prefers to be contacted (codes stored in ``preferred_contact``). Column lengths of the free-text fields (the model&apos;s), for the &quot;too long&quot; message. Free text kept with its line breaks.</extracomment>
        <translation>请选择男或女。</translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation>请核对出生年份。</translation>
    </message>
    <message>
        <source>The resident ID gives the birthday {date}; please check both.</source>
        <translation>身份证号显示生日为 {date}，请核对两者。</translation>
    </message>
    <message>
        <source>The resident ID belongs to a {sex}; please check both.</source>
        <translation>身份证号显示为{sex}，请核对两者。</translation>
    </message>
    <message>
        <source>Please choose a contact method from the list.</source>
        <translation>请从列表中选择联系方式。</translation>
    </message>
    <message>
        <source>This user no longer works here.</source>
        <translation>该员工已不在职。</translation>
    </message>
    <message>
        <source>man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Only a manager or the customer&apos;s own consultant may change the consultant.</source>
        <translation>只有经理或该客户的销售顾问本人可以更改销售顾问。</translation>
    </message>
    <message>
        <source>Please enter the plate number or the VIN (or both).</source>
        <translation>请填写车牌号或车架号（或两者都填）。</translation>
    </message>
    <message>
        <source>{value} is already on the card of {owner}; merge or correct it.</source>
        <translation>{value} 已登记在客户 {owner} 名下，请合并或更正。</translation>
    </message>
    <message>
        <source>Please choose a model from the list.</source>
        <translation>请从列表中选择车型。</translation>
    </message>
    <message>
        <source>The first service visit cannot be before the purchase.</source>
        <translation>首次进厂日期不能早于购车日期。</translation>
    </message>
    <message>
        <source>{name} (customer {id}) already has this mobile: one person, one card. Open their card, or merge the two records.</source>
        <translation>{name}（客户 {id}）已使用这个手机号：一人一卡。请打开该客户的卡片，或合并这两条记录。</translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>This is before the vehicle was bought ({date}).</source>
        <translation>早于购车日期（{date}）。</translation>
    </message>
    <message>
        <source>Please choose the service type from the list.</source>
        <translation>请从列表中选择服务类型。</translation>
    </message>
    <message>
        <source>The odometer already read {km} km on {date}; it cannot go down.</source>
        <translation>{date} 的里程已是 {km} 公里，里程不会减少。</translation>
    </message>
    <message>
        <source>A later reading ({date}) shows only {km} km; please check the odometer.</source>
        <translation>之后的读数（{date}）只有 {km} 公里，请核对里程表。</translation>
    </message>
    <message>
        <source>Only a manager can set or clear special marks.</source>
        <extracomment>The reason&apos;s length (the column&apos;s).</extracomment>
        <translation>只有经理可以设置或取消特殊标记。</translation>
    </message>
    <message>
        <source>Please choose the kind of mark.</source>
        <translation>请选择标记类型。</translation>
    </message>
    <message>
        <source>The customer already has this mark.</source>
        <translation>该客户已有此标记。</translation>
    </message>
    <message>
        <source>Please say why: colleagues will read it on the card.</source>
        <translation>请填写原因：同事会在客户卡上看到。</translation>
    </message>
    <message>
        <source>This mark has already been cleared.</source>
        <translation>该标记已被取消。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>All values</source>
        <translation>全部价值</translation>
    </message>
    <message>
        <source>All loyalty</source>
        <translation>全部忠诚度</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>Base customers</source>
        <translation>基盘客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Base and new</source>
        <translation>基盘和新客户</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>打开客户卡</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
    <message>
        <source>Export the customer list</source>
        <translation>导出客户列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DailyUpkeep</name>
    <message>
        <source>Updating customer classes and insurance renewal dates…</source>
        <translation>正在更新客户分类和保险续保日期…</translation>
    </message>
    <message>
        <source>Customer classes could not be updated: {error}</source>
        <translation>客户分类未能更新：{error}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer version of Showroom (schema {revision}). Please update the program on this workstation.</source>
        <translation>此数据库由更新版本的展厅管理程序写入（结构版本 {revision}）。请先升级本工作站上的程序。</translation>
    </message>
    <message>
        <source>The database could not be brought up to date ({error}). Nothing was lost: the store was put back as it was from the copy taken just before ({copy}). Please tell your administrator.</source>
        <translation>数据库无法升级到新版本（{error}）。没有丢失任何数据：已用升级前刚做的副本（{copy}）把门店数据恢复原样。请告知系统管理员。</translation>
    </message>
    <message>
        <source>The database could not be brought up to date ({error}). The update was undone and the store is as it was. Please tell your administrator.</source>
        <translation>数据库无法升级到新版本（{error}）。升级已撤销，门店数据保持原样。请告知系统管理员。</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery: {customer}</source>
        <translation>交车：{customer}</translation>
    </message>
    <message>
        <source>&amp;Delivery date</source>
        <translation>交车日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>里程表(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Demo store</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <source>Creating a demo store with {count} customers…</source>
        <translation>正在创建含 {count} 位客户的演示门店…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The demo store could not be created:
{error}</source>
        <translation>无法创建演示门店：
{error}</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Visitor left</source>
        <translation>客户离店</translation>
    </message>
    <message>
        <source>&amp;Left at</source>
        <translation>离店时间(&amp;L)</translation>
    </message>
    <message>
        <source>{who}, arrived {time}</source>
        <translation>{who}，{time} 到店</translation>
    </message>
    <message>
        <source>Please type the time the visitor left.</source>
        <translation>请输入客户离店的时间。</translation>
    </message>
</context>
<context>
    <name>DueSummary</name>
    <message>
        <source>Maintenance due {due} (overdue {overdue})</source>
        <translation>保养到期 {due}（逾期 {overdue}）</translation>
    </message>
    <message>
        <source>Care calls {calls} (late {late})</source>
        <translation>回访 {calls}（超期 {late}）</translation>
    </message>
    <message>
        <source>Renewals {count}</source>
        <translation>续保 {count}</translation>
    </message>
    <message>
        <source>Birthdays {count}</source>
        <translation>生日 {count}</translation>
    </message>
    <message>
        <source>Complaints {open} (overdue {overdue})</source>
        <translation>投诉 {open}（超时 {overdue}）</translation>
    </message>
    <message>
        <source>Today: </source>
        <translation>今日：</translation>
    </message>
    <message>
        <source>Open the service page</source>
        <translation>打开售后服务页</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Cancel</source>
        <extracomment>A line for the page&apos;s status text: exporting, done, cancelled or failed. True while an export runs (pages disable their export buttons).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>已导出 {count} 行到 {path}。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Export information</source>
        <translation>导出信息</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>None (all records)</source>
        <translation>无（全部记录）</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed {time} by {user}</source>
        <translation>{user} 于 {time} 打印</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Could not write {path}. The file may be open in another program: close it and try again.</source>
        <translation>无法写入 {path}。该文件可能已在其他程序中打开：请关闭后重试。</translation>
    </message>
    <message>
        <source>Excel holds at most {limit} rows in one sheet. Narrow the filter and export again.</source>
        <translation>Excel 每个工作表最多 {limit} 行。请缩小筛选范围后重新导出。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files are read as the store keeps them: title rows above the table are skipped and the columns are recognised by their names.</source>
        <translation>按门店原有格式读取 Excel 工作簿和 CSV 文件：表格上方的标题行会被跳过，各列按列名识别。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>A workbook with the columns this kind of import expects</source>
        <translation>包含此类导入所需各列的工作簿</translation>
    </message>
    <message>
        <source>What to do with a record that is already in the database (same mobile, resident ID, plate or VIN)</source>
        <translation>数据库中已有的记录（手机号、身份证号、车牌号或车架号相同）如何处理</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>数据类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Already in the database:</source>
        <translation>已有记录(&amp;A)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation>此位置没有文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Showroom</source>
        <translation>欢迎使用展厅管理</translation>
    </message>
    <message>
        <source>The store “{store}” has no customers yet. You can look around in a demo store filled with made-up customers, or start with an empty store and enter your own.</source>
        <translation>门店“{store}”还没有客户。您可以先在填满虚构客户的演示门店里看看，或者从空门店开始录入自己的客户。</translation>
    </message>
    <message>
        <source>Open a demo store</source>
        <translation>打开演示门店</translation>
    </message>
    <message>
        <source>Creates 2,000 made-up customers with their visits, prospects and service.</source>
        <translation>创建 2,000 位虚构客户及其来访、意向和维修记录。</translation>
    </message>
    <message>
        <source>Start an empty store</source>
        <translation>从空门店开始</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: {customer}</source>
        <translation>跟进：{customer}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>沟通内容(&amp;W)</translation>
    </message>
    <message>
        <source>Customer &amp;feedback</source>
        <translation>客户反馈(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Level after</source>
        <translation>跟进后级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>下次跟进(&amp;N)</translation>
    </message>
    <message>
        <source>Proposed from level {level}: every {days} days</source>
        <translation>按 {level} 级建议：每 {days} 天跟进一次</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>SMS / WeChat</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>[{mark}]</source>
        <extracomment>The lowest spend that can make a customer anything but lead.
----------
Separator between the parts of a one-line summary (&quot;张三 · 138****5678 · 粤B12345&quot;).</extracomment>
        <translation>[{mark}]</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>Walk-ins and calls</source>
        <extracomment>(key, label) of each stage, in funnel order.</extracomment>
        <translation>来店/来电</translation>
    </message>
    <message>
        <source>Contacts recorded</source>
        <translation>留档</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试乘试驾</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订车</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export the funnel to Excel</source>
        <translation>将销售漏斗导出到 Excel</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the funnel as PDF</source>
        <translation>将销售漏斗保存为 PDF</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins}, calls {calls}. From first contact to delivery: {rate}.</source>
        <translation>来店 {walk_ins} 批，来电 {calls} 个。从首次接触到交车：{rate}。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FunnelSheet</name>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Conversion from the stage above</source>
        <translation>上一阶段转化率</translation>
    </message>
    <message>
        <source>Share of walk-ins and calls</source>
        <translation>占来店/来电比例</translation>
    </message>
    <message>
        <source>Overall: first contact to delivery</source>
        <translation>总体转化（首次接触至交车）</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>漏斗各阶段</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <extracomment>From the first (widest) stage to the last: the app&apos;s chart colours (ui/funnel_chart.py).</extracomment>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins}, calls {calls}.</source>
        <translation>来店 {walk_ins}，来电 {calls}。</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search phone, plate, name or pinyin…</source>
        <translation>搜索电话、车牌、姓名或拼音…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>没有与“{query}”匹配的客户。</translation>
    </message>
</context>
<context>
    <name>HeaderDialog</name>
    <message>
        <source>Edit prospect: {customer}</source>
        <translation>编辑潜在客户：{customer}</translation>
    </message>
    <message>
        <source>e.g. Accord, Camry</source>
        <translation>如：雅阁、凯美瑞</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>信息来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>意向车型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation>预算（元）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>付款方式(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;urchase type</source>
        <translation>购买类型(&amp;U)</translation>
    </message>
    <message>
        <source>Compe&amp;titor models</source>
        <translation>竞品车型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Nothing has been recorded for this record.</source>
        <translation>这条记录还没有任何变更记录。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Files of type “{suffix}” cannot be imported; please save the workbook as Excel (.xlsx) or CSV.</source>
        <translation>无法导入“{suffix}”类型的文件；请将工作簿另存为 Excel（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{name}”.</source>
        <translation>工作簿中没有名为“{name}”的工作表。</translation>
    </message>
    <message>
        <source>No header row was found: the sheet needs a row of column names above the data.</source>
        <translation>未找到表头行：工作表的数据上方需要有一行列名。</translation>
    </message>
    <message>
        <source>Choose a column for every required field before importing: {fields}.</source>
        <translation>导入前请为每个必填字段选择一列：{fields}。</translation>
    </message>
    <message>
        <source>“{field}” is required but empty.</source>
        <translation>“{field}”为必填项，但为空。</translation>
    </message>
    <message>
        <source>Not a date; write dates as 2026-11-03, 2026/11/3 or 2026年11月3日.</source>
        <translation>不是日期；请写成 2026-11-03、2026/11/3 或 2026年11月3日。</translation>
    </message>
    <message>
        <source>Not a time; write times as 14:30.</source>
        <translation>不是时间；请写成 14:30。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>数字不能为负。</translation>
    </message>
    <message>
        <source>Write 是 or 否 (yes or no).</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>The resident ID was stored as a number in Excel, which loses its last digits; format the column as text and type the ID again.</source>
        <translation>身份证号在 Excel 中被存成了数字，末几位已丢失；请把该列设为文本格式并重新输入身份证号。</translation>
    </message>
    <message>
        <source>The visitor left before arriving; the departure time is kept in the visit&apos;s notes.</source>
        <translation>离店时间早于到店时间；原离店时间已保留在来访备注中。</translation>
    </message>
    <message>
        <source>Departure as imported: {value}</source>
        <translation>导入的离店时间：{value}</translation>
    </message>
    <message>
        <source>The date lies in the future; please check it.</source>
        <translation>日期在今天之后，请核对。</translation>
    </message>
    <message>
        <source>The number is too large; the largest accepted is {largest}.</source>
        <translation>数字过大；最大可接受 {largest}。</translation>
    </message>
    <message>
        <source>This cell holds a formula with no saved value: open and save the file in Excel, or paste the column as values.</source>
        <translation>此单元格是没有保存结果的公式：请用 Excel 打开并保存该文件，或将该列粘贴为数值。</translation>
    </message>
    <message>
        <source>The text has {count} characters; at most {limit} fit.</source>
        <translation>文字有 {count} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}”不在可选范围内：{choices}。</translation>
    </message>
    <message>
        <source>“{value}” is not in the store&apos;s list; the field was left empty. Add it under Settings and import the row again if it matters.</source>
        <translation>“{value}”不在本店的列表中；该字段留空。如有需要，请在“设置”中添加后重新导入该行。</translation>
    </message>
    <message>
        <source>No staff member is called “{value}”; the field was left empty.</source>
        <translation>没有名为“{value}”的员工；该字段留空。</translation>
    </message>
    <message>
        <source>The customer needs a mobile number or a resident ID, so that the same person is never entered twice.</source>
        <translation>客户需要手机号或身份证号，以免同一个人被重复录入。</translation>
    </message>
    <message>
        <source>The vehicle needs a plate number or a VIN.</source>
        <translation>车辆需要车牌号或车架号。</translation>
    </message>
    <message>
        <source>The owner is not in the database; give the owner&apos;s name with a mobile number or resident ID.</source>
        <translation>数据库中没有该车主；请填写车主姓名以及手机号或身份证号。</translation>
    </message>
    <message>
        <source>No vehicle with this plate or VIN is in the database; give the owner&apos;s name and mobile to create it.</source>
        <translation>数据库中没有此车牌号或车架号的车辆；请填写车主姓名和手机号以新建车辆。</translation>
    </message>
    <message>
        <source>A visit needs the visitor&apos;s name or phone number.</source>
        <translation>来店登记需要客户姓名或联系电话。</translation>
    </message>
    <message>
        <source>{count} customers in the database have this number; the row was not imported. Merge the duplicates first or import the row by hand.</source>
        <translation>数据库中有 {count} 位客户使用此号码；该行未导入。请先合并重复客户，或手工录入该行。</translation>
    </message>
    <message>
        <source>The mobile number and the resident ID belong to two different customers in the database; the row was not imported.</source>
        <translation>手机号和身份证号分别属于数据库中的两位不同客户；该行未导入。</translation>
    </message>
    <message>
        <source>Same as row {row} of this file; combined with it.</source>
        <translation>与本文件第 {row} 行是同一记录；已合并。</translation>
    </message>
    <message>
        <source>empty fields were filled in</source>
        <translation>已补充空白字段</translation>
    </message>
    <message>
        <source>its fields were overwritten</source>
        <translation>已覆盖其字段</translation>
    </message>
    <message>
        <source>left unchanged</source>
        <translation>未作改动</translation>
    </message>
    <message>
        <source>Already in the database (no. {id}): {policy}.</source>
        <translation>数据库中已有（编号 {id}）：{policy}。</translation>
    </message>
    <message>
        <source>The vehicle is registered to another customer (no. {id}); the owner was not changed.</source>
        <translation>该车辆登记在另一位客户（编号 {id}）名下；车主未更改。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Imported, please check</source>
        <translation>已导入，请核对</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fill in empty fields</source>
        <extracomment>What each kind of import is called (the words are showroom.labels&apos;).</extracomment>
        <translation>补充空白字段</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {skipped} unchanged, {already} imported before, {rejected} not imported.</source>
        <translation>新增 {created} 条，更新 {updated} 条，未变 {skipped} 条，此前已导入 {already} 条，未导入 {rejected} 条。</translation>
    </message>
    <message>
        <source>The import was stopped. The rows counted above are saved; importing the file again adds the rest without duplicates.</source>
        <translation>导入已停止。以上统计的行已保存；再次导入该文件会补全其余行，不会重复。</translation>
    </message>
    <message>
        <source>Example row: replace it with your data.</source>
        <translation>示例行：请替换为您的数据。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A parser name (see ``parsing.Parsers``): text, name, mobile, phone, date, … Longest text accepted (the column&apos;s width in the database).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Intended model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Intended colour</source>
        <translation>意向颜色</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>购买类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>家庭邮编</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation>单位邮编</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>上牌日期</translation>
    </message>
    <message>
        <source>Sold here</source>
        <translation>本店销售</translation>
    </message>
    <message>
        <source>Insurance date</source>
        <translation>投保日期</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>First service date</source>
        <translation>首保日期</translation>
    </message>
    <message>
        <source>First service mileage</source>
        <translation>首保里程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>来店时间</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>离店时间</translation>
    </message>
    <message>
        <source>Walk-in or call</source>
        <translation>来店/来电</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>来店人数</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation>留档</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>购车预算</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation>竞品车型</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Repair order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Import reverted: {deleted} records removed, {restored} restored, {kept} changed since and kept.</source>
        <extracomment>``progress(done, total)``; returning ``False`` cancels (nothing is changed). Ids per ``IN (…)`` list: well under SQLite&apos;s and PostgreSQL&apos;s parameter limits. Records the import created that are now deleted. Records the import updated that have their old values back.</extracomment>
        <translation>导入已撤销：删除 {deleted} 条记录，恢复 {restored} 条，{kept} 条在导入后已被修改，予以保留。</translation>
    </message>
    <message>
        <source>Changed since the import; kept.</source>
        <translation>导入后已被修改，予以保留。</translation>
    </message>
    <message>
        <source>Has newer records of its own; kept.</source>
        <translation>导入后已有新的相关记录，予以保留。</translation>
    </message>
    <message>
        <source>Deleted since the import.</source>
        <translation>导入后已被删除。</translation>
    </message>
    <message>
        <source>Only a manager can revert an import.</source>
        <translation>只有经理才能撤销导入。</translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation>不存在编号为 {id} 的导入。</translation>
    </message>
    <message>
        <source>Import number {id} has already been reverted.</source>
        <translation>编号为 {id} 的导入已经撤销过了。</translation>
    </message>
    <message>
        <source>Import number {id} is still running; it cannot be reverted yet.</source>
        <translation>编号为 {id} 的导入仍在进行中，暂时不能撤销。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Reasons listed under the summary after a revert; the rest are counted.</extracomment>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Only a manager can revert an import.</source>
        <translation>只有经理才能撤销导入。</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Revert import {id} ({file})? The records it added are removed and the fields it changed get their old values back; records changed since are kept.</source>
        <translation>撤销第 {id} 次导入（{file}）？该次导入新增的记录将被删除，修改过的字段恢复原值；导入后已被修改的记录予以保留。</translation>
    </message>
    <message>
        <source>Reverting import {id}…</source>
        <translation>正在撤销第 {id} 次导入…</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <source>The import was not reverted: {error}</source>
        <translation>导入未能撤销：{error}</translation>
    </message>
    <message>
        <source>Stopped; the import was left as it was.</source>
        <translation>已停止，导入内容保持不变。</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Customers</source>
        <extracomment>``import_batches.kind``: what a file imported.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation>来店登记</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>维修记录</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Running</source>
        <extracomment>``import_batches.status``.</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>中途停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Excel or CSV files (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>导入数据</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mobile</source>
        <extracomment>Keyed by the values of ``showroom.services.search.MatchedOn`` (not imported: it is slow).</extracomment>
        <translation>手机</translation>
    </message>
    <message>
        <source>Last four digits of the mobile</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Home or office phone</source>
        <translation>住宅或办公电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
</context>
<context>
    <name>LevelRules</name>
    <message>
        <source>Level {code} needs a name in both languages.</source>
        <translation>级别 {code} 需要中英文名称。</translation>
    </message>
    <message>
        <source>Level {code}: days must be between 1 and 366.</source>
        <translation>级别 {code}：天数须在 1 到 366 之间。</translation>
    </message>
    <message>
        <source>Unknown level {code}.</source>
        <translation>未知级别 {code}。</translation>
    </message>
</context>
<context>
    <name>LevelRulesTab</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Orders within (days)</source>
        <translation>预计订车（天内）</translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation>跟进间隔（天）</translation>
    </message>
    <message>
        <source>Follow-ups falling on a weekend move to Monday</source>
        <translation>跟进日期逢周末顺延到周一</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>O (ordered) and F (lost) close a prospect: they have no follow-up interval.</source>
        <translation>O（已订车）和 F（战败）为结束级别，不设跟进间隔。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Lost: {customer}</source>
        <translation>战败：{customer}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>战败原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Competitor model</source>
        <translation>竞品车型(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>按竞品</translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation>按销售顾问</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>战败数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>{total} losses; reason confirmed by the manager: {rate}</source>
        <translation>战败 {total} 个；经理已确认原因：{rate}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞品</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
</context>
<context>
    <name>LoyaltyClass</name>
    <message>
        <source>Came every time</source>
        <translation>每次都来</translation>
    </message>
    <message>
        <source>Missed one</source>
        <translation>缺席一次</translation>
    </message>
    <message>
        <source>Missed two</source>
        <translation>缺席两次</translation>
    </message>
    <message>
        <source>Missed three or four</source>
        <translation>缺席三到四次</translation>
    </message>
    <message>
        <source>Missed more than four</source>
        <translation>缺席四次以上</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Showroom</source>
        <extracomment>Each language named in itself (an endonym is never translated, so anyone can find theirs).</extracomment>
        <translation>展厅管理</translation>
    </message>
    <message>
        <source>{store} — Showroom</source>
        <translation>{store} — 展厅管理</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>New &amp;walk-in</source>
        <translation>新的来店(&amp;W)</translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation>新的来电(&amp;C)</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>客户离店(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Showroom</source>
        <translation>关于展厅管理(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>{language} will be used the next time Showroom starts.</source>
        <translation>下次启动展厅管理时将使用{language}。</translation>
    </message>
    <message>
        <source>About Showroom</source>
        <translation>关于展厅管理</translation>
    </message>
    <message>
        <source>Showroom {version}

Visitor log, prospects, customer cards, service lists and daily reports for car dealerships.</source>
        <translation>展厅管理 {version}

汽车经销店的来店来电登记、意向客户、客户档案、售后服务清单和每日经营报表。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Due by mileage, ~{km} km now</source>
        <extracomment>Whether the next one is the first maintenance (首保). The maintenance (or delivery) the interval runs from, and the odometer there. The odometer at the due mileage (basis + interval). The latest known reading the projection starts from. True when km/day is the store default (fewer than two usable readings).</extracomment>
        <translation>按里程到期，当前约 {km} 公里</translation>
    </message>
    <message>
        <source>Due by mileage</source>
        <translation>按里程到期</translation>
    </message>
    <message>
        <source>Due by time</source>
        <translation>按时间到期</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen beside it. Columns set to “not imported” are left out.</source>
        <translation>文件的每一列填入旁边所选的字段。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, column names in row {row}.</source>
        <translation>工作表“{sheet}”，列名在第 {row} 行。</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>“{field}” is chosen for two columns.</source>
        <translation>“{field}”被选给了两列。</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Special mark</source>
        <translation>特殊标记</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>标记(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. company fleet of 12 cars</source>
        <translation>例如：公司车队 12 台</translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Fleet</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>将重复客户合并到 {name}</translation>
    </message>
    <message>
        <source>Pick the other record of the same person. Its vehicles, visits, prospects, services, calls, complaints and marks move to this card; the merge can be undone later.</source>
        <translation>请选择同一个人的另一条记录。其车辆、来店、潜在客户、服务、回访、投诉和标记将移到此卡；合并以后可以撤销。</translation>
    </message>
    <message>
        <source>Phone, plate, VIN, name or pinyin</source>
        <translation>电话、车牌、车架号、姓名或拼音</translation>
    </message>
    <message>
        <source>Merge into this card</source>
        <translation>合并到此卡</translation>
    </message>
    <message>
        <source>Move everything of “{other}” to “{name}”?</source>
        <translation>将“{other}”的全部记录移到“{name}”？</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>{summary}

Shortcut: Ctrl+{number}</source>
        <translation>{summary}

快捷键：Ctrl+{number}</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Something went wrong; nothing was changed. Please try again.
({error})</source>
        <extracomment>Carries an announcement from whichever thread committed to the hub&apos;s own thread.</extracomment>
        <translation>出现问题，未做任何更改。请重试。
（{error}）</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>详细信息已写入 {file}。</translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>展厅管理</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order: {customer}</source>
        <translation>订车：{customer}</translation>
    </message>
    <message>
        <source>Order &amp;date</source>
        <translation>订车日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>车型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Price (yuan)</source>
        <translation>成交价（元）(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>付款方式(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PageStack</name>
    <message>
        <source>This page could not be opened:
{error}</source>
        <translation>无法打开此页面：
{error}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Visitor log</source>
        <extracomment>In the main window, which owns the front desk&apos;s keys (F2, Shift+F2, F4) so that they work from every page; a page shown on its own binds them itself. Stable identifier (settings, shortcuts, ``MainWindow.show_page``). English source of the title and the one-line summary, in the &quot;Pages&quot; context.</extracomment>
        <translation>来店登记</translation>
    </message>
    <message>
        <source>Every walk-in and phone call as it happens: who came, how they heard of us, which model they want and who served them.</source>
        <translation>实时登记每一位来店和来电客户：谁来了、从哪里得知本店、意向车型以及由谁接待。</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Prospects graded H/A/B/C with their follow-ups, and who is due for a call today.</source>
        <translation>按 H/A/B/C 分级的意向客户及其跟进记录，以及今天应回访的客户。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer cards: personal details, vehicles, purchases and service history, special marks.</source>
        <translation>客户档案：个人资料、车辆、购车和维修记录、特殊标记。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Maintenance due, post-sale care calls, insurance renewals, birthdays and complaints.</source>
        <translation>到期保养、售后关怀回访、保险续保、生日关怀和客户投诉。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The daily business report, the sales funnel and lost deals, as PDF and Excel.</source>
        <translation>每日经营报表、销售漏斗和战败分析，可导出 PDF 和 Excel。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Users and roles, prospect levels, sources, car models and the store&apos;s own lists.</source>
        <translation>用户和角色、意向级别、客户来源、车型以及门店自定义列表。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再次输入新密码(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>全款</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <extracomment>Printing above this resolution only makes the spool file bigger.</extracomment>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>All consultants</source>
        <translation>全部销售顾问</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view the visitor log</source>
        <extracomment>Reassign a prospect to another consultant, confirm a loss, comment as manager. Merge duplicates, anonymise on a deletion request. Work on every advisor&apos;s call list, not only the actor&apos;s own. Reports over every consultant (otherwise a consultant sees only their own figures). Set each consultant&apos;s monthly sales targets (the daily report&apos;s target columns). Exports and printouts with full phone numbers and resident IDs. Reveal one masked value on screen (audited). Soft-delete a record (hidden, kept, audited). Role → what it may do. The administrator maintains the system (users, settings, backups) and may see everything, but day-to-day management rights (exports with personal data in full, the audit view, loss confirmation) belong to the manager too. Names shown when a permission is refused (&quot;You may not: export personal data in full&quot;).</extracomment>
        <translation>查看来店登记</translation>
    </message>
    <message>
        <source>record visits and calls</source>
        <translation>登记来店和来电</translation>
    </message>
    <message>
        <source>view prospects</source>
        <translation>查看潜在客户</translation>
    </message>
    <message>
        <source>edit prospects</source>
        <translation>编辑潜在客户</translation>
    </message>
    <message>
        <source>work with other consultants&apos; prospects</source>
        <translation>处理其他顾问的潜在客户</translation>
    </message>
    <message>
        <source>reassign prospects and confirm losses</source>
        <translation>转交潜在客户并确认战败</translation>
    </message>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>merge or anonymise customers</source>
        <translation>合并或匿名化客户</translation>
    </message>
    <message>
        <source>view after-sales records</source>
        <translation>查看售后记录</translation>
    </message>
    <message>
        <source>edit after-sales records</source>
        <translation>编辑售后记录</translation>
    </message>
    <message>
        <source>work on other advisors&apos; call lists</source>
        <translation>处理其他服务顾问的回访名单</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>view reports for the whole store</source>
        <translation>查看全店报表</translation>
    </message>
    <message>
        <source>set sales targets</source>
        <translation>设定销售目标</translation>
    </message>
    <message>
        <source>export or print lists</source>
        <translation>导出或打印列表</translation>
    </message>
    <message>
        <source>export personal data in full</source>
        <translation>导出完整个人信息</translation>
    </message>
    <message>
        <source>reveal masked personal data</source>
        <translation>查看被遮蔽的个人信息</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>delete records</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation>备份和恢复数据库</translation>
    </message>
    <message>
        <source>Your role does not allow you to {action}.</source>
        <translation>您的角色无权{action}。</translation>
    </message>
    <message>
        <source>This record belongs to another user.</source>
        <translation>这条记录属于其他用户。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <extracomment>Light red behind a row that will not be imported, light yellow behind a doubtful one.</extracomment>
        <translation>核对前几行</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows in red will not be imported; point at a row to see why.</source>
        <translation>前几行将按此保存。红色的行不会导入；将鼠标指向该行可查看原因。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>ProspectCardDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>级别变化</translation>
    </message>
    <message>
        <source>Visits and vehicles</source>
        <translation>来店与车辆</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation>订车(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delivery…</source>
        <translation>交车(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>战败(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>批示(&amp;C)…</translation>
    </message>
    <message>
        <source>Confirm loss</source>
        <translation>确认战败</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>转交(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel o&amp;rder…</source>
        <translation>取消订单(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;ustomer card</source>
        <translation>客户卡(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Prospect card: {customer}</source>
        <translation>潜在客户跟踪卡：{customer}</translation>
    </message>
    <message>
        <source>overdue {days} days</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Visits ({count}):</source>
        <translation>来店/来电（{count}）：</translation>
    </message>
    <message>
        <source>test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Test drives: {count}</source>
        <translation>试乘试驾：{count} 次</translation>
    </message>
    <message>
        <source>Vehicles ({count}):</source>
        <translation>车辆（{count}）：</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>经理批示</translation>
    </message>
    <message>
        <source>Comment on the follow-up of {date}:</source>
        <translation>对 {date} 的跟进批示：</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ProspectList</name>
    <message>
        <source>All consultants</source>
        <translation>全部销售顾问</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部车型</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>打开跟踪卡(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Follow-up… (F2)</source>
        <translation>跟进(&amp;F)… (F2)</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>转交(&amp;A)…</translation>
    </message>
    <message>
        <source>{count} prospects</source>
        <translation>共 {count} 个潜在客户</translation>
    </message>
    <message>
        <source>overdue {count}</source>
        <translation>逾期 {count}</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>{rows} rows saved to {path}</source>
        <translation>已保存 {rows} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>ProspectSheet</name>
    <message>
        <source>Prospect tracking sheet</source>
        <translation>潜在客户跟踪表</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Intended model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Last contact content</source>
        <translation>上次联系内容</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>建档期间</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column positions the screen reads (overdue colouring, level badge).</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>跟进后级别</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>经理批示</translation>
    </message>
    <message>
        <source>(another consultant&apos;s conversation)</source>
        <extracomment>In place of what was said, for readers who may not read it (services/privacy.py).</extracomment>
        <translation>（其他顾问的沟通内容）</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原级别</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新级别</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>级别变化记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>购买类型</translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation>竞品车型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订车</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ProspectStatus</name>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订车</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
</context>
<context>
    <name>ProspectTable</name>
    <message>
        <source>Visited, received by {name}</source>
        <extracomment>``loader(offset, limit)`` returns one page of the current list.</extracomment>
        <translation>已来店，接待：{name}</translation>
    </message>
</context>
<context>
    <name>Prospects</name>
    <message>
        <source>Choose how you contacted the customer.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation>请填写沟通内容。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字。</translation>
    </message>
    <message>
        <source>A follow-up cannot be in the future.</source>
        <translation>跟进日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before this one.</source>
        <translation>下次跟进日期不能早于本次跟进。</translation>
    </message>
    <message>
        <source>Choose the level after this contact.</source>
        <translation>请选择本次跟进后的级别。</translation>
    </message>
    <message>
        <source>Record the order with “Order”.</source>
        <translation>订车请用“订车”记录。</translation>
    </message>
    <message>
        <source>Record the loss with “Lost”.</source>
        <translation>战败请用“战败”记录。</translation>
    </message>
    <message>
        <source>This prospect is closed (ordered or lost).</source>
        <translation>该潜在客户已结束（已订车或已战败）。</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>该跟进记录已不存在。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose why the prospect was lost.</source>
        <translation>请选择战败原因。</translation>
    </message>
    <message>
        <source>This prospect has no recorded loss.</source>
        <translation>该潜在客户没有战败记录。</translation>
    </message>
    <message>
        <source>Enter the price in yuan, e.g. 129800.</source>
        <translation>请输入成交价（元），例如 129800。</translation>
    </message>
    <message>
        <source>The order date cannot be in the future.</source>
        <translation>订车日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose cash or loan.</source>
        <translation>请选择全款或贷款。</translation>
    </message>
    <message>
        <source>Choose the model ordered.</source>
        <translation>请选择所订车型。</translation>
    </message>
    <message>
        <source>The order date is before the prospect was created.</source>
        <translation>订车日期早于建档日期。</translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation>交车日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the odometer in km.</source>
        <translation>请输入里程表读数（公里）。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>This prospect belongs to another consultant.</source>
        <translation>该潜在客户属于其他销售顾问。</translation>
    </message>
    <message>
        <source>Only an open order can be delivered.</source>
        <translation>只有未交车的订单才能交车。</translation>
    </message>
    <message>
        <source>The delivery date is before the order date.</source>
        <translation>交车日期早于订车日期。</translation>
    </message>
    <message>
        <source>This VIN is already on another vehicle&apos;s card.</source>
        <translation>该车架号已登记在其他车辆上。</translation>
    </message>
    <message>
        <source>You may only see your own prospects.</source>
        <extracomment>Sort keys of the lists: the today list puts overdue first, then the hottest level.</extracomment>
        <translation>您只能查看自己的潜在客户。</translation>
    </message>
    <message>
        <source>Choose a prospect level.</source>
        <translation>请选择客户级别。</translation>
    </message>
    <message>
        <source>A new prospect starts at an open level; record an order or a loss on the card.</source>
        <translation>新建潜在客户须为跟进级别（H/A/B/C）；订车或战败请在跟踪卡上记录。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Choose an active sales consultant.</source>
        <extracomment>The prospects that moved (already the new consultant&apos;s ones are left out). Customers whose own consultant followed the prospect.</extracomment>
        <translation>请选择在职的销售顾问。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>Choose a different consultant to take the prospects over.</source>
        <translation>请选择另一位销售顾问接手这些潜在客户。</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>The card header fields a consultant edits, with their labels (field → label source).</extracomment>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>购买类型</translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation>竞品车型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter the budget in yuan, e.g. 150000.</source>
        <translation>请输入预算金额（元），例如 150000。</translation>
    </message>
    <message>
        <source>Choose first car, additional or replacement.</source>
        <translation>请选择首购、增购或换购。</translation>
    </message>
    <message>
        <source>Choose a source from the list.</source>
        <translation>请从列表中选择信息来源。</translation>
    </message>
    <message>
        <source>Keep the colour to 40 characters.</source>
        <translation>颜色不能超过 40 个字符。</translation>
    </message>
    <message>
        <source>Keep the competitor models to 200 characters.</source>
        <translation>竞品车型不能超过 200 个字符。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <extracomment>The prospect&apos;s level after the cancel (None when the prospect did not reopen).</extracomment>
        <translation>请填写取消订单的原因。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因过长。</translation>
    </message>
    <message>
        <source>A delivered order cannot be cancelled.</source>
        <translation>已交车的订单不能取消。</translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation>该订单已取消。</translation>
    </message>
    <message>
        <source>Choose a model from the list.</source>
        <translation>请从列表中选择车型。</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>该来店记录已不存在。</translation>
    </message>
    <message>
        <source>The prospect no longer exists.</source>
        <translation>该潜在客户已不存在。</translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>My follow-ups today</source>
        <translation>我的今日跟进</translation>
    </message>
    <message>
        <source>All prospects</source>
        <translation>全部潜在客户</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>战败分析</translation>
    </message>
</context>
<context>
    <name>PurchaseType</name>
    <message>
        <source>First car</source>
        <translation>首购</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>增购</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换购</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign prospects</source>
        <translation>转交潜在客户</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>{count} prospects will move.</source>
        <translation>将转交 {count} 位潜在客户。</translation>
    </message>
    <message>
        <source>All open prospects of {consultant}</source>
        <translation>{consultant}名下全部跟进中的潜在客户</translation>
    </message>
    <message>
        <source>New &amp;consultant</source>
        <translation>新销售顾问(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReportSheets</name>
    <message>
        <source>Daily business report</source>
        <translation>营业日报表</translation>
    </message>
    <message>
        <source>Targets of the month</source>
        <translation>本月目标达成</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>New {level}</source>
        <translation>新增{level}</translation>
    </message>
    <message>
        <source>New walk-ins</source>
        <translation>首次来店</translation>
    </message>
    <message>
        <source>Repeat walk-ins</source>
        <translation>再次来店</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Contacts recorded</source>
        <translation>留档</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Capture rate</source>
        <translation>留档率</translation>
    </message>
    <message>
        <source>Test-drive rate</source>
        <translation>试驾率</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Order target</source>
        <translation>订单目标</translation>
    </message>
    <message>
        <source>Order attainment</source>
        <translation>订单达成率</translation>
    </message>
    <message>
        <source>Delivery target</source>
        <translation>交车目标</translation>
    </message>
    <message>
        <source>Delivery attainment</source>
        <translation>交车达成率</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <extracomment>Per target: (its name on the targets table).</extracomment>
        <translation>来店</translation>
    </message>
    <message>
        <source>New prospects</source>
        <translation>新增潜客</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation>月度营业报表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Month total</source>
        <translation>本月合计</translation>
    </message>
    <message>
        <source>Walk-ins and orders per day</source>
        <translation>每日来店与订单</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>(no consultant)</source>
        <translation>未分配顾问</translation>
    </message>
    <message>
        <source>Store total</source>
        <translation>全店合计</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily business report</source>
        <extracomment>One row of a sheet as the table model takes it (column key → value). Every figure of the report is counted from these records. True while the report shown is being read again.</extracomment>
        <translation>营业日报表</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报表日期</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>已将 {pages} 页发送到打印机。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Showroom manager</source>
        <translation>展厅经理</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved…</source>
        <translation>正在保存当前的行，随后停止…</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Consultant: {name}</source>
        <extracomment>The :class:`CustomerHit` behind a row.</extracomment>
        <translation>顾问：{name}</translation>
    </message>
    <message>
        <source>Found by: {what}</source>
        <translation>匹配：{what}</translation>
    </message>
</context>
<context>
    <name>ServiceListTab</name>
    <message>
        <source>Name, plate or phone</source>
        <extracomment>Table column key → the service&apos;s sort key where they differ.</extracomment>
        <translation>姓名、车牌或电话</translation>
    </message>
    <message>
        <source>Any loyalty</source>
        <translation>全部忠诚度</translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation>全部标记</translation>
    </message>
    <message>
        <source>&amp;Call…</source>
        <translation>回访(&amp;C)…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>打印 PDF…</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>未来 14 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{window} ({count})</source>
        <translation>{window}（{count}）</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>Call recorded.</source>
        <translation>回访已记录。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>Care calls today</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <source>Insurance renewals</source>
        <translation>续保</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ServiceSheet</name>
    <message>
        <source>Maintenance due list</source>
        <translation>保养到期客户表</translation>
    </message>
    <message>
        <source>Care calls due</source>
        <translation>待回访客户表</translation>
    </message>
    <message>
        <source>Insurance renewals</source>
        <translation>续保提醒表</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>生日祝福表</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>未来 14 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Km told</source>
        <translation>告知里程</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>上次保养</translation>
    </message>
    <message>
        <source>Km now (est.)</source>
        <translation>当前里程（预计）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最晚</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续保日期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>{window}, as of {date}</source>
        <translation>{window}，截至 {date}</translation>
    </message>
</context>
<context>
    <name>ServiceVisitDialog</name>
    <message>
        <source>Service visit: {vehicle}</source>
        <translation>进厂服务：{vehicle}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>服务类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mileage (km)</source>
        <translation>里程（公里）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>Service ad&amp;visor</source>
        <translation>服务顾问(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Repair order no.</source>
        <translation>工单号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>last read: {km}</source>
        <translation>上次读数：{km}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Sign out / switch user…</source>
        <translation>退出登录 / 切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>每日备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Users</source>
        <extracomment>English source of the tab title, in the &quot;SettingsPage&quot; context. In the order the tabs appear.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Prospect levels</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>There is nothing to set yet.</source>
        <translation>暂无可设置的项目。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>The one-letter form of a sheet&apos;s narrow column (the same word in Chinese: 男/女).</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <source>Welcome to Showroom. Choose the administrator&apos;s password: the administrator creates the accounts of everyone else. Keep it safe.</source>
        <translation>欢迎使用展厅管理。请设置管理员密码：管理员负责为其他所有人创建账号。请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to {store}</source>
        <translation>登录 {store}</translation>
    </message>
    <message>
        <source>Sign in to Showroom</source>
        <translation>登录展厅管理</translation>
    </message>
    <message>
        <source>Demo store: every staff account&apos;s password is {password}</source>
        <translation>演示门店：所有员工账号的密码都是 {password}</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database too new</source>
        <translation>数据库版本过新</translation>
    </message>
    <message>
        <source>(invalid database address)</source>
        <translation>（数据库地址无效）</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Showroom could not open the database
{location}

{error}</source>
        <translation>展厅管理无法打开数据库
{location}

{error}</translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>展厅管理</translation>
    </message>
    <message>
        <source>The store could not be read:
{error}</source>
        <translation>无法读取门店数据：
{error}</translation>
    </message>
</context>
<context>
    <name>StoreStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Store: {name}</source>
        <translation>门店：{name}</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Enter a whole number from 0 to {max}.</source>
        <extracomment>The target figures, in the order forms and reports show them. No showroom sells this many cars to one consultant in a month: a typo, not a target.</extracomment>
        <translation>请输入 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose a sales consultant from the list.</source>
        <translation>请从列表中选择销售顾问。</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Save targets</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>New prospects</source>
        <translation>新增潜客</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Only a manager may change the targets.</source>
        <translation>只有经理可以修改目标。</translation>
    </message>
    <message>
        <source>Saved the targets of {count} consultant(s).</source>
        <translation>已保存 {count} 位销售顾问的目标。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Showroom is locked</source>
        <extracomment>How often the lock looks at the clock (ms).</extracomment>
        <translation>展厅管理已锁定</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use. {name}, please type your password to go on; what was open is kept.</source>
        <translation>已 {minutes} 分钟无人操作，程序已锁定。{name}，请输入密码继续；打开的内容都已保留。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新建用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of {name}:</source>
        <translation>{name} 的角色：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number has {count} digits; a mainland mobile number has 11 and starts with 13–19.</source>
        <translation>手机号码有 {count} 位；中国大陆手机号码为 11 位，以 13–19 开头。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13–19; this one starts with {prefix}.</source>
        <translation>中国大陆手机号码以 13–19 开头；此号码以 {prefix} 开头。</translation>
    </message>
    <message>
        <source>Please enter a mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>The mobile number contains “{char}”; please enter digits only.</source>
        <translation>手机号码中含有“{char}”；请只输入数字。</translation>
    </message>
    <message>
        <source>Only mainland mobile numbers (+86) can be entered here.</source>
        <translation>此处只能输入中国大陆手机号码（+86）。</translation>
    </message>
    <message>
        <source>Please enter a mobile number (11 digits starting with 13–19) or a landline with its area code, e.g. 010-12345678.</source>
        <translation>请输入手机号码（以 13–19 开头的 11 位数字）或带区号的固定电话，例如 010-12345678。</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation>分机号必须为 1 至 6 位数字。</translation>
    </message>
    <message>
        <source>Only mainland phone numbers (+86) can be entered here.</source>
        <translation>此处只能输入中国大陆电话号码（+86）。</translation>
    </message>
    <message>
        <source>The phone number contains “{char}”; please enter digits only.</source>
        <translation>电话号码中含有“{char}”；请只输入数字。</translation>
    </message>
    <message>
        <source>Please add the area code in front of the landline number, e.g. 010-12345678.</source>
        <translation>请在固定电话号码前加上区号，例如 010-12345678。</translation>
    </message>
    <message>
        <source>The landline number after area code {area} has {count} digits; it needs 7 or 8.</source>
        <translation>区号 {area} 后的固定电话号码有 {count} 位；应为 7 或 8 位。</translation>
    </message>
    <message>
        <source>The resident ID may contain only digits, with X allowed as the last character.</source>
        <translation>身份证号码只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The resident ID has {count} characters; it needs 18.</source>
        <translation>身份证号码有 {count} 位；应为 18 位。</translation>
    </message>
    <message>
        <source>The resident ID starts with {code}, which is not a province code; please check the first two digits.</source>
        <translation>身份证号码以 {code} 开头，这不是省份代码；请检查前两位数字。</translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is not a real date.</source>
        <translation>此身份证号码中的出生日期（{date}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is in the future.</source>
        <translation>此身份证号码中的出生日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is before 1900; please check the digits.</source>
        <translation>此身份证号码中的出生日期（{date}）早于 1900 年；请检查数字。</translation>
    </message>
    <message>
        <source>The last character of this resident ID does not match; please check each digit.</source>
        <translation>此身份证号码的校验位不符；请逐位核对。</translation>
    </message>
    <message>
        <source>This is an old 15-digit resident ID, which is no longer valid; please ask for the 18-digit number if possible.</source>
        <translation>这是已停用的 15 位旧身份证号码；请尽量索取 18 位号码。</translation>
    </message>
    <message>
        <source>Please enter the resident ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Please enter the plate number.</source>
        <translation>请输入车牌号码。</translation>
    </message>
    <message>
        <source>A plate number starts with a province character such as 京 or 粤; “{char}” is not one.</source>
        <translation>车牌号码以省份简称开头，例如京或粤；“{char}”不是省份简称。</translation>
    </message>
    <message>
        <source>An embassy plate is 使 followed by 6 digits, e.g. 使123456.</source>
        <translation>使馆车牌为“使”加 6 位数字，例如 使123456。</translation>
    </message>
    <message>
        <source>Plate numbers never use the letters I or O; did you mean 1 or 0?</source>
        <translation>车牌号码不使用字母 I 或 O；是否应为 1 或 0？</translation>
    </message>
    <message>
        <source>The plate number has {count} characters; it needs 7 (or 8 for a new-energy vehicle).</source>
        <translation>车牌号码有 {count} 位；应为 7 位（新能源车为 8 位）。</translation>
    </message>
    <message>
        <source>The second character of a plate number is a letter A–Z; “{char}” is not.</source>
        <translation>车牌号码的第二位是字母 A–Z；“{char}”不是字母。</translation>
    </message>
    <message>
        <source>The plate number {plate} is not in a valid format; an ordinary plate looks like 京A12345.</source>
        <translation>车牌号码 {plate} 格式不正确；普通车牌形如 京A12345。</translation>
    </message>
    <message>
        <source>The plate number {plate} is not a valid new-energy plate: a small car has D or F after the city letter (e.g. 沪AD12345), a large vehicle ends with D or F (e.g. 苏E12345D).</source>
        <translation>车牌号码 {plate} 不是有效的新能源车牌：小型车在城市字母后为 D 或 F（例如 沪AD12345），大型车以 D 或 F 结尾（例如 苏E12345D）。</translation>
    </message>
    <message>
        <source>Please enter the VIN.</source>
        <translation>请输入车架号。</translation>
    </message>
    <message>
        <source>VINs never contain the letters I, O or Q; did you mean 1 or 0?</source>
        <translation>车架号不含字母 I、O 或 Q；是否应为 1 或 0？</translation>
    </message>
    <message>
        <source>The VIN contains “{char}”; only letters and digits are allowed.</source>
        <translation>车架号中含有“{char}”；只允许字母和数字。</translation>
    </message>
    <message>
        <source>The VIN has {count} characters; it needs 17.</source>
        <translation>车架号有 {count} 位；应为 17 位。</translation>
    </message>
    <message>
        <source>The 9th character of this VIN does not match its check digit; please compare the VIN with the vehicle documents. Some VINs do not use the check digit, so it can still be saved.</source>
        <translation>此车架号的第 9 位与校验位不符；请与车辆证件核对。部分车架号不使用校验位，因此仍可保存。</translation>
    </message>
    <message>
        <source>Please enter the postcode.</source>
        <translation>请输入邮政编码。</translation>
    </message>
    <message>
        <source>A postcode has only digits, e.g. 100000.</source>
        <translation>邮政编码只含数字，例如 100000。</translation>
    </message>
    <message>
        <source>The postcode has {count} digits; it needs 6.</source>
        <translation>邮政编码有 {count} 位；应为 6 位。</translation>
    </message>
    <message>
        <source>Please enter an email address.</source>
        <translation>请输入电子邮箱地址。</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>电子邮箱地址不能包含空格。</translation>
    </message>
    <message>
        <source>An email address needs one @ between the name and the domain, e.g. name@example.com.</source>
        <translation>电子邮箱地址的用户名和域名之间需要一个 @，例如 name@example.com。</translation>
    </message>
    <message>
        <source>The email address is too long; it can have at most 254 characters.</source>
        <translation>电子邮箱地址过长；最多 254 个字符。</translation>
    </message>
    <message>
        <source>The part before @ in the email address is not valid.</source>
        <translation>电子邮箱地址中 @ 前面的部分无效。</translation>
    </message>
    <message>
        <source>The part after @ ({domain}) is not a valid domain, e.g. qq.com or 163.com.</source>
        <translation>@ 后面的部分（{domain}）不是有效域名，例如 qq.com 或 163.com。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <extracomment>Unicode categories that draw nothing: format characters (U+200B, U+200F, U+202E …), separators and unassigned code points.</extracomment>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character; please retype it.</source>
        <translation>姓名中含有不可见的控制字符；请重新输入。</translation>
    </message>
    <message>
        <source>The name shows no letters; please type the visitor&apos;s name.</source>
        <translation>姓名中没有可见的文字，请输入客户姓名。</translation>
    </message>
    <message>
        <source>A name cannot be only digits; was a phone number typed into the name field?</source>
        <translation>姓名不能全是数字；是否把电话号码输入到了姓名栏？</translation>
    </message>
    <message>
        <source>The name has {count} characters; at most {limit} are allowed.</source>
        <translation>姓名有 {count} 个字符；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <source>This has {count} characters; at most {limit} fit.</source>
        <extracomment>Odometers above this are typing errors (no car in a showroom&apos;s life reaches it). Amounts in yuan must stay below this (the columns hold 10 digits, two of them decimals).</extracomment>
        <translation>已输入 {count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期在将来。</translation>
    </message>
    <message>
        <source>Please enter the kilometres as a whole number, e.g. 12500.</source>
        <translation>请以整数填写公里数，例如 12500。</translation>
    </message>
    <message>
        <source>{km} km cannot be right; please check the odometer.</source>
        <translation>{km} 公里不合理，请核对里程表。</translation>
    </message>
    <message>
        <source>Please enter the amount in yuan, e.g. 680.50.</source>
        <translation>请以元为单位填写金额，例如 680.50。</translation>
    </message>
    <message>
        <source>The amount must be between 0 and 99,999,999.99 yuan.</source>
        <translation>金额须在 0 至 99,999,999.99 元之间。</translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation>金额最多保留两位小数。</translation>
    </message>
</context>
<context>
    <name>ValueClass</name>
    <message>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>铁</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>铅</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>修改车辆</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>车型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;urchase date</source>
        <translation>购车日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Bought here</source>
        <translation>本店购买(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;First service visit</source>
        <translation>首次进厂日期(&amp;F)</translation>
    </message>
    <message>
        <source>M&amp;ileage at first visit (km)</source>
        <translation>首次进厂里程（公里）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>VisitField</name>
    <message>
        <source>Date</source>
        <extracomment>The fields of a visitor-log row, as a conflict message names them.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Walk-in / call</source>
        <translation>来店/来电</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>离店时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>来店人数</translation>
    </message>
    <message>
        <source>First or repeat</source>
        <translation>首次/再次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation>留档</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Correct a visit</source>
        <extracomment>Typing pauses this long (ms) before the lookup runs: one query per pause, not per key.</extracomment>
        <translation>修改来店记录</translation>
    </message>
    <message>
        <source>Log a phone call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <source>Log a walk-in</source>
        <translation>来店登记</translation>
    </message>
    <message>
        <source>Mobile number, or part of a name, a plate, pinyin initials</source>
        <translation>手机号，或姓名、车牌、拼音首字母的一部分</translation>
    </message>
    <message>
        <source>Not this customer</source>
        <extracomment>Enter was pressed in the search while its lookup was still out.</extracomment>
        <translation>不是此客户</translation>
    </message>
    <message>
        <source>e.g. 张伟, or 王先生 if not given</source>
        <translation>如 张伟；未留姓名可写 王先生</translation>
    </message>
    <message>
        <source>Phone or name of the referring customer</source>
        <translation>介绍人的电话或姓名</translation>
    </message>
    <message>
        <source>Took a test drive</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>HH:MM, empty while still here</source>
        <translation>时:分，客户未离店时留空</translation>
    </message>
    <message>
        <source>&amp;Phone / search</source>
        <translation>电话/查找(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <source>Part&amp;y size</source>
        <translation>来店人数(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>介绍人(&amp;R)</translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation>颜色(&amp;U)</translation>
    </message>
    <message>
        <source>Purc&amp;hase</source>
        <translation>购买类型(&amp;H)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Walk-in / call</source>
        <translation>来店/来电(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>信息来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>意向车型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation>销售顾问(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>到店时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Departed</source>
        <translation>离店时间(&amp;D)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>consultant {name}</source>
        <translation>顾问 {name}</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>{level}级</translation>
    </message>
    <message>
        <source>{count} visits, last {date}</source>
        <translation>来访 {count} 次，最近 {date}</translation>
    </message>
    <message>
        <source>no visits logged yet</source>
        <translation>尚无来访记录</translation>
    </message>
    <message>
        <source>Returning visitor: {who}</source>
        <translation>老客户：{who}</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Walk-in</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Showroom visitor log (walk-ins and calls)</source>
        <translation>展厅来店(电)客户登记表</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次</translation>
    </message>
    <message>
        <source>Walk-in/call</source>
        <translation>来店/来电</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>First / repeat</source>
        <translation>首次/再次</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>First/repeat</source>
        <translation>首次/再次</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买类型</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation>留档</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <extracomment>Column positions the row styling reads.</extracomment>
        <translation>{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>VisitorLogPage</name>
    <message>
        <source>Today</source>
        <extracomment>Rows read at a time; more are read as the table scrolls down. Pixels per character unit of a column&apos;s width in the sheet. The records this page shows: a write to any of them refreshes it. The entry form&apos;s pick lists offer the store&apos;s usual choices first.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>New walk-in (F2)</source>
        <translation>来店登记 (F2)</translation>
    </message>
    <message>
        <source>New call (Shift+F2)</source>
        <translation>来电登记 (Shift+F2)</translation>
    </message>
    <message>
        <source>Departed (F4)</source>
        <translation>离店 (F4)</translation>
    </message>
    <message>
        <source>Correct (F6)</source>
        <translation>修改 (F6)</translation>
    </message>
    <message>
        <source>Delete… (Del)</source>
        <translation>删除… (Del)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation>来店登记</translation>
    </message>
    <message>
        <source>{count} visits and calls</source>
        <translation>来店/来电 {count} 批</translation>
    </message>
    <message>
        <source>{count} in the showroom now</source>
        <translation>{count} 批仍在展厅</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>A customer record was created.</source>
        <translation>已建立客户档案。</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>首次来访。</translation>
    </message>
    <message>
        <source>Repeat visit.</source>
        <translation>再次来访。</translation>
    </message>
    <message>
        <source>A prospect was opened.</source>
        <translation>已建立潜在客户。</translation>
    </message>
    <message>
        <source>Select the visitor who is leaving first.</source>
        <translation>请先选中要离店的客户。</translation>
    </message>
    <message>
        <source>{name} left.</source>
        <translation>{name} 已离店。</translation>
    </message>
    <message>
        <source>The visitor</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Select the visit to correct first.</source>
        <translation>请先选择要修改的来店记录。</translation>
    </message>
    <message>
        <source>Select the visit to delete first.</source>
        <translation>请先选择要删除的来店记录。</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>该来访者</translation>
    </message>
    <message>
        <source>Delete a visit</source>
        <translation>删除来店记录</translation>
    </message>
    <message>
        <source>Why is the visit of {who} at {time} deleted?</source>
        <translation>为什么删除 {who} 在 {time} 的来店记录？</translation>
    </message>
    <message>
        <source>Delete the visit of {who} at {time}? It leaves the log and the reports; the audit trail keeps it.</source>
        <translation>删除 {who} 在 {time} 的来店记录吗？它将从登记表和报表中移除，审计记录会保留。</translation>
    </message>
    <message>
        <source>The visit was deleted.</source>
        <translation>来店记录已删除。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the visitor log</source>
        <translation>导出来店登记</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Please enter the arrival time.</source>
        <extracomment>Clocks of workstations differ a little; an arrival this far ahead is still &quot;now&quot;. The consent channel recorded when a visitor leaves contact details at reception.</extracomment>
        <translation>请填写到店时间。</translation>
    </message>
    <message>
        <source>The arrival time {time} is in the future; please check the date and time.</source>
        <translation>到店时间 {time} 晚于当前时间，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The departure time {departed} is before the arrival time {arrived}.</source>
        <translation>离店时间 {departed} 早于到店时间 {arrived}。</translation>
    </message>
    <message>
        <source>The departure time {time} is in the future; leave it empty while the visitor is here.</source>
        <translation>离店时间 {time} 晚于当前时间；客户尚未离店时请留空。</translation>
    </message>
    <message>
        <source>Please choose walk-in or phone call.</source>
        <translation>请选择来店或来电。</translation>
    </message>
    <message>
        <source>Please choose male or female, or leave it empty.</source>
        <translation>请选择男或女，或留空。</translation>
    </message>
    <message>
        <source>The party size must be between 1 and {max}.</source>
        <translation>来店人数须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name: a visitor who leaves a phone number becomes a customer.</source>
        <translation>请填写客户姓名：留下电话的客户将建立客户档案。</translation>
    </message>
    <message>
        <source>Please choose how the visitor heard of us.</source>
        <translation>请选择信息来源。</translation>
    </message>
    <message>
        <source>This source is not in the store&apos;s list any more.</source>
        <translation>该信息来源已不在本店列表中。</translation>
    </message>
    <message>
        <source>Please pick the customer who referred this visitor.</source>
        <translation>请选择介绍该客户的老客户。</translation>
    </message>
    <message>
        <source>The referring customer was not found.</source>
        <translation>找不到介绍人。</translation>
    </message>
    <message>
        <source>A visitor cannot refer themselves.</source>
        <translation>客户不能介绍自己。</translation>
    </message>
    <message>
        <source>This model is not in the store&apos;s list any more.</source>
        <translation>该车型已不在本店列表中。</translation>
    </message>
    <message>
        <source>The colour can have at most {max} characters.</source>
        <translation>颜色最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Please choose first car, additional car or replacement, or leave it empty.</source>
        <translation>请选择首购、增购或换购，或留空。</translation>
    </message>
    <message>
        <source>The level {level} is not a level a visitor can be given.</source>
        <translation>{level} 不是可以给来店客户评定的级别。</translation>
    </message>
    <message>
        <source>A graded visitor becomes a prospect: please enter their phone number.</source>
        <translation>评定级别的客户将成为潜在客户：请填写其电话。</translation>
    </message>
    <message>
        <source>Please choose the consultant who takes the visitor.</source>
        <translation>请选择接待的销售顾问。</translation>
    </message>
    <message>
        <source>This person is not an active sales consultant.</source>
        <translation>此人不是在职的销售顾问。</translation>
    </message>
    <message>
        <source>The notes can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The linked customer was not found.</source>
        <translation>找不到关联的客户。</translation>
    </message>
    <message>
        <source>This phone number belongs to {name}; link the visitor to them instead.</source>
        <translation>该电话属于{name}，请改为关联到该客户。</translation>
    </message>
    <message>
        <source>This visit was not found; it may have been removed.</source>
        <translation>找不到该登记记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The departure was already recorded at {time}.</source>
        <translation>已于 {time} 登记离店。</translation>
    </message>
    <message>
        <source>Another workstation kept saving the same customer at this moment; nothing was saved. Please save again.</source>
        <extracomment>None only for an anonymous guest whose store does not require a consultant. A save that lost a race with another workstation&apos;s save is made again, from the start (reading what the other one wrote), up to this many times.</extracomment>
        <translation>另一台工作站此刻正在保存同一位客户，本次未保存。请再保存一次。</translation>
    </message>
    <message>
        <source>Only a manager may change or delete a visit of an earlier day.</source>
        <translation>只有经理可以修改或删除以前日期的来店记录。</translation>
    </message>
    <message>
        <source>Please say why this visit is deleted.</source>
        <translation>请填写删除这条来店记录的原因。</translation>
    </message>
    <message>
        <source>The reason can have at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
</context>
</TS>
