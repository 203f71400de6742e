using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain;

/// <summary>Every code the harassment module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class HarassmentProblems : ProblemCatalogue
{
    private HarassmentProblems()
    {
    }

    public static readonly RuleCode ActionNoRespondent = DefineRule(
        "harassment.action-no-respondent", "行為者とされる者が職員として記録されていません。", "No respondent employee is recorded for this action.");

    public static readonly RuleCode ActionReferralWithoutConsent = DefineRule(
        "harassment.action-referral-without-consent", "人事課との連携には相談者の了解が必要です（緊急時は緊急連絡として記録してください）。", "Referral to the personnel division needs the complainant's consent (in an emergency, record an emergency notice).");

    public static readonly ConflictCode AuthorityAnswered = DefineConflict(
        "harassment.authority-answered", "回答は記録済みです。", "The answer is already recorded.");

    public static readonly RuleCode AuthoritySame = DefineRule(
        "harassment.authority-same", "行為者とされる者は他の任命権者の職員ではありません。", "The respondent does not belong to another appointing authority.");

    public static readonly RuleCode AuthorityUnknown = DefineRule(
        "harassment.authority-unknown", "この事案の要請ではありません。", "No such request on this complaint.");

    public static readonly RuleCode ClosureComplainantNotTold = DefineRule(
        "harassment.closure-complainant-not-told", "相談者に対応の内容を説明したことを記録してから終結してください。", "Record that the complainant was told what was done before closing.");

    public static readonly RuleCode ClosureNotReferred = DefineRule(
        "harassment.closure-not-referred", "人事課に連携していない事案です。", "The case was not referred to the personnel division.");

    public static readonly ConflictCode ComplaintClosed = DefineConflict(
        "harassment.complaint-closed", "終結した事案です。", "The complaint is closed.");

    public static readonly RuleCode ComplaintPersonHarassed = DefineRule(
        "harassment.complaint-person-harassed", "被害を受けた本人からの苦情相談では、相談者が被害者です。", "When the person harassed complains, they are the complainant.");

    public static readonly RuleCode ComplaintSubKindNotAllowed = DefineRule(
        "harassment.complaint-sub-kind-not-allowed", "事由は妊娠、出産、育児又は介護に関するハラスメントにのみ指定できます。", "Only pregnancy, childbirth, childcare or family-care harassment has sub-kinds.");

    public static readonly RuleCode ComplaintSubKindRequired = DefineRule(
        "harassment.complaint-sub-kind-required", "妊娠、出産、育児又は介護に関するハラスメントには該当する事由を指定してください。", "Pregnancy, childbirth, childcare or family-care harassment names its ground (sub-kind).");

    public static readonly RuleCode ComplaintToldTheyHarass = DefineRule(
        "harassment.complaint-told-they-harass", "指摘を受けた職員からの相談では、相談者が行為者とされる者です。", "When a person told they harass consults, they are the respondent.");

    public static readonly RuleCode ComplaintWithoutKind = DefineRule(
        "harassment.complaint-without-kind", "苦情相談にはハラスメントの種類を少なくとも一つ指定してください。", "A complaint names at least one kind of harassment.");

    public static readonly ConflictCode CounselorAlreadyDesignated = DefineConflict(
        "harassment.counselor-already-designated", "この職員は既に相談員に指定されています。", "This employee is already a designated counsellor.");

    public static readonly RuleCode CounselorNotAnEmployee = DefineRule(
        "harassment.counselor-not-an-employee", "在職中の職員だけを相談員に指定できます。", "Only an employee in service can be designated a counsellor.");

    public static readonly ConflictCode CounselorReleased = DefineConflict(
        "harassment.counselor-released", "この相談員の指定は解除済みです。", "This designation has already ended.");

    public static readonly RuleCode CounselorsCount = DefineRule(
        "harassment.counselors-count", "相談員は1人から4人までです（原則2人）。", "A complaint has one to four counsellors (two in principle).");

    public static readonly RuleCode CounselorsNotDesignated = DefineRule(
        "harassment.counselors-not-designated", "指定された相談員ではない職員は担当にできません。", "Only designated counsellors can be assigned.");

    public static readonly RuleCode CounselorsParty = DefineRule(
        "harassment.counselors-party", "当事者である相談員は担当できません。", "A counsellor who is a party to the complaint cannot handle it.");

    public static readonly RuleCode CounselorsRequestedSex = DefineRule(
        "harassment.counselors-requested-sex", "相談者が希望する性の相談員を担当に含めてください。", "Assign a counsellor of the sex the complainant asked for.");

    public static readonly RuleCode CounselorsSingleWithoutReason = DefineRule(
        "harassment.counselors-single-without-reason", "原則として2人の相談員で対応します。1人で対応する場合は理由を記録してください。", "Two counsellors handle a complaint in principle; record why one handles it alone.");

    public static readonly ConflictCode FollowUpDone = DefineConflict(
        "harassment.follow-up-done", "この確認は記録済みです。", "This check is already recorded.");

    public static readonly RuleCode FollowUpUnknown = DefineRule(
        "harassment.follow-up-unknown", "この事案の確認予定ではありません。", "No such follow-up check on this complaint.");

    public static readonly ConflictCode HandlingAlreadyHeard = DefineConflict(
        "harassment.handling-already-heard", "行為者とされる者からの聴取は既に行われています。", "The respondent has already been heard.");

    public static readonly RuleCode HandlingUrgent = DefineRule(
        "harassment.handling-urgent", "緊急性の高い事案は監督者の観察・指導による対応にできません。", "An urgent case cannot be left to the supervisor's observation and guidance.");

    public static readonly RuleCode HearingNoChanceToExplain = DefineRule(
        "harassment.hearing-no-chance-to-explain", "行為者とされる者には十分な弁明の機会を与えてください。", "The respondent must be given the full chance to explain.");

    public static readonly RuleCode HearingNotRespondent = DefineRule(
        "harassment.hearing-not-respondent", "聴取の相手が行為者とされる者ではありません。", "The person heard is not the respondent.");

    public static readonly RuleCode HearingPartiesAgree = DefineRule(
        "harassment.hearing-parties-agree", "第三者からの聴取は、当事者間で事実関係の主張が一致しない場合に行います。", "Third parties are heard where the parties disagree on the facts (a confirmed respondent hearing disputes them).");

    public static readonly RuleCode HearingPartyAsThirdParty = DefineRule(
        "harassment.hearing-party-as-third-party", "当事者は第三者として聴取できません。", "A party cannot be heard as a third party.");

    public static readonly RuleCode HearingSupervisorObservation = DefineRule(
        "harassment.hearing-supervisor-observation", "監督者の観察・指導による対応を選択した事案です。", "This case is handled by the supervisor's observation and guidance.");

    public static readonly RuleCode HearingUnknown = DefineRule(
        "harassment.hearing-unknown", "この事案の聴取ではありません。", "No such hearing on this complaint.");

    public static readonly RuleCode IntakeNotConfirmed = DefineRule(
        "harassment.intake-not-confirmed", "聴取した事実関係を相談者に確認してから対応してください。", "Confirm the intake record with the complainant first.");

    public static readonly ConflictCode RecordConfirmed = DefineConflict(
        "harassment.record-confirmed", "確認済みの記録は変更できません。訂正として追記してください。", "A confirmed record cannot be edited; append a correction instead.");

    public static readonly ConflictCode RecordNotConfirmed = DefineConflict(
        "harassment.record-not-confirmed", "確認前の記録は訂正ではなく記録し直してください。", "An unconfirmed record is redrafted, not corrected.");

    public static readonly ConflictCode RecordVersion = DefineConflict(
        "harassment.record-version", "確認できるのは未確認の最新版だけです。", "Only the latest unconfirmed version can be confirmed.");

    public static readonly RuleCode TrainingAudience = DefineRule(
        "harassment.training-audience", "未受講者の一覧は新規採用職員又は新任監督者について作成します。", "The list of those not yet trained is for new employees or new supervisors.");

    public static readonly RuleCode TrainingNotHeldYet = DefineRule(
        "harassment.training-not-held-yet", "実施前の研修の出席は記録できません。", "Attendance is recorded once the session has been held.");

    public static readonly RuleCode TrainingSogiRequired = DefineRule(
        "harassment.training-sogi-required", "セクシュアル・ハラスメントの研修には性的指向及び性自認に関する内容を含めてください。", "Training on sexual harassment covers sexual orientation and gender identity.");
}
