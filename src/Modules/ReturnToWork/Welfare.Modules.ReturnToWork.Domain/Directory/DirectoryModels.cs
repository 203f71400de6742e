namespace Welfare.Modules.ReturnToWork.Domain.Directory;

/// <summary>This module's copy of a department, from the Organisation module's events.</summary>
public sealed class DirectoryDepartment(string departmentCode, string name, DateOnly effectiveFrom, DateOnly? effectiveTo)
{
    public string DepartmentCode { get; private set; } = departmentCode;

    public string Name { get; private set; } = name;

    public DateOnly EffectiveFrom { get; private set; } = effectiveFrom;

    public DateOnly? EffectiveTo { get; private set; } = effectiveTo;

    public bool IsOpenOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    public void Update(string name, DateOnly effectiveFrom, DateOnly? effectiveTo)
    {
        Name = name;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }
}

/// <summary>
/// This module's copy of an employee: where they work since when (the head of that department runs
/// their pre-return) and their grade (a support officer needs at least the configured grade, art. 7(2)).
/// </summary>
public sealed class DirectoryEmployee(string employeeId, string status, string gradeCode, int gradeRank)
{
    private readonly List<DirectoryAssignment> _assignments = [];

    public string EmployeeId { get; private set; } = employeeId;

    /// <summary>Active, OnLeave or Left, as the directory says.</summary>
    public string Status { get; private set; } = status;

    public string GradeCode { get; private set; } = gradeCode;

    /// <summary>The grade's rank in the employer's scale (1 is the lowest).</summary>
    public int GradeRank { get; private set; } = gradeRank;

    public IReadOnlyList<DirectoryAssignment> Assignments => _assignments;

    public string? DepartmentOn(DateOnly date) => _assignments.LastOrDefault(a => a.From <= date && (a.To is null || date <= a.To))?.DepartmentCode;

    public void Update(string status, string gradeCode, int gradeRank)
    {
        Status = status;
        GradeCode = gradeCode;
        GradeRank = gradeRank;
    }

    public void AssignFrom(string departmentCode, DateOnly from)
    {
        var current = _assignments.LastOrDefault(a => a.To is null);
        if (current is not null)
        {
            if (current.DepartmentCode == departmentCode)
            {
                return;
            }

            if (current.From >= from)
            {
                _assignments.Remove(current);
            }
            else
            {
                current.CloseOn(from.AddDays(-1));
            }
        }

        _assignments.Add(new DirectoryAssignment(departmentCode, from));
    }

    public void Leave(DateOnly lastDay)
    {
        Status = "Left";
        _assignments.LastOrDefault(a => a.To is null)?.CloseOn(lastDay);
    }
}

public sealed class DirectoryAssignment(string departmentCode, DateOnly from)
{
    public long Id { get; private set; }

    public string DepartmentCode { get; private set; } = departmentCode;

    public DateOnly From { get; private set; } = from;

    public DateOnly? To { get; private set; }

    internal void CloseOn(DateOnly lastDay) => To = lastDay < From ? From : lastDay;
}

/// <summary>Who heads a department from when: the department head runs the pre-returns of its staff.</summary>
public sealed class DirectoryDepartmentHead(string departmentCode, string employeeId, DateOnly from)
{
    public long Id { get; private set; }

    public string DepartmentCode { get; private set; } = departmentCode;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly From { get; private set; } = from;
}

/// <summary>A grade code and its rank as seen on employees' events, so a configured minimum grade code can be compared by rank.</summary>
public sealed class DirectoryGrade(string gradeCode, int rank)
{
    public string GradeCode { get; private set; } = gradeCode;

    public int Rank { get; private set; } = rank;

    public void Rerank(int rank) => Rank = rank;
}
