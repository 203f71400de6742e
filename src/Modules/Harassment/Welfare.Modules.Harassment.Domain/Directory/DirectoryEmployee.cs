namespace Welfare.Modules.Harassment.Domain.Directory;

/// <summary>
/// This module's copy of the directory facts it needs, from the Organisation module's events: whether a
/// counsellor is an active employee, the respondent's appointing authority (第5条3), and who is a new
/// employee or a new supervisor for training (第6条2).
/// </summary>
public sealed class DirectoryEmployee(string employeeId, string departmentCode, string appointingAuthority, int gradeRank, string status, DateOnly joinedOn)
{
    public string EmployeeId { get; private set; } = employeeId;

    public string DepartmentCode { get; private set; } = departmentCode;

    public string AppointingAuthority { get; private set; } = appointingAuthority;

    public int GradeRank { get; private set; } = gradeRank;

    /// <summary>Active, OnLeave or Left, as the directory says.</summary>
    public string Status { get; private set; } = status;

    public DateOnly JoinedOn { get; private set; } = joinedOn;

    /// <summary>When the employee first reached a supervisor's grade while in this directory; null if never or since joining.</summary>
    public DateOnly? PromotedToSupervisorOn { get; private set; }

    public bool IsActive => Status != "Left";

    public void Change(string appointingAuthority, int gradeRank, string status, DateOnly effectiveDate, int supervisorRank)
    {
        if (GradeRank < supervisorRank && gradeRank >= supervisorRank)
        {
            PromotedToSupervisorOn = effectiveDate;
        }

        AppointingAuthority = appointingAuthority;
        GradeRank = gradeRank;
        Status = status;
    }

    public void Transfer(string departmentCode) => DepartmentCode = departmentCode;

    public void Leave() => Status = "Left";
}
