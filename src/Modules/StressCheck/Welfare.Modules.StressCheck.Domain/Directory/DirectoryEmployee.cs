namespace Welfare.Modules.StressCheck.Domain.Directory;

/// <summary>
/// This module's own copy of what it needs from the directory, built from the Organisation module's
/// events: who works where since when, with sex (for the scoring tables) and employment type.
/// </summary>
public sealed class DirectoryEmployee
{
    private readonly List<DirectoryAssignment> _assignments = [];

    public DirectoryEmployee(string employeeId, Sex sex, string employmentType, string status)
    {
        EmployeeId = employeeId;
        Sex = sex;
        EmploymentType = employmentType;
        Status = status;
    }

    public string EmployeeId { get; private set; }

    public Sex Sex { get; private set; }

    public string EmploymentType { get; private set; }

    /// <summary>Active, OnLeave or Left, as the directory says.</summary>
    public string Status { get; private set; }

    public IReadOnlyList<DirectoryAssignment> Assignments => _assignments;

    public string? DepartmentOn(DateOnly date) => _assignments.LastOrDefault(a => a.From <= date && (a.To is null || date <= a.To))?.DepartmentCode;

    public void Update(Sex sex, string employmentType, string status)
    {
        Sex = sex;
        EmploymentType = employmentType;
        Status = status;
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
                // A correction of the same period: the directory decides.
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

/// <summary>Who heads a department from when (to let department heads see consented results of their own staff).</summary>
public sealed class DirectoryDepartmentHead(string departmentCode, string employeeId, DateOnly from)
{
    public long Id { get; private set; }

    public string DepartmentCode { get; private set; } = departmentCode;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly From { get; private set; } = from;
}
