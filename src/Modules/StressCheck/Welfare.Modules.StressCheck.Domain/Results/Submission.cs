using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Domain.Results;

/// <summary>
/// One submission of the questionnaire, scored when it arrives. An employee may correct until the
/// campaign closes: every submission is kept, the latest counts (<see cref="IsLatest"/>).
/// </summary>
public sealed class Submission
{
    /// <summary>Results, interview records and group analyses are kept five years (seed 004 art. 16, 19, 20).</summary>
    public const int RetentionYears = 5;

    private Submission(Guid id, Guid campaignId, string employeeId, DateTimeOffset submittedAt, Sex sex, string departmentCode)
    {
        Id = id;
        CampaignId = campaignId;
        EmployeeId = employeeId;
        SubmittedAt = submittedAt;
        Sex = sex;
        DepartmentCode = departmentCode;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string EmployeeId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Sex Sex { get; private set; }

    /// <summary>The department as of the campaign's opening (group analysis groups by it).</summary>
    public string DepartmentCode { get; private set; }

    public int[] Answers { get; private set; } = [];

    public ScoringMethod Method { get; private set; }

    public int DomainA { get; private set; }

    public int DomainB { get; private set; }

    public int DomainC { get; private set; }

    public bool HighStress { get; private set; }

    /// <summary>Raw scores of the 19 scales, in <see cref="Scale"/> order.</summary>
    public int[] RawScores { get; private set; } = [];

    /// <summary>Five-level values of the 19 scales (1 = most stressed), in <see cref="Scale"/> order.</summary>
    public int[] Levels { get; private set; } = [];

    public bool IsLatest { get; private set; }

    /// <summary>When the result was first made available to the employee: the notification time (art. 11).</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    public DateOnly RetainUntil { get; private set; }

    public static Submission Score(
        Guid id, Guid campaignId, string employeeId, DateTimeOffset submittedAt, DateOnly today, Sex sex, string departmentCode,
        Answers answers, HighStressCriteria criteria)
    {
        var result = StressScoring.Score(answers, sex, criteria);
        return new Submission(id, campaignId, employeeId, submittedAt, sex, departmentCode)
        {
            Answers = [.. answers.Values],
            Method = result.Method,
            DomainA = result.DomainA,
            DomainB = result.DomainB,
            DomainC = result.DomainC,
            HighStress = result.HighStress,
            RawScores = [.. result.Scales.Select(s => s.Raw)],
            Levels = [.. result.Scales.Select(s => s.Level)],
            IsLatest = true,
            RetainUntil = today.AddYears(RetentionYears),
        };
    }

    public void Supersede() => IsLatest = false;

    /// <summary>Records the first time the employee saw the result; later reads keep that time.</summary>
    public bool MarkNotified(DateTimeOffset now)
    {
        if (NotifiedAt is not null)
        {
            return false;
        }

        NotifiedAt = now;
        return true;
    }
}
