namespace Welfare.Modules.Overtime.Application.Statistics;

/// <summary>
/// One fiscal year as the MIC survey reports it (seed 002 別添1), for the whole employer or one department.
/// <para>Definitions.</para>
/// <list type="bullet">
/// <item>Employee-months (調査対象延べ人数): for each month of the fiscal year that has begun (first day on or
/// before today, Japan time), every employee with an assignment in this module's directory on any day of
/// that month; the department of the month is that of the latest such assignment. A month without working
/// time counts as 0 h. Time recorded for someone outside the directory that month is not counted.</item>
/// <item>Overtime hours: the month's derived overtime (monthly totals, after corrections), not the health-purpose hours.</item>
/// <item>Average per employee per month = total hours ÷ employee-months; per year = total hours ÷ average
/// employees, where average employees = employee-months ÷ months counted (÷ 12 for a full year, as the
/// survey does). Rounded to 0.1 h.</item>
/// <item>Shares (%, 0.1) of employee-months over 45 h (&gt; 45), over 45 and under 100 h, and at or over 100 h.</item>
/// <item>Interviews: the cases of the year's months (one per eligible employee-month, exempt ones included
/// and closed as "physician judged unnecessary", as the survey's note 1 counts them); held rate = held ÷
/// eligible; reasons are shares of the cases closed as not held; pending = still open.</item>
/// </list>
/// </summary>
public sealed record OvertimeStatisticsDto(
    int FiscalYear,
    DateOnly From,
    DateOnly To,
    string? DepartmentCode,
    int MonthsCounted,
    long EmployeeMonths,
    double AverageEmployees,
    double TotalOvertimeHours,
    double AverageHoursPerEmployeePerMonth,
    double AverageHoursPerEmployeePerYear,
    long EmployeeMonthsOver45,
    double ShareOver45,
    long EmployeeMonthsOver45Under100,
    double ShareOver45Under100,
    long EmployeeMonthsAtOrOver100,
    double ShareAtOrOver100,
    InterviewStatisticsDto Interviews);

public sealed record InterviewStatisticsDto(
    int Eligible,
    int Mandatory,
    int OnRequest,
    int Held,
    double HeldRate,
    int NotHeld,
    int Pending,
    int PhysicianJudgedUnnecessary,
    double PhysicianJudgedUnnecessaryShare,
    int NoResponseOrDeclined,
    double NoResponseOrDeclinedShare,
    int TooBusy,
    double TooBusyShare,
    int Other,
    double OtherShare);
