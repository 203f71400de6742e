namespace Welfare.Modules.PeerSupport.Domain.Directory;

/// <summary>
/// This module's copy of who works where since when, from the Organisation module's events: supporters are
/// designated from a department's own staff, and a department's employees see its supporters.
/// </summary>
public sealed class DirectoryEmployee(string employeeId, string status)
{
    private readonly List<DirectoryAssignment> _assignments = [];

    public string EmployeeId { get; private set; } = employeeId;

    /// <summary>Active, OnLeave or Left, as the directory says.</summary>
    public string Status { get; private set; } = status;

    public IReadOnlyList<DirectoryAssignment> Assignments => _assignments;

    public string? DepartmentOn(DateOnly date) => _assignments.LastOrDefault(a => a.From <= date && (a.To is null || date <= a.To))?.DepartmentCode;

    public void SetStatus(string status) => Status = status;

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

/// <summary>Who heads a department from when: department heads designate their department's supporters and report on them.</summary>
public sealed class DirectoryDepartmentHead(string departmentCode, string employeeId, DateOnly from)
{
    public long Id { get; private set; }

    public string DepartmentCode { get; private set; } = departmentCode;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly From { get; private set; } = from;
}
