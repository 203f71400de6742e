using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Training;

/// <summary>Whom a session is for (第6条2: new employees and new supervisors in particular).</summary>
public enum TrainingAudience
{
    [Label("新規採用職員", "New employees")]
    NewEmployees,
    [Label("新任の監督者", "New supervisors")]
    NewSupervisors,
    [Label("全職員", "All staff")]
    AllStaff,
}

/// <summary>
/// A training session (第6条) and who attended. A session on sexual harassment covers sexual orientation and
/// gender identity (運用通知 第6条関係 2: 研修の内容には、性的指向及び性自認に関するものを含める).
/// </summary>
public sealed class TrainingSession
{
    private readonly List<TrainingAttendance> _attendance = [];

    private TrainingSession()
    {
        Title = string.Empty;
        Topics = [];
        Kinds = [];
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public TrainingAudience Audience { get; private set; }

    public List<HarassmentKind> Kinds { get; private set; }

    public List<string> Topics { get; private set; }

    public bool CoversSexualOrientationAndGenderIdentity { get; private set; }

    public string CreatedBy { get; private set; }

    public IReadOnlyList<TrainingAttendance> Attendance => _attendance;

    public static TrainingSession Plan(Guid id, string title, DateOnly heldOn, TrainingAudience audience, IReadOnlyList<HarassmentKind> kinds,
        IReadOnlyList<string> topics, bool coversSogi, string by)
    {
        if (kinds.Contains(HarassmentKind.SexualHarassment) && !coversSogi)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.TrainingSogiRequired);
        }

        return new TrainingSession
        {
            Id = id,
            Title = title.Trim(),
            HeldOn = heldOn,
            Audience = audience,
            Kinds = kinds.Distinct().ToList(),
            Topics = topics.Select(t => t.Trim()).ToList(),
            CoversSexualOrientationAndGenderIdentity = coversSogi,
            CreatedBy = by,
        };
    }

    /// <summary>Adds attendees; recording someone twice changes nothing.</summary>
    public int RecordAttendance(IEnumerable<string> employeeIds, DateOnly today)
    {
        if (HeldOn > today)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.TrainingNotHeldYet);
        }

        var added = 0;
        foreach (var id in employeeIds.Distinct().Where(id => _attendance.All(a => a.EmployeeId != id)))
        {
            _attendance.Add(new TrainingAttendance(id));
            added++;
        }

        return added;
    }
}

public sealed class TrainingAttendance(string employeeId)
{
    public long Id { get; private set; }

    public string EmployeeId { get; private set; } = employeeId;
}
