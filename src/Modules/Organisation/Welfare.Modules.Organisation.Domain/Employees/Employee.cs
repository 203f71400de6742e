using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Employees;

/// <summary>
/// An employee as the personnel system describes them, with the history of their assignments.
/// Identified by the staff number; the directory never carries health or case data.
/// </summary>
public sealed class Employee : AggregateRoot<EmployeeId>
{
    private readonly List<Assignment> _assignments = [];

    // For EF Core, which sets the properties itself.
    private Employee(EmployeeId id, string nameKanji, string nameKana, string gradeCode)
        : base(id)
    {
        NameKanji = nameKanji;
        NameKana = nameKana;
        GradeCode = gradeCode;
    }

    private Employee(EmployeeId id, EmployeeFacts facts, DateOnly joinedOn)
        : base(id)
    {
        NameKanji = facts.NameKanji;
        NameKana = facts.NameKana;
        Sex = facts.Sex;
        GradeCode = facts.GradeCode;
        EmploymentType = facts.EmploymentType;
        AppointingAuthority = facts.AppointingAuthority;
        Status = facts.Status;
        JoinedOn = joinedOn;
    }

    public string NameKanji { get; private set; }

    public string NameKana { get; private set; }

    public Sex Sex { get; private set; }

    public string GradeCode { get; private set; }

    public EmploymentType EmploymentType { get; private set; }

    public AppointingAuthority AppointingAuthority { get; private set; }

    public EmployeeStatus Status { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public IReadOnlyList<Assignment> Assignments => _assignments;

    public Assignment? CurrentAssignment => _assignments.Count == 0 || _assignments[^1].To is not null ? null : _assignments[^1];

    /// <summary>The department on the last day of employment for those who left; the current one otherwise.</summary>
    public string? DepartmentCode => _assignments.Count == 0 ? null : _assignments[^1].DepartmentCode;

    public static Employee Register(EmployeeId id, EmployeeFacts facts, string departmentCode, DateOnly joinedOn, DateOnly effective)
    {
        var employee = new Employee(id, facts, joinedOn);
        // Before the effective date of the first record we do not know where they worked: history
        // starts at the later of joining and that date, so as-of answers are never invented.
        employee._assignments.Add(new Assignment(departmentCode, effective > joinedOn ? effective : joinedOn));
        if (facts.Status == EmployeeStatus.Left)
        {
            employee.Status = EmployeeStatus.Active;
            employee.Leave(effective);
        }

        employee.Raise(new EmployeeRegistered(id, effective));
        return employee;
    }

    public string? DepartmentOn(DateOnly date) => _assignments.LastOrDefault(a => a.Covers(date))?.DepartmentCode;

    /// <summary>
    /// Brings the employee in line with the personnel system's record as of <paramref name="effective"/>.
    /// Returns whether anything changed; the same record twice changes nothing.
    /// </summary>
    public bool Apply(EmployeeFacts facts, string departmentCode, DateOnly joinedOn, DateOnly effective)
    {
        var changed = new List<string>();
        var rejoining = Status == EmployeeStatus.Left && facts.Status != EmployeeStatus.Left;
        if (rejoining)
        {
            // 再任用 and re-hiring: a new period of employment, starting with a new assignment.
            Status = facts.Status;
            LeftOn = null;
            changed.Add(nameof(Status));
            _assignments.Add(new Assignment(departmentCode, effective));
        }
        else if (facts.Status != EmployeeStatus.Left && DepartmentCode != departmentCode)
        {
            Transfer(departmentCode, effective);
        }

        Set(nameof(NameKanji), NameKanji, facts.NameKanji, v => NameKanji = v, changed);
        Set(nameof(NameKana), NameKana, facts.NameKana, v => NameKana = v, changed);
        Set(nameof(Sex), Sex, facts.Sex, v => Sex = v, changed);
        Set(nameof(GradeCode), GradeCode, facts.GradeCode, v => GradeCode = v, changed);
        Set(nameof(EmploymentType), EmploymentType, facts.EmploymentType, v => EmploymentType = v, changed);
        Set(nameof(AppointingAuthority), AppointingAuthority, facts.AppointingAuthority, v => AppointingAuthority = v, changed);
        Set(nameof(JoinedOn), JoinedOn, joinedOn, v => JoinedOn = v, changed);
        if (!rejoining && facts.Status is EmployeeStatus.Active or EmployeeStatus.OnLeave)
        {
            Set(nameof(Status), Status, facts.Status, v => Status = v, changed);
        }

        if (changed.Count > 0)
        {
            Raise(new EmployeeDetailsChanged(Id, [.. changed], effective));
        }

        if (facts.Status == EmployeeStatus.Left && Status != EmployeeStatus.Left)
        {
            Leave(effective);
            return true;
        }

        return changed.Count > 0 || DomainEvents.Count > 0;
    }

    public void Transfer(string toDepartment, DateOnly effective)
    {
        CheckRule(new NotAlreadyLeft(Status));
        CheckRule(new TransferNotBeforeJoining(JoinedOn, effective));
        var current = CurrentAssignment!;
        CheckRule(new TransferNotBeforeCurrentAssignment(current.From, effective));
        var from = current.DepartmentCode;
        if (from == toDepartment)
        {
            return;
        }

        if (current.From == effective)
        {
            current.CorrectDepartment(toDepartment);
        }
        else
        {
            current.CloseOn(effective.AddDays(-1));
            _assignments.Add(new Assignment(toDepartment, effective));
        }

        Raise(new EmployeeTransferred(Id, from, toDepartment, effective));
    }

    /// <summary>Marks the employee as left; <paramref name="lastDay"/> is their last working day.</summary>
    public void Leave(DateOnly lastDay)
    {
        CheckRule(new NotAlreadyLeft(Status));
        var current = CurrentAssignment;
        current?.CloseOn(lastDay < current.From ? current.From : lastDay);
        Status = EmployeeStatus.Left;
        LeftOn = lastDay;
        Raise(new EmployeeLeft(Id, DepartmentCode, lastDay));
    }

    private static void Set<T>(string field, T current, T wanted, Action<T> assign, List<string> changed)
    {
        if (!EqualityComparer<T>.Default.Equals(current, wanted))
        {
            assign(wanted);
            changed.Add(field);
        }
    }
}

public sealed record EmployeeRegistered(EmployeeId EmployeeId, DateOnly Effective) : IDomainEvent;

public sealed record EmployeeDetailsChanged(EmployeeId EmployeeId, IReadOnlyList<string> ChangedFields, DateOnly Effective) : IDomainEvent;

public sealed record EmployeeTransferred(EmployeeId EmployeeId, string FromDepartment, string ToDepartment, DateOnly Effective) : IDomainEvent;

public sealed record EmployeeLeft(EmployeeId EmployeeId, string? DepartmentCode, DateOnly LastDay) : IDomainEvent;
