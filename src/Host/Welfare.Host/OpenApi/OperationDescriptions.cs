using System.Collections.Frozen;

namespace Welfare.Host.OpenApi;

/// <summary>
/// The descriptions of the contract in one table for review, keyed by operationId and by tag; the endpoint
/// files keep the routes and the one-line summaries. Each operation says who may call it, what it does and
/// what it answers. Who: roles as the token's <c>role</c> claim spells them (the authorization matrix,
/// tests/Welfare.IntegrationTests/Security/authorization-matrix.md, lists every caller); "any employee" is
/// every person with a token, whatever their roles, never the machine clients. The 401, 403 and 429 answers
/// every protected operation can give are documented on each operation already and not repeated here.
/// <c>Contract/DescriptionTests</c> checks that every operation and tag has a text, that no entry is orphaned,
/// and that each text names every role its endpoint's policy admits.
/// </summary>
internal static class OperationDescriptions
{
    public static readonly FrozenDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Audit"] = "The platform's audit trail: who read, changed or was refused which record, when and with what outcome; never the content. Read only, for the auditor.",
        ["Harassment"] = "Complaints of sexual, power and pregnancy/childbirth/childcare/care harassment, from the designated counsellors' intake to closure and the checks against retaliation; the consultation desk, training and statistics. A complaint is sealed to its assigned counsellors (and, once referred, the personnel officer): everyone else gets 404.",
        ["Organisation"] = "The employer's directory: departments, grades, employees and their assignments, fed by the personnel system's imports. Every programme module keeps its own copy from this module's events.",
        ["Overtime"] = "Working time (objective records, self-reports, corrections), overtime orders, the upper limits and their excess analyses, rest intervals, the employer's calendar, long-hours physician interviews, personal caps and the fiscal year's statistics.",
        ["PeerSupport"] = "Peer supporters of each workplace, coordinators, the external counsellor registry, confidential consultations (content only for the recording supporter and the subject) with consents, referrals and urgent cases, and the quarterly reports (counts only).",
        ["ReturnToWork"] = "Leave cases from the personnel system and the pre-return trial attendance: briefing, certificate and application, plan, the physician's review, the director's decision, the programme's daily logs and interviews, changes, and the result report. Each party sees only its parts of a case.",
        ["StressCheck"] = "The annual stress check: campaigns, the 57-item questionnaire, each employee's own result and consent, the implementer's interviews and opinions, the employer's decisions, group analyses and retention. Results reach the employer only with the employee's consent.",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, Text> Operations = new Dictionary<string, Text>
    {
        // Audit
        ["SearchAuditEntries"] = new(
            "`auditor`.",
            "Searches the append-only audit trail by actor, module, action, record type and id, outcome (allowed or denied) and time range. Every read of a sensitive record, every change and every refusal leaves an entry; entries never hold content, so the trail itself reveals no case.",
            "200 with a page of entries, newest first; 400 naming a filter or paging value that is out of range."),

        // Harassment: the system
        ["GetHarassmentKinds"] = new(
            "Any employee.",
            "Lists the kinds of harassment a complaint may name (sexual, power, and pregnancy/childbirth/childcare/care harassment) with the grounds of the last kind, including fertility treatment, so that a form can offer them.",
            "200 with the kinds and their grounds, in Japanese and English."),
        ["GetHarassmentConsultationDesk"] = new(
            "Any employee.",
            "Reads the consultation system published to every employee (第7条): where and when to consult, the contacts, and the designated counsellors by staff number and sex (a complainant may ask for a counsellor of a given sex). A caller the directory knows as an employee in service, or a `welfare-officer`, also sees each counsellor's name in kanji and kana and their department, and may `search` by part of a name; anyone else sees `person` null and finds by staff number only.",
            "200 with the desk entries, the current counsellors and `directoryAsOf` (names as the directory had them then)."),
        ["SetHarassmentConsultationDesk"] = new(
            "`welfare-officer`.",
            "Publishes the places, hours and contacts of consultation, replacing the whole list.",
            "200 with the desk as published; 400 naming the invalid entries."),
        ["GetHarassmentCounselors"] = new(
            "`welfare-officer`.",
            "Lists every counsellor designation, current and ended, with the counsellor's name, department, sex and the designation's dates; `search` finds a staff number or part of a name in kanji or kana.",
            "200 with the designations."),
        ["DesignateHarassmentCounselor"] = new(
            "`welfare-officer`.",
            "Designates an employee in service as a harassment counsellor from a day (default today), recording their sex. A designated counsellor may then record complaints and be assigned to them.",
            "201 with the designation and its `Location`; 400 for invalid fields; 409 when the employee is already a counsellor; 422 when the employee is not in service."),
        ["ReleaseHarassmentCounselor"] = new(
            "`welfare-officer`.",
            "Ends a counsellor's designation on a day (default today). The counsellor loses access to every complaint at once, including those assigned to them.",
            "200 with the ended designation; 404 for an unknown designation; 409 when it has already ended."),
        ["GetHarassmentSettings"] = new(
            "`welfare-officer`.",
            "Reads the module's settings: the days after closure at which retaliation checks fall due, the statistics' minimum cell size, the grade rank from which an employee counts as a supervisor, and how many months an employee counts as new for training.",
            "200 with the settings."),
        ["UpdateHarassmentSettings"] = new(
            "`welfare-officer`.",
            "Replaces the module's settings. New follow-up days apply to complaints closed afterwards.",
            "200 with the settings as stored; 400 naming the values out of range."),

        // Harassment: complaints
        ["ReceiveHarassmentComplaint"] = new(
            "A designated harassment counsellor (any employee holding a current designation); everyone else 403.",
            "Records a complaint received: its source (the person harassed, a witness, a person told they harass, a supervisor consulted), the complainant, the person harassed and the respondent where known, the kinds, the counsellor sex asked for, and the assigned counsellors: two in principle, one only with the reason, never a party, and one of the requested sex whenever a designated counsellor of that sex can be. `retaliationOf` links a report of retaliation to the original complaint, which only its counsellors may do.",
            "201 with the complaint and its `Location`; 400 for invalid fields; 404 when `retaliationOf` names a complaint the caller does not handle; 422 when a rule of the regulations is broken (no kind, a party as counsellor, a single counsellor without the reason …)."),
        ["GetHarassmentComplaints"] = new(
            "A harassment counsellor (their assigned cases) or `personnel-officer` (the cases referred to the personnel division); everyone else 403.",
            "Lists the complaints the caller handles, optionally of one status, without content: ids, dates, status and kinds, so that a counsellor can find their work.",
            "200 with a page of complaint summaries; 400 for an invalid status or paging value."),
        ["GetMyHarassmentComplaints"] = new(
            "Any employee, for the complaints they brought.",
            "Lists the complaints the caller brought as complainant, with their status.",
            "200 with the caller's complaint summaries (empty when there are none)."),
        ["GetHarassmentComplaint"] = new(
            "The complaint's assigned counsellors (in full); `personnel-officer` once the case was referred or notified as an emergency (in full, read only); the complainant (their intake record, the notices to them and the status). Everyone else, including the respondent, supervisors, heads, other counsellors and the welfare officer, gets 404.",
            "Reads one complaint as far as the caller may see it. Every read and every refusal is audited with the complaint id only.",
            "200 with the complaint; 404 for a complaint that does not exist or that the caller may not see."),
        ["AssignHarassmentCounselors"] = new(
            "`welfare-officer` or one of the complaint's assigned counsellors; anyone else 404.",
            "Sets the counsellors of a complaint under the same rules as at intake (two in principle, one with the reason, never a party, the requested sex where possible). The welfare officer sees the assignment only, never the content.",
            "200 with the assignment; 400 for invalid fields; 404 for an unknown complaint or one the caller does not handle; 409 when the complaint is closed; 422 when the assignment breaks a rule."),
        ["GetHarassmentEmergencyNotices"] = new(
            "`welfare-officer`.",
            "Lists every emergency notice given to the personnel division: complaint id, date, reason and whether the complainant objected, without content.",
            "200 with the notices."),
        ["GetHarassmentFollowUps"] = new(
            "A harassment counsellor, for the complaints assigned to them; everyone else 403.",
            "Lists the checks against retaliation that fall due by a day (default today) on the caller's closed complaints: whom to check (the complainant, the person harassed, third parties heard) and when.",
            "200 with the due checks."),

        // Harassment: records of a complaint (the assigned counsellors; anyone else 404)
        ["RecordHarassmentIntake"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records what the complainant said (the facts of the intake record, including urgency). Each call before confirmation appends a new version; nothing is overwritten.",
            "200 with the new version; 400 for invalid facts; 404 for a complaint the caller does not handle; 409 once the intake is confirmed (append a correction instead) or the complaint is closed."),
        ["CorrectHarassmentIntake"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Appends a correction to a confirmed intake record as a new version with the correction note; the new version needs the complainant's confirmation again.",
            "200 with the new version; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the intake is not confirmed yet (record it again instead) or the complaint is closed."),
        ["ConfirmHarassmentIntake"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records that the complainant confirmed a version of the intake record, in writing or read back. Hearings and actions need a confirmed intake.",
            "200 with the confirmed version; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the version is not the latest unconfirmed one or the complaint is closed."),
        ["ChooseHarassmentHandling"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records how the case is handled, with the reason: hearing the respondent, or, for a minor case that is not urgent, the supervisor's observation and guidance. Needs the confirmed intake.",
            "200 with the complaint; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the respondent has already been heard or the complaint is closed; 422 when the intake is not confirmed or the case is urgent."),
        ["RecordHarassmentHearing"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records a hearing after the confirmed intake: of the respondent, who must be offered the chance to explain, or of a third party once a confirmed hearing of the respondent disputes the facts. A party is never heard as a third party.",
            "200 with the hearing record; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed; 422 when a rule is broken (no chance to explain, third party while the parties agree, handled by supervisor observation …)."),
        ["CorrectHarassmentHearing"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Appends a version of a hearing record with the correction note; earlier versions stay, and the new one needs the confirmation of the person heard.",
            "200 with the hearing record; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed; 422 for a hearing that is not this complaint's."),
        ["ConfirmHarassmentHearing"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records that the person heard confirmed a version of the hearing record, in writing or read back.",
            "200 with the hearing record; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the version is not the latest unconfirmed one or the complaint is closed; 422 for a hearing that is not this complaint's."),

        // Harassment: follow-through
        ["TakeHarassmentAction"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records a response after the confirmed intake: the supervisor's guidance, a direct warning, advice to the complainant, mediation, or a referral to the personnel division. A referral needs the complainant's consent and opens the record to the personnel officer.",
            "200 with the action; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed; 422 when the intake is not confirmed, a referral lacks consent, or the action needs a respondent who is not recorded."),
        ["TellHarassmentComplainant"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records that the complainant was told what was done, on a day, with a note. Closing needs such a notice after the last action.",
            "200 with the notice; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed; 422 when the intake is not confirmed."),
        ["CloseHarassmentComplaint"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Closes the complaint with an outcome and schedules the checks against retaliation on the complainant, the person harassed and every third party heard, at the configured days after closure. Except for a withdrawn complaint, the complainant must have been told what was done after the last action; personnel measures need a referral.",
            "200 with the closed complaint; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when it is already closed; 422 when the complainant was not told or the case was not referred."),
        ["NotifyHarassmentEmergency"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Tells the personnel division of an emergency, even against the complainant's wish, which is recorded. The record opens to the personnel officer, the notice is audited and listed for the welfare officer, and an event with ids and date only is published.",
            "200 with the notice; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed."),
        ["RecordHarassmentFollowUp"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records the result of a scheduled check against retaliation: the day, whether adverse treatment was found, and a note. A report of retaliation itself is a new complaint with `retaliationOf`.",
            "200 with the check; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the check was already recorded; 422 for a check that is not this complaint's."),
        ["RequestHarassmentInvestigationByAuthority"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records the request to the respondent's other appointing authority to investigate and guide its employee. Only when the directory shows the respondent under another appointing authority than the complainant.",
            "200 with the tracked request; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the complaint is closed; 422 when the respondent is not under another authority or the intake is not confirmed."),
        ["RecordHarassmentAuthorityAnswer"] = new(
            "One of the complaint's assigned counsellors; anyone else 404.",
            "Records the other appointing authority's answer, which closes the tracked request.",
            "200 with the answered request; 400 for invalid fields; 404 for a complaint the caller does not handle; 409 when the request was already answered; 422 for a request that is not this complaint's."),

        // Harassment: training and statistics
        ["PlanHarassmentTrainingSession"] = new(
            "`welfare-officer`.",
            "Records a training session: title, day, audience (new employees, new supervisors or all staff), kinds and topics. A session on sexual harassment must cover sexual orientation and gender identity.",
            "201 with the session and its `Location`; 400 for invalid fields; 422 when a sexual harassment session does not cover sexual orientation and gender identity."),
        ["GetHarassmentTrainingSessions"] = new(
            "`welfare-officer`.",
            "Lists the sessions of a fiscal year (April to March) with their attendees.",
            "200 with the sessions."),
        ["RecordHarassmentTrainingAttendance"] = new(
            "`welfare-officer`.",
            "Adds attendees, by staff number, to a session that has been held.",
            "200 with the session and its attendees; 400 for invalid staff numbers; 404 for an unknown session; 422 when the session has not been held yet."),
        ["GetHarassmentUntrained"] = new(
            "`welfare-officer`.",
            "Lists the active employees who became new employees or new supervisors within the configured months and have not attended a session for that audience since (all-staff sessions count for new employees).",
            "200 with the employees and the day they became new; 422 for an audience other than new employees or new supervisors."),
        ["GetHarassmentStatistics"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Counts a fiscal year (April to March) per kind: complaints, their sources, actions per type, closures and average days to close, emergencies and retaliation reports. Counts above zero and below the minimum cell size are withheld so that no person can be recognised. Counts against the bulk request budget.",
            "200 with the statistics, withheld cells as null; 400 for an invalid fiscal year."),

        // Organisation
        ["GetGrades"] = new(
            "Any employee; `personnel-system`, which maintains the scale.",
            "Reads the employer's grade scale, lowest first. Ranks (1 = lowest) let programmes ask \"at least this grade\".",
            "200 with the grades and their ranks."),
        ["ReplaceGrades"] = new(
            "`personnel-system`, `personnel-officer`.",
            "Replaces the grade scale, lowest first. A grade still held by an employee cannot be removed.",
            "200 with the new scale; 400 for invalid or duplicate codes; 409 when a removed grade is still held."),
        ["GetDepartments"] = new(
            "Any employee; `personnel-system`, which maintains departments.",
            "Lists the departments that exist on a day (default today in Japan), or every department ever with `includeClosed=true`, with parent, appointing authority and effective period.",
            "200 with the departments."),
        ["GetDepartment"] = new(
            "Any employee; `personnel-system`, which maintains departments.",
            "Reads one department with its history of heads (who headed it from when to when).",
            "200 with the department and its head terms; 404 for an unknown department code."),
        ["PutDepartment"] = new(
            "`personnel-system`, `personnel-officer`.",
            "Creates or corrects one department outside the regular import: name, parent, appointing authority and effective period. Programme modules learn of it through an event.",
            "201 with the department and its `Location` when it was created, 200 when it was corrected; 400 for invalid fields; 422 when the parent does not exist, would close a cycle, or the period is reversed."),
        ["AssignDepartmentHead"] = new(
            "`personnel-system`, `personnel-officer`.",
            "Records that an employee in service heads the department from a day; the previous head's term ends the day before. Programmes use the directory's head to decide who acts for a department.",
            "200 with the department and its head terms; 400 for invalid codes; 404 for an unknown department; 422 when no serving employee has the staff number or the day is before the current head's term began."),
        ["GetDepartmentStaff"] = new(
            "The department's head (`department-head` heading it), `welfare-officer`, `personnel-officer`; anyone else 404 (audited).",
            "Lists who belonged to the department on a day (default today).",
            "200 with a page of employee summaries; 400 for invalid paging; 404 for an unknown department or one the caller may not see."),
        ["SearchEmployees"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Browses and searches the directory by name or staff number, department and status (active, on leave, left).",
            "200 with a page of employee summaries; 400 for invalid filters or paging."),
        ["GetEmployee"] = new(
            "The employee themselves, the head of their current department, `welfare-officer`, `personnel-officer`; anyone else 404 (audited).",
            "Reads an employee's directory entry: names, sex, grade, employment type, appointing authority, status and assignment history. The directory holds no health or case data.",
            "200 with the entry; 404 for an unknown staff number or one the caller may not see."),
        ["GetEmployeeAssignment"] = new(
            "The employee themselves, the head of their current department, `welfare-officer`, `personnel-officer`; anyone else 404 (audited).",
            "Answers which department the employee belonged to on a day.",
            "200 with the assignment; 404 when the employee is unknown, not visible to the caller, or had no assignment that day."),
        ["GetMyEntry"] = new(
            "Any employee.",
            "Reads the caller's own directory entry (the staff number of the token).",
            "200 with the entry; 404 when the personnel system has not imported the caller."),
        ["ImportEmployees"] = new(
            "`personnel-system`.",
            "Imports employees as a JSON array or CSV (a header line; UTF-8 or Shift_JIS/CP932; Japanese headers, Japanese values such as 常勤, 在職, 市長, and 和暦 dates such as R6.4.1 or 令和6年4月1日 accepted: the request body lists them). Each row is checked on its own: bad rows are reported with their line and reason, good rows apply. `mode=Full` marks employees missing from the file as left the day before `asOf`; `dryRun=true` reports without changing anything. The same file twice changes nothing. Every import is recorded. Counts against the bulk request budget.",
            "201 with the import report (counts, rejected rows, the first changes) and its `Location`; 400 for invalid query values, an unknown CSV column or a line that does not decode (nothing stored); 413 over the configured rows or bytes; 415 for a body that is neither JSON nor CSV, or a charset the import does not read."),
        ["ImportDepartments"] = new(
            "`personnel-system`.",
            "Imports departments as a JSON array or CSV, row by row as employees are, with the same character sets, Japanese values and 和暦 dates (the request body lists the columns). `mode=Full` closes departments missing from the file the day before `asOf`; `dryRun=true` reports without changing anything. Counts against the bulk request budget.",
            "201 with the import report and its `Location`; 400 for invalid query values, an unknown CSV column or a line that does not decode (nothing stored); 413 over the configured rows or bytes; 415 for a body that is neither JSON nor CSV, or a charset the import does not read."),
        ["GetImports"] = new(
            "`personnel-system`, `personnel-officer`.",
            "Lists the directory imports, dry runs included, newest first: who, when, what and the counts.",
            "200 with a page of import summaries."),
        ["GetImport"] = new(
            "`personnel-system`, `personnel-officer`.",
            "Reads one import's report: counts, the rejected rows with line and reason, and the first changes.",
            "200 with the report; 404 for an unknown import."),

        // Overtime: rules, department kinds, schedules
        ["GetOvertimeDefaultRules"] = new(
            "Any employee.",
            "Reads the national defaults of every rule: the monthly and yearly limits of standard and other-driven departments, the warning tiers, the rest interval and prohibition time, and the long-hours interview thresholds.",
            "200 with the default rule set."),
        ["GetOvertimeRulesInForce"] = new(
            "Any employee.",
            "Reads the employer's rules in force on a day (default today): the latest rule set issued from that day or earlier, else the national defaults.",
            "200 with the rule set in force."),
        ["GetOvertimeRuleSets"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Lists every version of the employer's rules, newest first.",
            "200 with the rule sets."),
        ["IssueOvertimeRuleSet"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Issues a new version of the rules from a day, today or later and after the latest version. Older versions never change, so months already evaluated keep their evaluation.",
            "201 with the rule set and a `Location` reading the rules in force on its first day; 400 for invalid values; 409 when it does not start after the latest version; 422 when it would start in the past."),
        ["GetOvertimeDepartmentKinds"] = new(
            "Any employee.",
            "Lists each department with its kind on a day (default today): standard, or other-driven (designated for a period because its work is driven by others, with higher limits).",
            "200 with the departments and their kinds."),
        ["DesignateOtherDrivenDepartment"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Designates a department other-driven for a period, with the reason. Months touched by an assignment to it on those days are evaluated under the other-driven limits.",
            "201 with the designation and a `Location` listing department kinds on its first day; 400 for invalid fields; 409 when the period overlaps another designation of the department; 422 for an unknown department or a reversed period."),
        ["EndOtherDrivenDesignation"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Ends the department's open other-driven designation on its last day.",
            "200 with the ended designation; 404 when the department has no open designation; 422 when the last day is before the designation began."),
        ["GetOtherDrivenShare"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Reports the share of departments designated other-driven on a day (default today), flagged when it is above the rule set's warning share.",
            "200 with the counts, the share and the flag."),
        ["GetWorkSchedule"] = new(
            "The employee themselves, the head of their department on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Reads an employee's scheduled working day on a day (default today): start, end and break. Without a schedule of their own, the default 8:30–17:15 with a 12:00–13:00 break applies.",
            "200 with the schedule; 404 for an employee who is unknown or not visible to the caller."),
        ["SetWorkSchedule"] = new(
            "The head of the employee's department on that day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Sets an employee's working day from a day on. Totals of the days concerned are recomputed.",
            "201 with the schedule and a `Location` reading it on its first day; 400 for invalid fields; 404 for an employee who is unknown or not the caller's to manage; 422 when the times are not in order (start before break, break before end)."),

        // Overtime: working time
        ["RecordWorkingTime"] = new(
            "`attendance-system`, `welfare-officer`, `personnel-officer` for objective records (time card, IC card, PC log); the employee themselves for a self-report. Any other combination 403.",
            "Records one span of work. An objective record with a source and external id already stored is idempotent: the same content answers the stored record. A span belongs to the day it started on (Japan time).",
            "201 with the record and a `Location` reading the employee's day, or 200 with the stored record for a repeated external id; 400 for invalid fields; 409 when the external id is reused with other times or the span overlaps a record of the same source; 422 when the employee is not in the directory."),
        ["GetWorkingDays"] = new(
            "The employee themselves, the head of their department on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Lists an employee's working days in a period: the recorded spans by source, the ordered hours and the span every evaluation uses (the latest correction, else the objective records, else the self-report).",
            "200 with the days; 400 for an invalid or reversed period; 404 for an employee who is unknown or not visible to the caller."),
        ["CorrectWorkingDay"] = new(
            "The head of the employee's department on that day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Corrects a day's actual time with the reason; the correction is audited and is what every evaluation uses from then on.",
            "201 with the correction and a `Location` reading the day; 400 for invalid fields; 404 for an employee who is unknown or not the caller's to manage; 422 for a day that has not come yet."),
        ["ImportWorkingTimeRecords"] = new(
            "`attendance-system`.",
            "Streams objective records as NDJSON (`application/x-ndjson`) or CSV (`text/csv` with a header line): employeeId, source, externalId, workDate, startedAt, endedAt. Each line is checked on its own; lines of employees not in the directory, overlapping a stored record or an earlier line, or reusing an external id for other times are rejected; the rest are stored in one transaction. Bad lines are never stored, good lines never lost. Counts against the bulk request budget.",
            "201 with the report (accepted, duplicate and rejected counts, up to 1,000 rejected line numbers with reasons) and its `Location`; 400 for an unreadable upload; 413 over the configured rows or bytes; 415 for another content type."),
        ["GetWorkingTimeImport"] = new(
            "The attendance system that sent the upload, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Reads the report of an upload of working-time records.",
            "200 with the report; 404 for an unknown upload or one the caller did not send."),

        // Overtime: orders and limits
        ["GiveOvertimeOrder"] = new(
            "The head of the employee's department on the work day; anyone else 404.",
            "Orders overtime in advance (recorded at most the configured days late). An order that would take the month or the year beyond a limit, or beyond an active personal cap, is refused unless it is special business, which opens an excess analysis for each limit it goes beyond. Orders past the prohibition time (22:00) need special business; past the cut-off (20:00) or over 3 hours a day they carry warnings.",
            "201 with the order, its warnings and the excess analyses it opened, and a `Location` listing the department's orders of the day; 400 for invalid fields; 404 for an employee who is unknown or not the caller's to manage; 409 when it overlaps another order of the day; 422 when it goes beyond a limit or the prohibition time without special business, is reversed, or is too late."),
        ["CancelOvertimeOrder"] = new(
            "The head of the order's department; anyone else 404.",
            "Cancels an order; it stays as history and no longer counts.",
            "200 with the cancelled order; 404 for an unknown order or one the caller may not manage; 409 when it is already cancelled."),
        ["GetOvertimeOrders"] = new(
            "The department's head on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Lists a department's orders in a period, cancelled ones included.",
            "200 with the orders; 400 for an invalid or reversed period; 404 for a department the caller may not see."),
        ["GetWorkingTimeDiscrepancies"] = new(
            "The department's head on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Lists the uncorrected days of a department in a period where the order or the self-report and the objective record diverge beyond the tolerance, so that they can be checked and corrected.",
            "200 with the discrepancies; 400 for an invalid or reversed period; 404 for a department the caller may not see."),
        ["GetMyOvertimeLimits"] = new(
            "Any employee, for themselves.",
            "Evaluates the caller's hours in a month (default this month) against every limit that applies: monthly and yearly totals, the multi-month averages, the remaining allowance and the warning tier.",
            "200 with the evaluation; 400 for an invalid year or month; 404 when the caller is not in the directory."),
        ["GetEmployeeOvertimeLimits"] = new(
            "The employee themselves, the head of their department on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Evaluates an employee's hours in a month (default this month) against every limit, as the employee sees them.",
            "200 with the evaluation; 400 for an invalid year or month; 404 for an employee who is unknown or not visible to the caller."),
        ["GetOvertimeLimitsOverview"] = new(
            "For one department: its head on the day, `welfare-officer`, `personnel-officer` (anyone else 404). For the whole organisation: `welfare-officer`, `personnel-officer` (anyone else 403).",
            "Evaluates every employee of a month, for one department or the organisation, optionally only those over a limit or from a warning tier up. CSV (`Accept: text/csv`, or `format=csv` for a plain link) answers one row per employee and limit instead of a page, with headers and values in the caller's language (Japanese labels, はい/いいえ). Counts against the bulk request budget.",
            "200 with a page of evaluations, or `text/csv` with every row; 400 for invalid values; 403 or 404 as above."),
        ["CloseOvertimeMonth"] = new(
            "`welfare-officer`, `personnel-officer` (the scheduled job does it as the system on the 10th).",
            "Closes an ended month: each evaluation is kept as it is, so later rule sets never rewrite it, and every excess not analysed yet opens an excess analysis. Counts against the bulk request budget.",
            "200 with the month close (employees evaluated, analyses opened); 400 for an invalid month; 409 when it is already closed; 422 when the month has not ended."),

        // Overtime: excess analyses
        ["GetExcessAnalyses"] = new(
            "For one department: its head, `welfare-officer`, `personnel-officer` (anyone else 404). For all departments: `welfare-officer`, `personnel-officer` (anyone else 403).",
            "Lists the excess analyses, oldest due first, optionally of a fiscal year and status, or only the overdue ones (past due and not closed).",
            "200 with a page of analyses; 400 for invalid filters; 403 or 404 as above."),
        ["GetExcessAnalysis"] = new(
            "The head of the analysis's department, `welfare-officer`, `personnel-officer`; anyone else 404 (audited).",
            "Reads one excess analysis: the employee, the limit and month gone beyond, the due day, the head's items ④ (work beyond the limit) and ⑤ (why it could not be avoided) and analysis, and the personnel officer's countermeasures.",
            "200 with the analysis; 404 for an unknown analysis or one the caller may not see."),
        ["GetExcessAnalysisSheet"] = new(
            "The head of the analysis's department, `welfare-officer`, `personnel-officer`; anyone else 404 (audited).",
            "Prints the excess analysis as the record sheet of seed 002 (3) on A4: ① department, ② name (from the directory), staff number, ③ the month, the limit, the hours and the limit's hours, ④ the work, ⑤ why it could not be avoided, the analysis and the countermeasures, with seal boxes. `format=csv` or `Accept: text/csv` answers the same as one CSV line under a header line.",
            "200 with `text/html` (a print-ready A4 page) or `text/csv`; 400 for an unknown format; 404 for an unknown analysis or one the caller may not see."),
        ["RecordExcessAnalysis"] = new(
            "The head of the analysis's department; anyone else 404.",
            "Records items ④ (the work beyond the limit) and ⑤ (why it could not be avoided) and the analysis; may be rewritten until the countermeasures are recorded.",
            "200 with the analysis; 400 for invalid fields; 404 for an unknown analysis or one the caller may not manage; 409 once the countermeasures closed it."),
        ["RecordExcessCountermeasures"] = new(
            "`personnel-officer`.",
            "Records the organisation's countermeasures, which closes the analysis.",
            "200 with the closed analysis; 400 for invalid fields; 404 for an unknown analysis; 422 before the head's analysis is recorded."),

        // Overtime: rest intervals and the calendar
        ["GetRestIntervalFindings"] = new(
            "The department's head on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Reports a department's rest intervals in a period: late work, the interval owed and whether it was kept or violated, the proposed later start of the next day, and the exemptions granted.",
            "200 with the findings per employee and day; 400 for an invalid or reversed period; 404 for a department the caller may not see."),
        ["GetLateWorkReport"] = new(
            "The department's head on the day, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "The next-day report of work past the prohibition time (22:00 by default) on a day: who worked past it and for how long.",
            "200 with the findings of that day that worked past the prohibition time; 400 for an invalid day; 404 for a department the caller may not see."),
        ["GrantRestIntervalExemption"] = new(
            "The head of the employee's department on that day; anyone else 404.",
            "Exempts one day of an employee from the rest interval, for business necessity or at the employee's request, with the reason.",
            "201 with the exemption and a `Location` reading the day; 400 for invalid fields; 404 for an employee who is unknown or not the caller's to manage; 409 when the day already has an exemption."),
        ["GetHolidays"] = new(
            "Any employee.",
            "Lists the days off besides weekends in a year: Japan's national holidays (祝日, 振替休日 and 国民の休日 as the law gives them, built in; `source` National, with an English name) and the employer's own days that officers add (`source` Employer). All work on such a day counts as overtime.",
            "200 with the days, their names and where each comes from; 400 for an invalid year."),
        ["SetHoliday"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Makes a day a day off of the employer with its name (year-end days, the prefecture's day); totals of the days concerned are recomputed. National holidays are built in.",
            "200 with the holiday; 400 for invalid fields; 422 `overtime.national-holiday` for a national holiday."),
        ["RemoveHoliday"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Makes an employer's day off an ordinary working day again (a day that is not a holiday stays as it is); totals of the days concerned are recomputed. A national holiday cannot be made a working day.",
            "204; 422 `overtime.national-holiday` for a national holiday."),

        // Overtime: long-hours interviews, personal caps, statistics
        ["EvaluateLongHoursInterviews"] = new(
            "`welfare-officer`, `personnel-officer` (the scheduled job does it as the system on the 3rd).",
            "Evaluates a month on or after its reference day: overtime for health purposes (total hours less days/7 × 40), the 2–6-month averages, the tiers and exemptions. Opens a case for each eligible employee and notifies them. Running it again for the same month changes nothing.",
            "200 with the evaluation (employees evaluated, cases opened); 400 for an invalid month; 422 before the month's reference day."),
        ["GetLongHoursInterviews"] = new(
            "`welfare-officer` (all cases), `physician` (the cases scheduled with them), `department-head` (their department's cases, status and work measures only); anyone else 403.",
            "Lists long-hours interview cases, filtered by status, month and department, and paged.",
            "200 with a page of cases as far as the caller may see them; 400 for invalid filters or paging."),
        ["GetLongHoursInterview"] = new(
            "The employee, `welfare-officer` and the physician the case is scheduled with (in full); the head of the employee's department (status and work measures); anyone else 404 (audited).",
            "Reads one long-hours interview case.",
            "200 with the case as far as the caller may see it; 404 for an unknown case or one the caller may not see."),
        ["RecommendLongHoursInterview"] = new(
            "`welfare-officer`.",
            "Recommends the interview to the employee of a case.",
            "200 with the case; 404 for an unknown case; 422 when the case is closed."),
        ["ScheduleLongHoursInterview"] = new(
            "`welfare-officer`.",
            "Sets the physician and the day of the interview. A case of an on-request tier needs the employee's request first.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 422 when the case is closed or on request and not requested."),
        ["RecordLongHoursInterviewNotHeld"] = new(
            "`welfare-officer`.",
            "Closes a case without an interview, with the reason: the physician judged it unnecessary, no response or declined, too busy, or other (with a note).",
            "200 with the closed case; 400 for invalid fields; 404 for an unknown case; 422 when the case is already closed."),
        ["RecordLongHoursInterviewOpinion"] = new(
            "`physician`: the one the case is scheduled with; other physicians 404.",
            "Records the interview held and the physician's opinion: change of place or duties, leave, shorter hours, fewer night shifts, an overtime cap or ban with its period, or no measures needed. A cap or ban becomes the employee's personal cap, which orders must respect.",
            "200 with the closed case; 400 for invalid fields; 404 for a case not scheduled with the caller; 422 when the case is not scheduled or closed, the interview day is in the future, or the measures contradict each other."),
        ["GetMyLongHoursInterviews"] = new(
            "Any employee, for themselves.",
            "Lists the caller's own long-hours cases: their hours for health purposes, the tier, the day they were notified, the status and the physician's opinion.",
            "200 with the caller's cases."),
        ["RequestLongHoursInterview"] = new(
            "The employee of the case; anyone else 404.",
            "Asks for the interview of one's own case; a case of an on-request tier is scheduled only after this request.",
            "200 with the case; 404 for a case that is not the caller's; 422 when the case is closed."),
        ["GetPersonalCaps"] = new(
            "The employee themselves, the head of their department, `welfare-officer`, `personnel-officer`; anyone else 404.",
            "Lists an employee's personal overtime caps: period, monthly hours and source; never the medical reason.",
            "200 with the caps; 404 for an employee who is unknown or not visible to the caller."),
        ["GetMyPersonalCaps"] = new(
            "Any employee, for themselves.",
            "Lists the caller's own personal overtime caps: period, monthly hours and source.",
            "200 with the caps."),
        ["GetOvertimeStatistics"] = new(
            "`welfare-officer`, `personnel-officer`.",
            "Reports a fiscal year (optionally one department) as the MIC survey asks: average overtime per employee per month and year, the shares of employee-months over 45 hours, from 45 to 100 and at or over 100, and the long-hours interviews (eligible, held, rate and reasons). CSV (`Accept: text/csv`, or `format=csv` for a plain link) answers the same as a spreadsheet line (UTF-8 with BOM, headers in the caller's language). Counts against the bulk request budget.",
            "200 with the statistics as JSON or CSV; 400 for an invalid fiscal year or format."),

        // PeerSupport: workplaces and supporters
        ["RegisterPeerSupportWorkplace"] = new(
            "The department's head (`department-head` heading it); anyone else 404.",
            "Registers an office room (workplace) of the department, optionally with why it needs no supporter of its own.",
            "201 with the workplace and a `Location` listing the department's workplaces; 400 for invalid fields; 404 for a department the caller does not head; 409 when a workplace of that name is already registered."),
        ["GetPeerSupportWorkplaces"] = new(
            "The department's head, `welfare-officer`; anyone else 404.",
            "Lists the department's workplaces with their current supporters; `needsSupporter` flags a room with no supporter and no reason why it needs none.",
            "200 with the workplaces; 404 for a department the caller may not see."),
        ["SetNoSupporterReason"] = new(
            "The head of the workplace's department; anyone else 404.",
            "Records why the workplace needs no supporter of its own; null clears the reason.",
            "200 with the workplace; 400 for invalid fields; 404 for a workplace the caller does not manage."),
        ["DesignatePeerSupporter"] = new(
            "The head of the workplace's department; anyone else 404.",
            "Designates a member of the department's staff on the day as supporter of the workplace, with how to reach them. The head cannot designate themselves.",
            "201 with the designation notice (Form 1) and the report listing all the department's supporters (Form 3), and a `Location` listing them; 400 for invalid fields; 404 for a workplace the caller does not manage; 409 when the employee already supports the workplace; 422 when the employee is not on the department's staff that day or is its head."),
        ["ReleasePeerSupporter"] = new(
            "The head of the supporter's department; anyone else 404.",
            "Releases a supporter from a day (default today), with the reason. A released supporter records no new consultations but keeps reading and completing those they recorded.",
            "200 with the release notice (Form 1) and the new report (Form 3); 400 for invalid fields; 404 for a designation the caller does not manage; 409 when it is already released; 422 when the day is before the designation."),
        ["GetDepartmentPeerSupporters"] = new(
            "The department's employees and head, coordinators, `welfare-officer`; anyone else 404.",
            "Lists who the department's current supporters are, with their name in kanji and kana and department from the directory, and how to reach them; `search` finds a staff number or part of a name (kana in hiragana or katakana).",
            "200 with the supporters; 404 for a department the caller may not see."),
        ["GetSupporterDesignationReports"] = new(
            "The department's head, `welfare-officer`; anyone else 404.",
            "Lists the department's designation and release reports (Form 3), newest first; each is a snapshot of all its supporters at the time.",
            "200 with the reports; 404 for a department the caller may not see."),
        ["GetMyPeerSupportNotices"] = new(
            "Any employee, for themselves.",
            "Lists the designation and release notices (Form 1 for supporters, Form 2 for coordinators) handed to the caller.",
            "200 with the notices (empty when there are none)."),

        // PeerSupport: coordinators and external counsellors
        ["DesignateCoordinator"] = new(
            "`welfare-officer`.",
            "Designates an employee in the directory as a coordinator, who advises supporters and is alerted to urgent cases. The first coordinator must belong to the welfare division.",
            "201 with the designation notice (Form 2) and a `Location` listing the coordinators; 400 for invalid fields; 409 when the employee already is a coordinator; 422 when the employee is not in the directory or the welfare division has no coordinator yet."),
        ["ReleaseCoordinator"] = new(
            "`welfare-officer`.",
            "Releases a coordinator from a day (default today); never the welfare division's last one.",
            "200 with the release notice (Form 2); 404 for an unknown designation; 409 when it is already released; 422 for the welfare division's last coordinator or a day before the designation."),
        ["GetCoordinators"] = new(
            "Current supporters, coordinators, `welfare-officer`; anyone else 403.",
            "Lists today's coordinators, with their name in kanji and kana and department from the directory, and how to reach them; `search` finds a staff number or part of a name.",
            "200 with the coordinators."),
        ["RegisterExternalCounselor"] = new(
            "`welfare-officer`.",
            "Enters an external counsellor in the registry: name, field (mental health flagged within medical), paid or free with a fee note, contact and availability.",
            "201 with the entry and its `Location`; 400 for invalid fields."),
        ["UpdateExternalCounselor"] = new(
            "`welfare-officer`.",
            "Replaces a registry entry; `active=false` ends the commission while the entry stays for past referrals.",
            "200 with the entry; 400 for invalid fields; 404 for an unknown counsellor."),
        ["GetExternalCounselor"] = new(
            "Current supporters, coordinators, `welfare-officer`; anyone else 403.",
            "Reads one registry entry, active or not, with its ETag, so that the welfare officer can change it.",
            "200 with the counsellor and an ETag (304 for If-None-Match of the current one); 404 for an unknown counsellor."),
        ["GetExternalCounselors"] = new(
            "Current supporters, coordinators, `welfare-officer`; anyone else 403.",
            "Lists the active external counsellors, optionally of one field or mental health only or whose registry name contains `search`, so that a supporter can refer.",
            "200 with the counsellors."),

        // PeerSupport: consultations (content only for the recording supporter and the subject)
        ["RecordConsultation"] = new(
            "A current supporter whose token holds neither `department-head` nor `personnel-officer`; anyone else 403.",
            "Records a consultation: the day, the channel (a request or the supporter's outreach), the subject (an employee, or a family member of one), the category, the content and the outcome. Routine work procedures are out of scope. Only the recording supporter and the subject employee ever read the content.",
            "201 with the consultation and its `Location`; 400 for invalid fields; 422 when the category is work procedures, the day is in the future or the employee concerned is not in the directory."),
        ["GetRecordedConsultations"] = new(
            "Any employee; a supporter sees the consultations they recorded.",
            "Lists the consultations the caller recorded as supporter, without content; released supporters keep theirs.",
            "200 with consultation summaries (empty for someone who recorded none)."),
        ["GetMyConsultations"] = new(
            "Any employee, for themselves.",
            "Lists the consultations about the caller, without content; open one to read it. Consultations of a family member are the relative's confidence and not listed.",
            "200 with consultation summaries."),
        ["GetConsultation"] = new(
            "The supporter who recorded it and the subject employee; anyone else, heads and officers included, 404 (audited).",
            "Reads one consultation whole: content, outcome, consents, referrals, contacts with the superior and the urgent case. Every read is audited with the id only.",
            "200 with the consultation; 404 for a consultation that does not exist or that the caller may not read."),
        ["UpdateConsultation"] = new(
            "The supporter who recorded it; the subject gets 403; anyone else 404.",
            "Changes the category, content or outcome of a consultation.",
            "200 with the consultation; 400 for invalid fields; 403 for the subject; 404 for anyone else; 422 when the category is work procedures."),
        ["RecordConsultationConsent"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Records the subject's consent, with its scope and day, to a referral or to contacting their superior.",
            "201 with the consent and a `Location` reading the consultation; 400 for invalid fields; 403 or 404 as above; 422 for a day in the future."),
        ["WithdrawConsultationConsent"] = new(
            "The supporter who recorded the consultation or the subject employee; anyone else 404.",
            "Withdraws a consent; referrals and contacts need a consent that is still in force.",
            "200 with the withdrawn consent; 404 for a consultation the caller may not see; 422 for a consent that is not this consultation's."),
        ["ReferConsultation"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Refers the subject to an active external counsellor or to a division, only with the subject's referral consent in force; a paid counsellor only once the cost was explained.",
            "201 with the referral and a `Location` reading the consultation; 400 for invalid fields; 403 or 404 as above; 422 without consent, without the cost explained, or for an unknown counsellor."),
        ["RecordSuperiorContact"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Records that the supporter contacted the subject's superior, only with the subject's consent in force, or that the subject was urged to speak to them.",
            "201 with the contact and a `Location` reading the consultation; 400 for invalid fields; 403 or 404 as above; 422 for a contact without consent."),
        ["RequestGuidance"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Asks a current coordinator for guidance, sharing only the details written in the request; the coordinator never reads the consultation itself.",
            "201 with the guidance request and a `Location` listing the caller's requests; 400 for invalid fields; 403 or 404 as above; 422 when the employee named is not a current coordinator."),
        ["GetGuidanceRequests"] = new(
            "Any employee; a coordinator sees the requests addressed to them, a supporter those they sent.",
            "Lists the requests for guidance addressed to the caller as coordinator and those the caller sent as supporter, with the advice given.",
            "200 with the guidance requests (empty for someone with none)."),
        ["AdviseSupporter"] = new(
            "The coordinator the request is addressed to; anyone else 404.",
            "Answers a request for guidance with advice.",
            "200 with the answered request; 400 for invalid fields; 404 for a request not addressed to the caller."),
        ["RaiseUrgentCase"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Marks the consultation as a possible crime or a danger to life or body: coordinators and welfare officers are alerted (an event without subject or content) and an action is due within the configured hours.",
            "200 with the urgent case and its deadline; 400 for invalid fields; 403 or 404 as above; 409 when the consultation is already urgent."),
        ["RecordUrgentAction"] = new(
            "The supporter who recorded the consultation; the subject gets 403; anyone else 404.",
            "Records the action taken on the urgent case.",
            "200 with the urgent case; 400 for invalid fields; 403 or 404 as above; 422 when the consultation is not urgent."),
        ["GetUrgentCases"] = new(
            "Coordinators, `welfare-officer`; anyone else 403.",
            "Lists the urgent cases without subject or content: consultation id, department, supporter, kind, deadline and whether an action was recorded in time; `overdueOnly=true` for those without an action by the deadline.",
            "200 with the urgent cases."),

        // PeerSupport: quarterly reports (counts only)
        ["SubmitQuarterlyReport"] = new(
            "The department's head; anyone else 404.",
            "Submits the report on an ended fiscal quarter (quarters from April): counts of the consultations opened in the quarter by the department's supporters, by category, channel, outcome and urgency. Never names or content.",
            "201 with the report and a `Location` listing the quarter's reports; 400 for an invalid quarter; 404 for a department the caller does not head; 409 when the quarter's report was already submitted; 422 when the quarter has not ended."),
        ["GetQuarterlyReports"] = new(
            "`welfare-officer`.",
            "Lists the reports submitted on a fiscal quarter, by department. CSV (`Accept: text/csv`, or `format=csv` for a plain link) answers every report of the quarter, one row per department (UTF-8 with BOM, headers in the caller's language); a CSV counts against the bulk request budget.",
            "200 with a page of reports or the CSV file; 400 for an invalid quarter."),
        ["GetOverdueQuarterlyReports"] = new(
            "`welfare-officer`.",
            "Lists the departments with consultations in a quarter whose report is missing past its due day (the 10th of the next quarter's first month); a quarter without consultations needs no report.",
            "200 with the overdue reports."),
        // ReturnToWork: leave cases
        ["RecordLeaveCase"] = new(
            "`personnel-system`, `welfare-officer`.",
            "Records an employee's long sick leave or leave of absence with its period and the personnel system's reference. A reference already known updates that leave instead of adding one. A leave qualifies for a pre-return while it has not ended and is a leave of absence, or sick leave of at least 30 consecutive days.",
            "201 with the leave case and a `Location` listing the employee's leave cases, or 200 with the updated leave for a known reference; 400 for invalid fields; 409 when the reference belongs to another employee's leave; 422 when the employee is not in the directory or the period is reversed."),
        ["ImportLeaveCases"] = new(
            "`personnel-system`.",
            "Records a batch of leave cases (up to the configured rows, 10,000 by default), each keyed by its reference as in a single record. Bad rows are reported by position and reason, good rows are stored. Counts against the bulk request budget.",
            "200 with the report: created, updated and rejected rows with their reasons; 400 for an invalid body; 413 over the configured rows or bytes."),
        ["UpdateLeaveCase"] = new(
            "`personnel-system`, `welfare-officer`.",
            "Corrects a leave case, e.g. records its end.",
            "200 with the leave case; 400 for invalid fields; 404 for an unknown leave case; 422 when the period is reversed."),
        ["GetLeaveCases"] = new(
            "The employee themselves, the head of their department, `physician`, `welfare-officer`, `personnel-system`; anyone else 404.",
            "Lists an employee's leave cases and whether each qualifies for a pre-return today.",
            "200 with the leave cases; 404 for an employee who is unknown or not visible to the caller."),
        ["GetStandardPreReturnSchedule"] = new(
            "Any employee.",
            "Computes the standard schedule for a plan of the given weeks (default 4): week 1 mornings (8:30–12:00), the afternoon one hour longer each week, full days (8:30–17:15) in the last week of a plan of four weeks or more. A plan may only be lighter.",
            "200 with the weekly schedule; 422 for more weeks than the longest plan allowed."),

        // ReturnToWork: the case until the decision
        ["OpenPreReturn"] = new(
            "The head of the employee's department (`department-head` heading it today), `physician`; other employees 403; a head of another department 404.",
            "Opens a pre-return for an employee on a qualifying leave; an employee has at most one active pre-return.",
            "201 with the case and its `Location`; 400 for an invalid staff number; 404 for an employee who is unknown or not the caller's; 409 when the employee already has an active pre-return; 422 when the employee is not on a qualifying leave."),
        ["GetPreReturns"] = new(
            "Any employee; each sees the cases they have a part in.",
            "Lists the cases the caller has a part in (as participant, head, support officer, physician, welfare officer or director), optionally of one status; `interviewOverdue=true` lists those past the middle of the plan without the physician's interview (for heads and physicians).",
            "200 with case summaries as far as the caller may see them."),
        ["GetPreReturn"] = new(
            "Anyone with a part in the case: the participant, the head of their department, the support officer, `physician`, `welfare-officer`, `program-director`; anyone else 404 (audited).",
            "Reads a case with the parts the caller's duty needs; `parts` lists them (for example, the support officer never sees the certificate or the application, the participant never the physician's review).",
            "200 with the case; 404 for a case that does not exist or in which the caller has no part."),
        ["RecordPreReturnBriefing"] = new(
            "The head of the participant's department, `physician`; others with a part 403; anyone else 404.",
            "Records which of the seven briefing points were explained and when. The application is refused until every point is recorded.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 after the application or for a day in the future."),
        ["UploadMedicalCertificate"] = new(
            "The participant; others with a part 403; anyone else 404.",
            "Uploads the attending physician's certificate as the raw request body: `application/pdf`, `image/jpeg` or `image/png`, checked by the file's own signature, up to the configured size. A new upload replaces the file until the plan is drafted. Every download is audited.",
            "200 with the certificate's description (type, size, SHA-256, upload time); 403 or 404 as above; 413 over the size limit; 422 when the content is not of an accepted type or a plan has been drafted."),
        ["GetMedicalCertificate"] = new(
            "The participant, the head of their department, `physician`, `welfare-officer`, `program-director`; never the support officer; anyone else 404 (audited).",
            "Downloads the uploaded certificate as it was sent.",
            "200 with the file in its own content type; 404 when there is no certificate or the caller may not see it."),
        ["SubmitPreReturnApplication"] = new(
            "The participant; others with a part 403; anyone else 404.",
            "Applies for the pre-return (Form 1): the attending physician, the wished start day, the participant's consent to the conditions and the family's consent (or that there is no family). Needs the full briefing and the certificate.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the briefing is incomplete, the certificate is missing, consent is missing or the application was already made."),
        ["AcceptFamilySubstitute"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "Where the participant has no family, accepts the person who consented in its place; a plan needs it.",
            "200 with the case; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the consent was given by the family, not a substitute."),
        ["DraftPreReturnPlan"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "Drafts or redrafts the plan (Form 3) until the decision: start day, weeks (standard 4, at most 12), the weekly schedule (the standard one, or lighter), auxiliary tasks only, and another place of attendance only with its reason and explanation.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the plan breaks a rule (too long, heavier than the standard, starts in the past, no task, another place without reason) or the case is not at the planning stage or lacks the family's consent."),
        ["RecordPreReturnReview"] = new(
            "`physician`.",
            "Records the physician's interview of the applicant and the opinion on whether the pre-return is feasible and the plan appropriate.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 409 when someone changed the case meanwhile; 422 when there is no plan to review."),
        ["DecidePreReturn"] = new(
            "`program-director`.",
            "Approves the pre-return (the decision notice, Form 4) or rejects it, with remarks, after the physician's review.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 409 when someone changed the case meanwhile; 422 before the review."),
        ["DesignateSupportOfficer"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "After approval, designates the support officer: an employee of the directory other than the participant whose grade is at least the configured minimum. The programme then runs.",
            "200 with the case; 400 for an invalid staff number; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the case is not approved, the officer is unknown, the participant, or below the minimum grade."),

        // ReturnToWork: the programme
        ["RecordPreReturnDailyLog"] = new(
            "The participant; others with a part 403; anyone else 404.",
            "Records the daily log (Form 5) of a day of the plan that has come: hours, tasks, condition and remarks; once per day, and no more after asking to stop.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when the day already has a log; 422 when the day is outside the programme or in the future, or the participant asked to stop."),
        ["ReviewPreReturnDailyLog"] = new(
            "The case's support officer; others with a part 403; anyone else 404.",
            "Checks a day's log and reports on it to the department head.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above, and 404 for a day without a log; 409 when someone changed the case meanwhile."),
        ["RecordPreReturnInterview"] = new(
            "`physician`.",
            "Records an interview during the programme, with notes; at least one is due, and from the plan's middle day without one the case carries the warning `interview-overdue`.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 409 when someone changed the case meanwhile; 422 when the day is outside the programme or in the future."),
        ["GivePreReturnContactConsent"] = new(
            "The participant; others with a part 403; anyone else 404.",
            "Consents, or withdraws consent, to the support officer contacting the attending physician and the family.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the case is closed."),
        ["RecordPreReturnContact"] = new(
            "The case's support officer; others with a part 403; anyone else 404.",
            "Records a contact with the attending physician or the family, only with the participant's consent to contacting that party.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 without consent, for a day in the future or a closed case."),

        // ReturnToWork: change, stop, result, forms
        ["RequestPreReturnChange"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "Requests a change of the plan (with the new plan, from the same start day) or a cancellation, with a reason of art. 14(4) and an explanation (Form 6); one pending request at a time.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when another request is pending or someone changed the case meanwhile; 422 when the new plan breaks a rule or is missing, or the reason does not fit."),
        ["AskToStopPreReturn"] = new(
            "The participant; others with a part 403; anyone else 404.",
            "The participant stops, at once and without argument: a running programme gets a cancellation request the director cannot refuse and takes no more logs; a case that has not started is withdrawn.",
            "200 with the case (asking again changes nothing; a pending change request gives way to the cancellation); 403 or 404 as above; 409 when someone changed the case meanwhile; 422 when the case is closed."),
        ["GivePreReturnChangeOpinion"] = new(
            "`physician`.",
            "Gives the physician's opinion on the pending change or cancellation request: agrees or not, with the reasons.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 409 when the request was already decided or someone changed the case meanwhile; 422 for a request that is not this case's."),
        ["DecidePreReturnChange"] = new(
            "`program-director`.",
            "Decides a change or cancellation request after the physician's opinion: an approved change replaces the plan, an approved cancellation ends the programme. A cancellation the participant asked for cannot be refused.",
            "200 with the case; 400 for invalid fields; 404 for an unknown case; 409 when the request was already decided or someone changed the case meanwhile; 422 without the physician's opinion, for a request that is not this case's, or when refusing the participant's stop."),
        ["RecordPreReturnParticipantInformed"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "Records that the participant was told of the decision on a change or cancellation request.",
            "200 with the case; 403 or 404 as above; 409 when someone changed the case meanwhile; 422 before the decision or for a request that is not this case's."),
        ["ReportPreReturnResult"] = new(
            "The head of the participant's department; others with a part 403; anyone else 404.",
            "Reports the result (Form 7) after the plan's last day or after a cancellation: the return day (a completed programme only), a summary, the recommended months of restricted work, and the day the attending physician was informed. Publishes that the pre-return was completed or cancelled; no report content leaves the module.",
            "200 with the case; 400 for invalid fields; 403 or 404 as above; 409 when the result was already reported or a request is pending; 422 when the programme is not running or not ended, the return day is missing, or the physician was informed in the future."),
        ["GetPreReturnForm"] = new(
            "Those who see the part of the case the form prints (as for reading the case); anyone else 404 (audited).",
            "Prints a numbered form: application (1), certificate (2), plan (3), decision-notice (4), daily-log (5), change-request (6; the latest, or the one named by `requestId`) or result-report (7), as a printable HTML page (`format=html`, the default) or as CSV (`Accept: text/csv` or `format=csv`, UTF-8 with BOM): the form's labels, the values' labels instead of codes (体調: 良好), days in the Japanese calendar and times in Japan time, in Japanese, or in English with `Accept-Language: en`.",
            "200 with `text/html` or `text/csv`; 400 for an unknown format; 404 for an unknown form, a part not written yet, or a case the caller may not see."),

        // StressCheck: campaigns
        ["GetStressCheckQuestionnaire"] = new(
            "Any employee.",
            "Reads the Brief Job Stress Questionnaire (57 items): the items in order with their answer labels in Japanese and English, for rendering the form.",
            "200 with the questionnaire."),
        ["CreateStressCheckCampaign"] = new(
            "`welfare-officer`.",
            "Prepares a campaign as a draft: the answering period, the scoring method and thresholds with the health committee's decision reference, the minimum group size for analyses, the consent scope, whether an interview request counts as consent, and the target departments and employment types.",
            "201 with the campaign and its `Location`; 400 for invalid fields; 422 when the period is reversed."),
        ["GetStressCheckCampaigns"] = new(
            "Any employee; each sees the campaigns that concern them.",
            "Lists the campaigns the caller may see, newest first: all of them for welfare officers; otherwise those they implement or are targeted by.",
            "200 with the campaigns."),
        ["GetStressCheckCampaign"] = new(
            "`welfare-officer`, `department-head`, the campaign's implementers and staff, and its targets; anyone else 404.",
            "Reads one campaign: status, period, criteria, consent scope, implementers, staff and targets.",
            "200 with the campaign; 404 for a campaign that does not exist or that the caller may not see."),
        ["ChangeStressCheckCriteria"] = new(
            "`welfare-officer`.",
            "Changes the scoring method and thresholds, the minimum group size and the consent scope, with the health committee's decision reference; only while the campaign is a draft.",
            "200 with the campaign; 400 for invalid fields; 404 for an unknown campaign; 422 once the campaign has opened."),
        ["NameStressCheckImplementers"] = new(
            "`welfare-officer`.",
            "Names the physicians (staff numbers) who implement the campaign; implementers see every result and hold the interviews.",
            "200 with the campaign; 400 for invalid staff numbers; 404 for an unknown campaign; 422 when the campaign is closed."),
        ["OpenStressCheckCampaign"] = new(
            "`welfare-officer`.",
            "Fixes the targets from the directory as of the opening day, with department and sex (employees on leave are left out), and opens the campaign for answers.",
            "200 with the open campaign; 404 for an unknown campaign; 422 when it is not a draft or has no implementer."),
        ["DesignateStressCheckStaff"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Designates the implementation staff, who see participation and results. A designated employee whose token holds `personnel-officer` or `department-head` is refused every staff function (nobody with personnel authority may do this work).",
            "200 with the campaign; 400 for invalid staff numbers; 404 for an unknown campaign."),
        ["AddStressCheckTarget"] = new(
            "`welfare-officer`.",
            "Adds an employee of the directory to the campaign individually, with the reason.",
            "200 with the campaign; 400 for invalid fields; 404 for an unknown campaign; 422 when the employee is not in the directory or the campaign is closed."),
        ["ExcludeStressCheckTarget"] = new(
            "`welfare-officer`.",
            "Leaves a target out of the campaign with the reason (for example under treatment).",
            "200 with the campaign; 400 for invalid fields; 404 for an unknown campaign; 422 when the employee is not a target or the campaign is closed."),
        ["CloseStressCheckCampaign"] = new(
            "`welfare-officer`.",
            "Closes the campaign: no more answers. Results, consents, interviews and analyses go on.",
            "200 with the closed campaign; 404 for an unknown campaign; 422 when it is already closed."),
        ["GetStressCheckParticipation"] = new(
            "The campaign's implementers and staff, `welfare-officer`; anyone else 403.",
            "Counts the campaign's targets and those who have taken the check; never results.",
            "200 with the two counts; 404 for an unknown campaign."),
        ["GetStressCheckParticipants"] = new(
            "The campaign's implementers and staff, `welfare-officer`; anyone else 403.",
            "Lists the targets who have (taken=true) or have not (taken=false) taken the check, optionally of one department, paged; never results.",
            "200 with a page of targets and a Link header; 400 for invalid filters or paging; 404 for an unknown campaign."),
        ["RequestStressCheckReminders"] = new(
            "The campaign's staff, `welfare-officer`; anyone else 403 (404 for a campaign the caller may not see).",
            "Asks the notification system to remind the targets who have not taken the check: those listed, or all of them when no list is given. Publishes one event per employee reminded.",
            "200 with how many were reminded; 400 for invalid staff numbers; 404 for an unknown campaign; 422 when the campaign is not accepting answers."),

        // StressCheck: results and group analyses
        ["GetStressCheckResults"] = new(
            "The campaign's implementers and staff (every result); `welfare-officer` (consented results, within the consent scope); `department-head` (consented results of their own department's staff, within the scope); anyone else 403.",
            "Lists the results the caller may see, optionally by department or high stress only. Under the scope \"high stress only\" the employer sees nothing but whether an interview is needed. Every result shown is audited; answers are `Cache-Control: no-store`. CSV (`Accept: text/csv`, or `format=csv` for a plain link) answers every result instead of a page (UTF-8 with BOM, headers and values in the caller's language); a CSV counts against the bulk request budget.",
            "200 with a page of results, fields beyond the caller's disclosure null, or the CSV file; 400 for invalid filters or paging; 404 for an unknown campaign."),
        ["GetStressCheckResult"] = new(
            "As for the list of results; a result the caller may not see is 404 (audited).",
            "Reads one employee's result as far as the caller may see it. `Cache-Control: no-store`.",
            "200 with the result; 403 for a caller who may see no results of the campaign; 404 for a result that does not exist or that the caller may not see."),
        ["GetStressCheckGroupAnalyses"] = new(
            "An implementer of the campaign; as CSV also `welfare-officer` (released analyses); anyone else 403.",
            "Computes every department's group analysis live (scale means and the job stress chart). CSV (`Accept: text/csv`, or `format=csv` for a plain link) answers every analysis (UTF-8 with BOM, headers in the caller's language, `Cache-Control: no-store`). Counts against the bulk request budget.",
            "200 with the analyses or the CSV file; 404 for an unknown campaign."),
        ["GetStressCheckGroupAnalysis"] = new(
            "An implementer (live figures); `welfare-officer` and that department's head (the figures as released); anyone else 404.",
            "Reads one department's group analysis. The employer sees the figures as released, not later changes.",
            "200 with the analysis; 404 for an unknown campaign or department, an analysis not released yet, or one the caller may not see."),
        ["ReleaseStressCheckGroupAnalysis"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Releases a department's analysis to the employer, only when the department has at least the campaign's minimum of respondents or every respondent consented.",
            "200 with the released analysis; 404 for an unknown campaign or department; 409 when the group is too small."),
        ["PurgeExpiredStressCheckRecords"] = new(
            "`welfare-officer` (the scheduled job does it daily as the system).",
            "Deletes results, consents, interviews and released analyses past their five-year retention, nothing younger. `dryRun` defaults to true and only counts; pass `dryRun=false` to delete. Audited.",
            "200 with what was (or would be) deleted, by kind."),

        // StressCheck: interviews
        ["GetStressCheckInterviews"] = new(
            "The campaign's implementers and staff, `welfare-officer`; anyone else 403.",
            "Lists who asked for or was recommended an interview, with its status. `Cache-Control: no-store`.",
            "200 with the interviews as far as the caller may see them; 404 for an unknown campaign."),
        ["GetStressCheckInterview"] = new(
            "An implementer (the record); `welfare-officer` and the head of the employee's department (the opinion and the decision); anyone else 404 (audited).",
            "Reads one employee's interview as far as the caller may see it. `Cache-Control: no-store`.",
            "200 with the interview; 404 for an interview that does not exist or that the caller may not see."),
        ["GetStressCheckInterviewForm"] = new(
            "`request`: the campaign's implementers. `opinion`: implementers, `welfare-officer`, the employee's department head once the opinion exists. Anyone else 404 (audited).",
            "Prints an employee's interview form on A4 as far as the caller may see it: `request` (面接指導申出書, 別記様式第3号) or `opinion` (面接指導結果報告書及び就業上の措置に係る意見書, 別表第2: 就業区分, measures and their period, workplace measures, the physician, the employer's decision, seal boxes). A department head never gets the request: who asked is not theirs to know (別表第1).",
            "200 with `text/html` or `text/csv`; 400 for an unknown form or format; 404 for an unknown interview, a form the caller may not see, or one not written yet."),
        ["RecommendStressCheckInterview"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Recommends an interview to a high-stress employee who has not asked for one.",
            "200 with the interview; 404 for an unknown campaign or target; 409 when the employee already has an interview; 422 when the employee is not high stress."),
        ["DecideStressCheckInterviewEligibility"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Confirms whether the employee who asked for an interview is eligible, with a note.",
            "200 with the interview; 400 for invalid fields; 404 for an unknown campaign or interview; 422 when no interview was requested."),
        ["RecordStressCheckInterview"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Records the interview held: the day, the work situation, the psychological burden and other health findings.",
            "200 with the interview; 400 for invalid fields; 404 for an unknown campaign or interview; 422 when the interview was not confirmed."),
        ["IssueStressCheckPhysicianOpinion"] = new(
            "An implementer of the campaign; anyone else 403.",
            "Issues the physician's opinion after the interview: work category (0 normal, 1 restricted, 2 leave), measures (overtime cap or ban, shorter hours, no night work, others) with their period, and workplace measures. Publishes an event with the work category and measures, never findings.",
            "200 with the interview; 400 for invalid fields; 404 for an unknown campaign or interview; 422 when no interview is recorded, the period is reversed, or overtime is both capped and banned."),
        ["DecideStressCheckMeasures"] = new(
            "`welfare-officer`.",
            "Records the employer's decision on measures after the physician's opinion, with the employee's own opinion heard.",
            "200 with the interview; 400 for invalid fields; 404 for an unknown campaign or interview; 422 before the physician's opinion."),

        // StressCheck: the employee's own
        ["SubmitStressCheckAnswers"] = new(
            "A target of the campaign, for themselves; anyone else 404.",
            "Submits the caller's 57 answers (1–4, in item order) while the campaign accepts answers. May be repeated: the last submission counts, earlier ones are kept as history. `Cache-Control: no-store`.",
            "201 with the receipt and a `Location` reading the caller's result; 400 for answers of the wrong count or range; 404 for a campaign the caller is not a target of; 422 when the campaign is not accepting answers."),
        ["GetMyStressCheckResult"] = new(
            "The employee who answered; anyone else's result is not reachable here.",
            "Reads the caller's own result: the scale scores, the domains and whether they are high stress with the offer of an interview. The first read is the notification, and its time is recorded; consent and interview requests are possible only after it. `Cache-Control: no-store`.",
            "200 with the result; 404 when the caller has no result in the campaign."),
        ["GetMyStressCheckResultChart"] = new(
            "The employee who answered.",
            "Draws the caller's own result as a radar chart of the 19 scales, labelled in Japanese. `Cache-Control: no-store`.",
            "200 with `image/svg+xml`; 404 when the caller has no result in the campaign."),
        ["GetMyStressCheckResultNotice"] = new(
            "The employee who answered.",
            "Prints the caller's own result as the notice of art. 11 on A4: department, staff number and name, when they answered, the scoring method, the domain sums, the high-stress verdict and the interview offer (別記様式第3号), the radar chart and the 19 scales. Like the result, the first read is the notification (audited as `result.notice.read`). `format=csv` or `Accept: text/csv` answers the scales as CSV.",
            "200 with `text/html` (a print-ready A4 page) or `text/csv`; 400 for an unknown format; 404 when the caller has no result in the campaign."),
        ["GetMyStressCheckInterviewForm"] = new(
            "The employee whose interview it is.",
            "Prints the caller's own interview form on A4: `request` (面接指導申出書, 別記様式第3号) to hand in with the result and the consent (art. 12), or `opinion` (the physician's opinion, 別表第2) once issued.",
            "200 with `text/html` or `text/csv`; 400 for an unknown form or format; 404 when the caller has no interview or the form's part does not exist yet (audited)."),
        ["GiveStressCheckConsent"] = new(
            "The employee who answered.",
            "Consents to the employer receiving the caller's result within the campaign's consent scope. Never given by default; only after the result was read (the notification).",
            "200 with the consent; 404 when the caller has no result in the campaign; 409 before the result was read."),
        ["WithdrawStressCheckConsent"] = new(
            "The employee who answered.",
            "Withdraws the consent; the employer sees the result no more.",
            "200 with the withdrawn consent; 404 when the caller has no result or consent in the campaign."),
        ["RequestStressCheckInterview"] = new(
            "The employee who answered.",
            "Asks for an interview with the implementer (Form 3) after reading the result. Counts as consent where the campaign was created so.",
            "200 with the interview request; 404 when the caller has no result in the campaign; 409 before the result was read."),
        ["GetMyStressCheckInterview"] = new(
            "The employee concerned.",
            "Reads the caller's own interview: the request, the record, the physician's opinion and the employer's decision. `Cache-Control: no-store`.",
            "200 with the interview; 404 when the caller has no interview in the campaign."),
    }.ToFrozenDictionary();

    /// <summary>One operation's description: who may call it, what it does and what it answers.</summary>
    internal sealed record Text(string Who, string Does, string Answers)
    {
        public string ToMarkdown() => $"**Who may call it:** {Who}\n\n{Does}\n\n**Answers:** {Answers}";
    }
}
