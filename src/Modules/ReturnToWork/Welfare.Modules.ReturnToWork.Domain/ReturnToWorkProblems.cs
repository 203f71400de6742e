using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Domain;

/// <summary>Every code the return to work module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class ReturnToWorkProblems : ProblemCatalogue
{
    private ReturnToWorkProblems()
    {
    }

    public static readonly RuleCode AlreadyApplied = DefineRule(
        "return-to-work.already-applied", "既に申し出ています。", "The application has already been made.");

    public static readonly RuleCode BriefingClosed = DefineRule(
        "return-to-work.briefing-closed", "申出後は教示の記録を変更できません。", "The briefing cannot change after the application.");

    public static readonly RuleCode BriefingInFuture = DefineRule(
        "return-to-work.briefing-in-future", "説明日が未来の日付です。", "The briefing cannot be recorded for a future day.");

    public static readonly RuleCode BriefingIncomplete = DefineRule(
        "return-to-work.briefing-incomplete", "教示の全事項の説明が記録されるまで申し出ることはできません。", "The application is refused until every point of the briefing is recorded as explained.");

    public static readonly RuleCode CancellationReason = DefineRule(
        "return-to-work.cancellation-reason", "中止の理由を選択してください。", "A cancellation needs one of the reasons of art. 14(4).");

    public static readonly RuleCode CaseClosed = DefineRule(
        "return-to-work.case-closed", "終了した事案です。", "The case is closed.");

    public static readonly RuleCode CertificateClosed = DefineRule(
        "return-to-work.certificate-closed", "計画の策定後は診断書を差し替えられません。", "The certificate cannot be replaced once the plan is drafted.");

    public static readonly RuleCode CertificateMissing = DefineRule(
        "return-to-work.certificate-missing", "主治医の診断書を添付してください。", "Attach the attending physician's certificate first.");

    public static readonly RuleCode CertificateTooLarge = DefineRule(
        "return-to-work.certificate-too-large", "診断書のファイルが大きすぎます。", "The certificate file is too large.");

    public static readonly RuleCode CertificateTypeNotAccepted = DefineRule(
        "return-to-work.certificate-type-not-accepted", "診断書はPDF、JPEG又はPNGのファイルで提出してください(内容と種類が一致しません)。", "The certificate must be a PDF, JPEG or PNG file whose content matches its declared type.");

    public static readonly RuleCode ChangeNotDecided = DefineRule(
        "return-to-work.change-not-decided", "決定の前に連絡することはできません。", "Nothing has been decided yet.");

    public static readonly ConflictCode ChangeRequestDecided = DefineConflict(
        "return-to-work.change-request-decided", "この申請は決定済みです。", "This request has already been decided.");

    public static readonly ConflictCode ChangeRequestOpen = DefineConflict(
        "return-to-work.change-request-open", "審査中の変更・中止申請があります。", "A change or cancellation request is already pending.");

    public static readonly RuleCode ChangeRequestPending = DefineRule(
        "return-to-work.change-request-pending", "審査中の変更・中止申請があります。", "A change or cancellation request is still pending.");

    public static readonly RuleCode ChangeRequestUnknown = DefineRule(
        "return-to-work.change-request-unknown", "変更・中止申請が見つかりません。", "No such change or cancellation request.");

    public static readonly RuleCode ConsentMissing = DefineRule(
        "return-to-work.consent-missing", "実施の条件への本人の承諾が必要です。", "The employee's own consent to the conditions is required.");

    public static readonly RuleCode ContactConsentMissing = DefineRule(
        "return-to-work.contact-consent-missing", "実施対象職員の同意がなければ主治医・家族と連絡できません。", "The participant has not consented to contact with this party.");

    public static readonly RuleCode ContactInFuture = DefineRule(
        "return-to-work.contact-in-future", "連絡日が未来の日付です。", "The contact cannot be in the future.");

    public static readonly RuleCode EmployeeUnknown = DefineRule(
        "return-to-work.employee-unknown", "職員が職員名簿にありません。", "The employee is not in the directory.");

    public static readonly RuleCode FamilyConsentMissing = DefineRule(
        "return-to-work.family-consent-missing", "家族に代わる者を所属長が適任と認めるまで計画を策定できません。", "The department head must first accept the person consenting in place of the family.");

    public static readonly RuleCode InformedInFuture = DefineRule(
        "return-to-work.informed-in-future", "主治医への連絡日が未来の日付です。", "The attending physician cannot have been informed in the future.");

    public static readonly RuleCode InterviewInFuture = DefineRule(
        "return-to-work.interview-in-future", "面接日が未来の日付です。", "The interview cannot be in the future.");

    public static readonly RuleCode InterviewOutsideProgramme = DefineRule(
        "return-to-work.interview-outside-programme", "面接の日付が実施期間外です。", "The interview's date is outside the programme period (or in the future).");

    public static readonly RuleCode LeavePeriodReversed = DefineRule(
        "return-to-work.leave-period-reversed", "休暇・休職の終了日が開始日より前です。", "The leave ends before it starts.");

    public static readonly ConflictCode LeaveReferenceTaken = DefineConflict(
        "return-to-work.leave-reference-taken", "この参照番号は別の職員の休暇に使われています。", "The reference belongs to another employee's leave.");

    public static readonly ConflictCode LogExists = DefineConflict(
        "return-to-work.log-exists", "この日の日誌は記録済みです。", "A log for this day exists already.");

    public static readonly RuleCode LogOutsideProgramme = DefineRule(
        "return-to-work.log-outside-programme", "日誌の日付が実施期間外です。", "The log's date is outside the programme period (or in the future).");

    public static readonly RuleCode MinimumGradeUnknown = DefineRule(
        "return-to-work.minimum-grade-unknown", "設定された支援担当者の最低の職が職員名簿にありません。", "The configured minimum grade of a support officer is not known from the directory.");

    public static readonly RuleCode NewPlanMissing = DefineRule(
        "return-to-work.new-plan-missing", "変更の申請には新たな計画書が必要です。", "A change request carries the new plan.");

    public static readonly RuleCode NoPhysicianOpinion = DefineRule(
        "return-to-work.no-physician-opinion", "健康管理医の意見を踏まえて決定してください。", "The director decides after the physician's opinion.");

    public static readonly RuleCode NoPlanToReview = DefineRule(
        "return-to-work.no-plan-to-review", "審査する計画がありません。", "There is no plan to review.");

    public static readonly RuleCode NoSubstitute = DefineRule(
        "return-to-work.no-substitute", "家族に代わる者の同意ではありません。", "The consent is not given by a substitute for the family.");

    public static readonly RuleCode NotApproved = DefineRule(
        "return-to-work.not-approved", "実施の決定の後でなければ支援担当者を指名できません。", "A support officer is designated only after approval.");

    public static readonly RuleCode NotOnQualifyingLeave = DefineRule(
        "return-to-work.not-on-qualifying-leave", "休職中又は30日以上の療養休暇中の職員ではありません。", "The employee is not on a leave of absence or on sick leave of at least 30 days.");

    public static readonly RuleCode NotReviewed = DefineRule(
        "return-to-work.not-reviewed", "健康管理医の審査の後でなければ決定できません。", "The director decides only after the physician's review.");

    public static readonly RuleCode OfficerIsParticipant = DefineRule(
        "return-to-work.officer-is-participant", "本人を支援担当者に指名することはできません。", "The participant cannot be their own support officer.");

    public static readonly RuleCode PlaceChangeReasonMissing = DefineRule(
        "return-to-work.place-change-reason-missing", "所属以外で実施する場合は、その理由を記載してください。", "A place outside the participant's department needs its reason (art. 10).");

    public static readonly RuleCode PlaceUnknown = DefineRule(
        "return-to-work.place-unknown", "実施場所の所属が見つかりません。", "The department given as the place is not in the directory.");

    public static readonly RuleCode PlanClosed = DefineRule(
        "return-to-work.plan-closed", "この段階では計画を策定できません。", "A plan cannot be drafted at this stage.");

    public static readonly RuleCode PlanEndsInPast = DefineRule(
        "return-to-work.plan-ends-in-past", "変更後の計画の終了日が過ぎています。", "The new plan would already have ended.");

    public static readonly RuleCode PlanHeavierThanStandard = DefineRule(
        "return-to-work.plan-heavier-than-standard", "実施計画は基準より負荷を重くすることはできません。", "The schedule may only be lighter than the standard schedule (art. 11).");

    public static readonly RuleCode PlanStartFixed = DefineRule(
        "return-to-work.plan-start-fixed", "実施開始日は変更できません。", "A change keeps the programme's start day.");

    public static readonly RuleCode PlanStartsInPast = DefineRule(
        "return-to-work.plan-starts-in-past", "実施開始日が過去の日付です。", "The plan cannot start in the past.");

    public static readonly RuleCode PlanTooLong = DefineRule(
        "return-to-work.plan-too-long", "実施期間が設定された最長の週数を超えています。", "The plan is longer than the configured maximum number of weeks.");

    public static readonly RuleCode PlanTooShort = DefineRule(
        "return-to-work.plan-too-short", "実施期間は1週間以上です。", "A plan lasts at least one week.");

    public static readonly ConflictCode PreReturnActive = DefineConflict(
        "return-to-work.pre-return-active", "この職員には実施中のプレリターンがあります。", "The employee already has an active pre-return.");

    public static readonly RuleCode ProgrammeNotEnded = DefineRule(
        "return-to-work.programme-not-ended", "実施期間の終了前です。中止には中止申請が必要です。", "The plan has not ended yet; stopping early needs a cancellation request.");

    public static readonly RuleCode ProgrammeNotRunning = DefineRule(
        "return-to-work.programme-not-running", "実施中のプレリターンではありません。", "The programme is not running.");

    public static readonly ConflictCode ResultReported = DefineConflict(
        "return-to-work.result-reported", "結果は報告済みです。", "The result has already been reported.");

    public static readonly RuleCode ReturnDayMissing = DefineRule(
        "return-to-work.return-day-missing", "復帰・復職の日を実施期間の後の日で指定してください。", "Give the day of return, after the programme.");

    public static readonly RuleCode ScheduleWeeks = DefineRule(
        "return-to-work.schedule-weeks", "週ごとの予定を各週1つずつ指定してください。", "Give one schedule entry for each week of the plan.");

    public static readonly RuleCode StopCannotBeRefused = DefineRule(
        "return-to-work.stop-cannot-be-refused", "本人の中止の申出は拒否できません。", "A participant's request to stop cannot be refused.");

    public static readonly RuleCode StopRequested = DefineRule(
        "return-to-work.stop-requested", "本人が中止を申し出ています。", "The participant asked to stop.");

    public static readonly RuleCode SupportOfficerGradeTooLow = DefineRule(
        "return-to-work.support-officer-grade-too-low", "支援担当者の職が設定された最低の職に満たません。", "The support officer does not hold the configured minimum grade.");

    public static readonly RuleCode SupportOfficerUnknown = DefineRule(
        "return-to-work.support-officer-unknown", "支援担当者が職員名簿にありません。", "The support officer is not an employee in the directory.");

    public static readonly RuleCode TasksMissing = DefineRule(
        "return-to-work.tasks-missing", "作業内容を選択してください。", "Choose at least one auxiliary task.");
}
