using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain;

/// <summary>Every code the overtime module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class OvertimeProblems : ProblemCatalogue
{
    private OvertimeProblems()
    {
    }

    public static readonly ConflictCode AnalysisClosed = DefineConflict(
        "overtime.analysis-closed", "対策の記録後は分析を変更できません。", "The analysis cannot change after the countermeasures were recorded.");

    public static readonly RuleCode AnalysisNotDone = DefineRule(
        "overtime.analysis-not-done", "所属長による分析(④⑤)が記録されてから対策を記録してください。", "Record countermeasures after the department head's analysis (items ④ and ⑤).");

    public static readonly ProblemCode ColumnCount = DefineRejection(
        "overtime.column-count", "列の数が見出しと違います。", "The line has a different number of fields than the header.");

    public static readonly RuleCode CorrectionInTheFuture = DefineRule(
        "overtime.correction-in-the-future", "まだ来ていない日の勤務時間は修正できません。", "A day that has not come yet cannot be corrected.");

    public static readonly RuleCode DesignationEndBeforeStart = DefineRule(
        "overtime.designation-end-before-start", "指定の開始日より前に終了させることはできません。", "A designation cannot end before it began.");

    public static readonly ConflictCode DesignationOverlaps = DefineConflict(
        "overtime.designation-overlaps", "指定期間が既存の指定と重なっています。", "The period overlaps an existing designation of this department.");

    public static readonly RuleCode DesignationPeriodReversed = DefineRule(
        "overtime.designation-period-reversed", "指定期間の終了日が開始日より前です。", "The designation ends before it begins.");

    public static readonly RuleCode EmployeeNotInDirectory = DefineRule(
        "overtime.employee-not-in-directory", "職員名簿にない職員です。", "The employee is not in the directory.");

    public static readonly RuleCode EvaluationTooEarly = DefineRule(
        "overtime.evaluation-too-early", "評価は基準日以降に行います。", "A month is evaluated on or after its reference day.");

    public static readonly ConflictCode ExemptionExists = DefineConflict(
        "overtime.exemption-exists", "この日の適用除外は承認済みです。", "An exemption for this day is already approved.");

    public static readonly ConflictCode ExternalIdReused = DefineConflict(
        "overtime.external-id-reused", "同じ外部IDで内容の異なる記録が既にあります。", "A different record with this source and external id already exists.");

    public static readonly ProblemCode FieldTooLong = DefineRejection(
        "overtime.field-too-long", "職員番号は32文字、外部IDは64文字までです。", "employeeId holds at most 32 and externalId 64 characters.");

    public static readonly RuleCode InterviewClosed = DefineRule(
        "overtime.interview-closed", "この面接指導の件は既に終了しています。", "This interview case is already closed.");

    public static readonly RuleCode InterviewInFuture = DefineRule(
        "overtime.interview-in-future", "面接指導の実施日が未来の日付です。", "The interview cannot be recorded before the day it is held.");

    public static readonly RuleCode InterviewNotRequested = DefineRule(
        "overtime.interview-not-requested", "申出により行う面接指導は、職員の申出の後に日程を決めます。", "An on-request interview is scheduled only after the employee asks for it.");

    public static readonly RuleCode InterviewNotScheduled = DefineRule(
        "overtime.interview-not-scheduled", "面接指導の日程が決まっていません。", "The interview has not been scheduled.");

    public static readonly ProblemCode InvalidCharacter = DefineRejection(
        "overtime.invalid-character", "職員番号と外部IDに NUL 文字は使用できません。", "employeeId and externalId may not contain NUL characters.");

    public static readonly ProblemCode InvalidDate = DefineRejection(
        "overtime.invalid-date", "勤務日は yyyy-MM-dd 形式です。", "workDate is yyyy-MM-dd.");

    public static readonly ProblemCode InvalidJson = DefineRejection(
        "overtime.invalid-json", "JSON として読めません。", "The line is not valid JSON.");

    public static readonly ProblemCode InvalidSource = DefineRejection(
        "overtime.invalid-source", "種別は TimeCard, IcCard, PcLog のいずれかです。", "source is one of TimeCard, IcCard, PcLog.");

    public static readonly ProblemCode InvalidTimestamp = DefineRejection(
        "overtime.invalid-timestamp", "開始・終了は時差付きの ISO 8601 日時です(例: 2026-04-01T08:25:00+09:00)。", "startedAt and endedAt are ISO 8601 with an offset (e.g. 2026-04-01T08:25:00+09:00).");

    public static readonly RuleCode MeasuresContradict = DefineRule(
        "overtime.measures-contradict", "「措置不要」と措置は同時に指定できません。", "'No measures needed' cannot come with measures.");

    public static readonly RuleCode MeasuresPeriodMissing = DefineRule(
        "overtime.measures-period-missing", "時間外勤務の制限には期間の開始日が必要です。", "An overtime cap or ban needs the date it starts.");

    public static readonly RuleCode MeasuresPeriodReversed = DefineRule(
        "overtime.measures-period-reversed", "措置の期間の終了日が開始日より前です。", "The measures end before they begin.");

    public static readonly ProblemCode MissingField = DefineRejection(
        "overtime.missing-field", "必須の項目がありません。", "A required field is missing.");

    public static readonly ConflictCode MonthAlreadyClosed = DefineConflict(
        "overtime.month-already-closed", "この月は締め済みです。", "The month is already closed.");

    public static readonly RuleCode MonthNotOver = DefineRule(
        "overtime.month-not-over", "終わっていない月は締められません。", "A month can be closed only after it ended.");

    public static readonly RuleCode NationalHoliday = DefineRule(
        "overtime.national-holiday", "国民の祝日・休日は法律で定まる休日です。名前の変更や勤務日への変更はできません。",
        "A national holiday is a day off by law; it cannot be renamed or made a working day.");

    public static readonly ProblemCode NotAnObject = DefineRejection(
        "overtime.not-an-object", "各行は JSON オブジェクトです。", "Each line is one JSON object.");

    public static readonly ConflictCode OrderAlreadyCancelled = DefineConflict(
        "overtime.order-already-cancelled", "この命令は取り消し済みです。", "The order is already cancelled.");

    public static readonly RuleCode OrderBeyondLimit = DefineRule(
        "overtime.order-beyond-limit", "この命令で上限を超えます。特例業務の場合のみ命令できます。", "The order goes beyond a limit; only special business may be ordered beyond a limit.");

    public static readonly ConflictCode OrderOverlaps = DefineConflict(
        "overtime.order-overlaps", "同じ日の命令と時間が重なっています。", "The order overlaps another order of the same day.");

    public static readonly RuleCode OrderPastProhibition = DefineRule(
        "overtime.order-past-prohibition", "禁止時刻以降の勤務は原則禁止です(特例業務を除く)。", "Work after the prohibited hour is not allowed except for special business.");

    public static readonly RuleCode OrderReversed = DefineRule(
        "overtime.order-reversed", "命令の終了時刻が開始時刻以前です。", "The order ends before it starts.");

    public static readonly RuleCode OrderTooLate = DefineRule(
        "overtime.order-too-late", "命令は事前に行うもので、記録できる日数を過ぎています。", "Orders are given in advance; this one is recorded later than the rules allow.");

    public static readonly RuleCode OvertimeCapAndForbidden = DefineRule(
        "overtime.overtime-cap-and-forbidden", "時間外勤務の禁止と上限時間は同時に指定できません。", "Overtime cannot be both forbidden and capped.");

    public static readonly RuleCode RecordDateMismatch = DefineRule(
        "overtime.record-date-mismatch", "開始時刻が勤務日(日本時間)の日付と一致しません。", "The record must start on its work date (Japan time).");

    public static readonly ConflictCode RecordOverlaps = DefineConflict(
        "overtime.record-overlaps", "同じ種類の記録と時間が重なっています。", "The record overlaps another record of the same source.");

    public static readonly RuleCode RecordReversed = DefineRule(
        "overtime.record-reversed", "終了時刻が開始時刻以前です。", "The record ends before it starts.");

    public static readonly RuleCode RecordTooLong = DefineRule(
        "overtime.record-too-long", "1件の記録は24時間以内です。", "One record spans at most 24 hours.");

    public static readonly RuleCode RuleSetInThePast = DefineRule(
        "overtime.rule-set-in-the-past", "過去の日付からルールを変更することはできません（確定した評価が変わるため）。", "Rules cannot take effect in the past: evaluations already made would change.");

    public static readonly ConflictCode RuleSetNotAfterLatest = DefineConflict(
        "overtime.rule-set-not-after-latest", "新しいルールの適用開始日は現行のルールより後にしてください。", "A new rule set must take effect after the latest one.");

    public static readonly RuleCode ScheduleOutOfOrder = DefineRule(
        "overtime.schedule-out-of-order", "勤務時間は 始業 < 休憩開始 ≤ 休憩終了 < 終業 の順で指定してください。", "A schedule runs start < break start ≤ break end < end.");

    public static readonly RuleCode UnknownDepartment = DefineRule(
        "overtime.unknown-department", "職員名簿にない所属コードです。", "The department is not in the directory.");

    public static readonly ProblemCode UnknownField = DefineRejection(
        "overtime.unknown-field", "不明な項目があります。", "The line has a field the import does not know.");
}
