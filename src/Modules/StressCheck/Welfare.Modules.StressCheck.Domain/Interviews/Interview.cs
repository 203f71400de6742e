using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Interviews;

public enum InterviewStatus
{
    /// <summary>The implementer recommended an interview to a high-stress employee who had not asked (art. 15).</summary>
    [Label("勧奨済み", "Recommended")]
    Recommended,

    /// <summary>The employee asked for an interview (Form 3, art. 12).</summary>
    [Label("申出あり", "Requested")]
    Requested,

    /// <summary>The implementer confirmed the employee is eligible (art. 13(3)).</summary>
    [Label("対象者確認済み", "Confirmed")]
    Confirmed,

    [Label("対象外", "Not eligible")]
    NotEligible,

    /// <summary>The interview took place and is recorded (art. 19).</summary>
    [Label("実施済み", "Held")]
    Held,
}

/// <summary>就業区分 of the physician's opinion (別表第2).</summary>
public enum WorkCategory
{
    /// <summary>0 通常勤務.</summary>
    [Label("通常勤務", "Normal work")]
    Normal = 0,

    /// <summary>1 就業制限・配慮.</summary>
    [Label("就業制限・配慮", "Restricted work")]
    Restricted = 1,

    /// <summary>2 要休業.</summary>
    [Label("要休業", "Leave required")]
    Leave = 2,
}

/// <summary>The interview record: the items of seed 004 art. 19 (date, employee, physician and the three findings).</summary>
public sealed record InterviewRecord(DateOnly HeldOn, string PhysicianId, string WorkSituation, string PsychologicalBurden, string OtherHealthState);

/// <summary>
/// The physician's opinion (art. 17, 別表第2): the work category, measures for the employee with their
/// period, and measures for the workplace.
/// </summary>
public sealed record PhysicianOpinion(
    WorkCategory WorkCategory,
    int? OvertimeCapHours,
    bool OvertimeForbidden,
    bool ShortenedHours,
    bool NoNightWork,
    string? OtherMeasures,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? WorkloadMeasures,
    string? HumanRelationsMeasures,
    string IssuedBy,
    DateTimeOffset IssuedAt);

/// <summary>The employer's decision on measures, taken after hearing the employee (art. 18).</summary>
public sealed record EmployerDecision(string Measures, string EmployeeOpinion, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>One employee's interview in a campaign, from request or recommendation to the employer's decision.</summary>
public sealed class Interview : IVersioned
{
    private Interview(Guid id, Guid campaignId, string employeeId, InterviewStatus status, DateOnly retainUntil)
    {
        Id = id;
        CampaignId = campaignId;
        EmployeeId = employeeId;
        Status = status;
        RetainUntil = retainUntil;
    }

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public Guid CampaignId { get; private set; }

    public string EmployeeId { get; private set; }

    public InterviewStatus Status { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    public DateTimeOffset? RecommendedAt { get; private set; }

    public string? EligibilityNote { get; private set; }

    public InterviewRecord? Record { get; private set; }

    public PhysicianOpinion? Opinion { get; private set; }

    public EmployerDecision? Decision { get; private set; }

    public DateOnly RetainUntil { get; private set; }

    public static Interview Requested(Guid id, Guid campaignId, string employeeId, DateTimeOffset now, DateOnly retainUntil) =>
        new(id, campaignId, employeeId, InterviewStatus.Requested, retainUntil) { RequestedAt = now };

    public static Interview Recommended(Guid id, Guid campaignId, string employeeId, DateTimeOffset now, DateOnly retainUntil) =>
        new(id, campaignId, employeeId, InterviewStatus.Recommended, retainUntil) { RecommendedAt = now };

    /// <summary>A recommended employee who then asks; asking twice changes nothing.</summary>
    public void Request(DateTimeOffset now)
    {
        if (Status == InterviewStatus.Recommended)
        {
            Status = InterviewStatus.Requested;
            RequestedAt = now;
        }
    }

    public void DecideEligibility(bool eligible, string? note)
    {
        Require(Status is InterviewStatus.Requested or InterviewStatus.Confirmed or InterviewStatus.NotEligible, StressCheckProblems.InterviewNotRequested);
        Status = eligible ? InterviewStatus.Confirmed : InterviewStatus.NotEligible;
        EligibilityNote = note;
    }

    public void RecordInterview(InterviewRecord record)
    {
        Require(Status is InterviewStatus.Confirmed or InterviewStatus.Held, StressCheckProblems.InterviewNotConfirmed);
        Record = record;
        Status = InterviewStatus.Held;
    }

    public void IssueOpinion(PhysicianOpinion opinion)
    {
        Require(Status == InterviewStatus.Held, StressCheckProblems.InterviewNotHeld);
        Require(opinion.ValidTo is null || opinion.ValidTo >= opinion.ValidFrom, StressCheckProblems.OpinionPeriodReversed);
        Require(!(opinion.OvertimeForbidden && opinion.OvertimeCapHours is not null), StressCheckProblems.OvertimeCapAndForbidden);
        Opinion = opinion;
    }

    public void Decide(EmployerDecision decision)
    {
        Require(Opinion is not null, StressCheckProblems.NoOpinion);
        Decision = decision;
    }

    private static void Require(bool condition, RuleCode code, LocalizedText? detail = null)
    {
        if (!condition)
        {
            throw new BusinessRuleViolationException(code, detail);
        }
    }
}
