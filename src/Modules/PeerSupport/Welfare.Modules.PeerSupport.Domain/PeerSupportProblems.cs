using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain;

/// <summary>Every code the peer support module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class PeerSupportProblems : ProblemCatalogue
{
    private PeerSupportProblems()
    {
    }

    public static readonly RuleCode ConsentInTheFuture = DefineRule(
        "peer-support.consent-in-the-future", "未来の日付の同意は記録できません。", "A consent cannot be given in the future.");

    public static readonly RuleCode ConsentUnknown = DefineRule(
        "peer-support.consent-unknown", "指定された同意はこの相談にありません。", "This consultation has no such consent.");

    public static readonly ConflictCode ConsultationAlreadyUrgent = DefineConflict(
        "peer-support.consultation-already-urgent", "この相談は既に緊急案件です。", "This consultation is already an urgent case.");

    public static readonly RuleCode ConsultationInTheFuture = DefineRule(
        "peer-support.consultation-in-the-future", "未来の日付の相談は記録できません。", "A consultation cannot be recorded for a day in the future.");

    public static readonly RuleCode ConsultationNotUrgent = DefineRule(
        "peer-support.consultation-not-urgent", "緊急案件ではない相談には緊急の措置を記録できません。", "This consultation is not an urgent case.");

    public static readonly RuleCode ConsultationOutOfScope = DefineRule(
        "peer-support.consultation-out-of-scope", "各種事務処理等、業務の遂行行為に関する事項はピアサポートの対象外です（要綱第2ただし書）。業務の進め方は上司等に相談してください。", "Routine work procedures are outside peer support (seed 000 article 2, proviso); ask your superior about how to do the work.");

    public static readonly ConflictCode CoordinatorAlreadyDesignated = DefineConflict(
        "peer-support.coordinator-already-designated", "この職員は既にコーディネーターに指名されています。", "This employee is already a coordinator.");

    public static readonly ConflictCode CoordinatorAlreadyReleased = DefineConflict(
        "peer-support.coordinator-already-released", "このコーディネーターの指名は既に解除されています。", "This coordinator's designation has already been released.");

    public static readonly RuleCode CoordinatorNotInDirectory = DefineRule(
        "peer-support.coordinator-not-in-directory", "指名の日に在職していない職員はコーディネーターに指名できません。", "Only an employee in the directory on the day can be designated a coordinator.");

    public static readonly RuleCode CounselorUnknown = DefineRule(
        "peer-support.counselor-unknown", "指定された部外相談員は登録されていないか、委嘱が終了しています。", "No active external counsellor has this id.");

    public static readonly RuleCode HeadCannotBeSupporter = DefineRule(
        "peer-support.head-cannot-be-supporter", "所属長をピアサポーターに指名することはできません。", "The department head cannot be designated a peer supporter of their own department.");

    public static readonly RuleCode LastWelfareDivisionCoordinator = DefineRule(
        "peer-support.last-welfare-division-coordinator", "厚生課のコーディネーターが1人もいなくなるため、解除できません。後任を先に指名してください（要綱第4-3(1)ア）。", "This is the welfare division's last coordinator; designate a successor before releasing them (seed 000 4-3(1)(a)).");

    public static readonly RuleCode NotACoordinator = DefineRule(
        "peer-support.not-a-coordinator", "指定された職員は現在のコーディネーターではありません。", "The employee named is not a current coordinator.");

    public static readonly RuleCode QuarterNotEnded = DefineRule(
        "peer-support.quarter-not-ended", "終了していない四半期の処理状況報告はできません。", "A quarterly report can be made only on a quarter that has ended.");

    public static readonly ConflictCode QuarterlyReportExists = DefineConflict(
        "peer-support.quarterly-report-exists", "この四半期の処理状況報告は既に提出されています。", "The report on this quarter has already been submitted.");

    public static readonly RuleCode ReferralCostNotExplained = DefineRule(
        "peer-support.referral-cost-not-explained", "有料の部外相談員を紹介する場合は、費用がかかることを十分説明したことを記録してください（要綱第4-4(4)）。", "This external counsellor charges a fee: record that the cost was explained to the subject (seed 000 4-4(4)).");

    public static readonly RuleCode ReferralWithoutConsent = DefineRule(
        "peer-support.referral-without-consent", "相談者の同意が記録されていないため、取次ぎ・紹介はできません。先に同意を記録してください（要綱第4-2(2)カ）。", "The subject's consent to a referral has not been recorded; record it before referring (seed 000 4-2(2)(ka)).");

    public static readonly RuleCode ReleaseBeforeDesignation = DefineRule(
        "peer-support.release-before-designation", "指名日より前に指名を解除することはできません。", "A designation cannot be released before the day it took effect.");

    public static readonly RuleCode SubjectNotInDirectory = DefineRule(
        "peer-support.subject-not-in-directory", "相談の対象となる職員が職員名簿にありません。", "The employee concerned is not in the directory.");

    public static readonly RuleCode SuperiorContactWithoutConsent = DefineRule(
        "peer-support.superior-contact-without-consent", "相談者の同意がない限り、上司に直接連絡することはできません。上司への申告を相談者に促した場合は、その旨を記録してください（要綱第4-2(2)エ）。", "Without the subject's consent the supporter may not contact their superior; if you urged the subject to speak to the superior themselves, record that instead (seed 000 4-2(2)(e)).");

    public static readonly ConflictCode SupporterAlreadyDesignated = DefineConflict(
        "peer-support.supporter-already-designated", "この職員は既にこの執務室のピアサポーターに指名されています。", "This employee is already a peer supporter of this workplace.");

    public static readonly ConflictCode SupporterAlreadyReleased = DefineConflict(
        "peer-support.supporter-already-released", "このピアサポーターの指名は既に解除されています。", "This peer supporter's designation has already been released.");

    public static readonly RuleCode SupporterNotInDepartment = DefineRule(
        "peer-support.supporter-not-in-department", "ピアサポーターは当該所属に属する職員のうちから指名してください（要綱第4-2(1)ア）。", "A peer supporter must be a member of the department's staff on the day of designation (seed 000 4-2(1)(a)).");

    public static readonly RuleCode WelfareDivisionCoordinatorFirst = DefineRule(
        "peer-support.welfare-division-coordinator-first", "まず厚生課に属する職員のうちから1人以上のコーディネーターを指名してください（要綱第4-3(1)ア）。", "Designate at least one coordinator from the welfare division first (seed 000 4-3(1)(a)).");

    public static readonly ConflictCode WorkplaceExists = DefineConflict(
        "peer-support.workplace-exists", "同じ名前の執務室が既に登録されています。", "A workplace of this name is already registered for the department.");
}
