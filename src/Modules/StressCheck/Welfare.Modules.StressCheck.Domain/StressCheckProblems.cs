using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain;

/// <summary>Every code the stress check module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class StressCheckProblems : ProblemCatalogue
{
    private StressCheckProblems()
    {
    }

    public static readonly RuleCode CampaignAlreadyOpened = DefineRule(
        "stress-check.campaign-already-opened", "実施開始後は評価方法・基準・対象者の抽出を変更できません。", "The scoring method, thresholds and target selection cannot change once the campaign has opened.");

    public static readonly RuleCode CampaignClosed = DefineRule(
        "stress-check.campaign-closed", "実施は終了しています。", "The campaign is closed.");

    public static readonly RuleCode CampaignNotAccepting = DefineRule(
        "stress-check.campaign-not-accepting", "受検期間外です。", "The campaign does not accept answers today.");

    public static readonly RuleCode CampaignPeriodReversed = DefineRule(
        "stress-check.campaign-period-reversed", "実施期間の終了日が開始日より前です。", "The campaign closes before it opens.");

    public static readonly ConflictCode GroupTooSmall = DefineConflict(
        "stress-check.group-too-small", "集団分析の最小人数に満たず、全員の同意もないため提供できません。", "The group is smaller than the minimum and not all of it consented, so the analysis cannot be released.");

    public static readonly ConflictCode InterviewExists = DefineConflict(
        "stress-check.interview-exists", "既に面接指導の申出または勧奨があります。", "The employee has already asked for, or been recommended, an interview.");

    public static readonly RuleCode InterviewNotConfirmed = DefineRule(
        "stress-check.interview-not-confirmed", "面接指導の対象者として確認されていません。", "The implementer has not confirmed this interview.");

    public static readonly RuleCode InterviewNotHeld = DefineRule(
        "stress-check.interview-not-held", "面接指導の記録がありません。", "No interview has been recorded yet.");

    public static readonly RuleCode InterviewNotRequested = DefineRule(
        "stress-check.interview-not-requested", "面接指導の申出がありません。", "The employee has not asked for an interview.");

    public static readonly RuleCode NoImplementer = DefineRule(
        "stress-check.no-implementer", "実施者 (医師) が指名されていません。", "No implementer (physician) has been named.");

    public static readonly RuleCode NoOpinion = DefineRule(
        "stress-check.no-opinion", "医師の意見を聴取する前に措置は決定できません。", "Measures are decided only after the physician's opinion.");

    public static readonly RuleCode NotATarget = DefineRule(
        "stress-check.not-a-target", "対象者ではありません。", "The employee is not a target of this campaign.");

    public static readonly RuleCode NotHighStress = DefineRule(
        "stress-check.not-high-stress", "高ストレス者にのみ面接指導を勧奨できます。", "Interviews are recommended only to employees selected as high stress.");

    public static readonly RuleCode NotInDirectory = DefineRule(
        "stress-check.not-in-directory", "職員名簿にない職員番号です。", "The staff number is not in the directory.");

    public static readonly RuleCode OpinionPeriodReversed = DefineRule(
        "stress-check.opinion-period-reversed", "措置の期間の終了日が開始日より前です。", "The measures end before they begin.");

    public static readonly RuleCode OvertimeCapAndForbidden = DefineRule(
        "stress-check.overtime-cap-and-forbidden", "時間外勤務の禁止と上限時間は同時に指定できません。", "Overtime cannot be both forbidden and capped.");

    public static readonly ConflictCode ResultNotYetNotified = DefineConflict(
        "stress-check.result-not-yet-notified", "結果の通知前です。先に自分の結果を確認してください。", "You have not received your result yet. Read your result first.");
}
