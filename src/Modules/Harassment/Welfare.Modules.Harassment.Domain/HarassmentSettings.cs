using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain;

/// <summary>The module's settings, one row, kept by the welfare officer.</summary>
public sealed class HarassmentSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    /// <summary>Days after closure at which the complainant and the cooperating witnesses are checked on (第3条).</summary>
    public List<int> FollowUpDays { get; private set; } = [30, 90, 180];

    /// <summary>Statistics cells with fewer complaints than this are suppressed.</summary>
    public int MinimumCellSize { get; private set; } = 5;

    /// <summary>The grade rank from which an employee is a supervisor (係長以上); G3 係長 in the seeded grades.</summary>
    public int SupervisorGradeRank { get; private set; } = 3;

    /// <summary>How long after joining or promotion an employee counts as new for training.</summary>
    public int NewPeriodMonths { get; private set; } = 12;

    public void Update(IReadOnlyList<int> followUpDays, int minimumCellSize, int supervisorGradeRank, int newPeriodMonths)
    {
        FollowUpDays = followUpDays.Distinct().Order().ToList();
        MinimumCellSize = minimumCellSize;
        SupervisorGradeRank = supervisorGradeRank;
        NewPeriodMonths = newPeriodMonths;
    }
}
