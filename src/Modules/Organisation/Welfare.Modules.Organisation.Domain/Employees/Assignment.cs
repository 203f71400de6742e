namespace Welfare.Modules.Organisation.Domain.Employees;

/// <summary>
/// The employee's department over a period (配置). A transfer closes the current assignment and opens
/// a new one; the past is never overwritten, so "where was X on date D" always has an answer.
/// </summary>
public sealed class Assignment
{
    public Assignment(string departmentCode, DateOnly from)
    {
        DepartmentCode = departmentCode;
        From = from;
    }

    public long Id { get; private set; }

    public string DepartmentCode { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The last day in the department (inclusive); null while current.</summary>
    public DateOnly? To { get; private set; }

    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    internal void CloseOn(DateOnly lastDay) => To = lastDay;

    internal void Reopen() => To = null;

    /// <summary>A transfer dated the day the assignment started corrects it instead of adding a one-day-less history.</summary>
    internal void CorrectDepartment(string departmentCode) => DepartmentCode = departmentCode;
}
