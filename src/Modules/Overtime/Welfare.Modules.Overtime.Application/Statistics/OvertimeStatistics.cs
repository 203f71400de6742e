using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Modules.Overtime.Application.Statistics;

/// <summary>Computes <see cref="OvertimeStatisticsDto"/> (definitions there) for the scheme's officers.</summary>
internal sealed class OvertimeStatistics(IOvertimeDbContext db, IOvertimeTotals totals, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
{
    private const string Action = "overtime.statistics.read";
    private const int Over45Minutes = 45 * 60;
    private const int Hundred = 100 * 60;

    public async Task<OvertimeStatisticsDto> ComputeAsync(int fiscalYear, string? departmentCode, CancellationToken cancellationToken)
    {
        if (!OvertimeAccess.RunsTheScheme(user))
        {
            audit.Record(Action, "OvertimeStatistics", fiscalYear.ToString(CultureInfo.InvariantCulture), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        // The start month of the rules in force on 1 April (the national fiscal year's start) of that year.
        var (_, rules) = await RulesInForce.OnAsync(db, new DateOnly(fiscalYear, 4, 1), cancellationToken);
        var from = new DateOnly(fiscalYear, rules.YearStartMonth, 1);
        var to = from.AddMonths(12).AddDays(-1);
        var today = clock.Today();
        var months = Enumerable.Range(0, 12).Select(from.AddMonths).Where(m => m <= today).ToList();

        await totals.RefreshAsync(cancellationToken);
        var employees = await db.DirectoryEmployees.AsNoTracking().Include(e => e.Assignments)
            .Where(e => e.Assignments.Any(a => a.From <= to && (a.To == null || a.To >= from)))
            .ToListAsync(cancellationToken);
        var fromKey = (from.Year * 12) + from.Month;
        var toKey = (to.Year * 12) + to.Month;
        var minutes = (await db.Months.AsNoTracking().Where(m => (m.Year * 12) + m.Month >= fromKey && (m.Year * 12) + m.Month <= toKey).ToListAsync(cancellationToken))
            .ToDictionary(m => (m.EmployeeId, m.Year, m.Month), m => m.OvertimeMinutes);

        long employeeMonths = 0, totalMinutes = 0, over45 = 0, over45Under100 = 0, atOrOver100 = 0;
        foreach (var month in months)
        {
            var last = month.AddMonths(1).AddDays(-1);
            foreach (var employee in employees)
            {
                var assignment = employee.Assignments.Where(a => a.From <= last && (a.To is null || a.To >= month))
                    .OrderBy(a => a.From).ThenBy(a => a.Id).LastOrDefault();
                if (assignment is null || (departmentCode is not null && assignment.DepartmentCode != departmentCode))
                {
                    continue;
                }

                var overtime = minutes.GetValueOrDefault((employee.EmployeeId, month.Year, month.Month));
                employeeMonths++;
                totalMinutes += overtime;
                if (overtime > Over45Minutes)
                {
                    over45++;
                    if (overtime < Hundred)
                    {
                        over45Under100++;
                    }
                }

                if (overtime >= Hundred)
                {
                    atOrOver100++;
                }
            }
        }

        var cases = await db.LongHoursInterviews.AsNoTracking()
            .Where(i => (i.Year * 12) + i.Month >= fromKey && (i.Year * 12) + i.Month <= toKey && (departmentCode == null || i.DepartmentCode == departmentCode))
            .Select(i => new { i.Status, i.Mandatory, i.NotHeldReason })
            .ToListAsync(cancellationToken);
        var notHeld = cases.Count(c => c.Status == LongHoursInterviewStatus.NotHeld);
        int Reason(NotHeldReason reason) => cases.Count(c => c.Status == LongHoursInterviewStatus.NotHeld && c.NotHeldReason == reason);
        var held = cases.Count(c => c.Status == LongHoursInterviewStatus.Held);
        var unnecessary = Reason(NotHeldReason.PhysicianJudgedUnnecessary);
        var noResponse = Reason(NotHeldReason.NoResponseOrDeclined);
        var busy = Reason(NotHeldReason.TooBusy);
        var other = Reason(NotHeldReason.Other);
        var interviews = new InterviewStatisticsDto(
            cases.Count, cases.Count(c => c.Mandatory), cases.Count(c => !c.Mandatory), held, Percent(held, cases.Count), notHeld,
            cases.Count - held - notHeld, unnecessary, Percent(unnecessary, notHeld), noResponse, Percent(noResponse, notHeld), busy, Percent(busy, notHeld),
            other, Percent(other, notHeld));

        var totalHours = totalMinutes / 60.0;
        var averageEmployees = months.Count == 0 ? 0 : employeeMonths / (double)months.Count;
        audit.Record(Action, "OvertimeStatistics", fiscalYear.ToString(CultureInfo.InvariantCulture), AuditOutcome.Allowed);
        return new OvertimeStatisticsDto(
            fiscalYear, from, to, departmentCode, months.Count, employeeMonths, Round(averageEmployees, 2), Round(totalHours, 2),
            employeeMonths == 0 ? 0 : Round(totalHours / employeeMonths, 1),
            averageEmployees == 0 ? 0 : Round(totalHours / averageEmployees, 1),
            over45, Percent(over45, employeeMonths), over45Under100, Percent(over45Under100, employeeMonths), atOrOver100, Percent(atOrOver100, employeeMonths),
            interviews);
    }

    /// <summary>UTF-8 with BOM, CRLF, a header line in the caller's language and one line of values.</summary>
    public static byte[] Csv(OvertimeStatisticsDto s)
    {
        LocalizedText[] header =
        [
            new("年度", "Fiscal year"), new("所属", "Department"), new("集計月数", "Months counted"), new("調査対象延べ人数", "Employee-months"),
            new("時間外勤務時間計", "Total overtime hours"), new("1人当たり時間外勤務時間(月)", "Overtime per employee per month"),
            new("1人当たり時間外勤務時間(年)", "Overtime per employee per year"),
            new("45時間超(延べ人数)", "Over 45 h (employee-months)"), new("45時間超(%)", "Over 45 h (%)"),
            new("45時間超100時間未満(延べ人数)", "Over 45 h and under 100 h (employee-months)"), new("45時間超100時間未満(%)", "Over 45 h and under 100 h (%)"),
            new("100時間以上(延べ人数)", "100 h or more (employee-months)"), new("100時間以上(%)", "100 h or more (%)"),
            new("面接指導の対象者", "Eligible for an interview"), new("うち義務", "Of which mandatory"), new("うち申出", "Of which on request"),
            new("面接指導の実施者", "Interviews held"), new("実施率(%)", "Rate held (%)"), new("未実施者", "Not held"), new("未了", "Pending"),
            .. new[] { NotHeldReason.PhysicianJudgedUnnecessary, NotHeldReason.NoResponseOrDeclined, NotHeldReason.TooBusy, NotHeldReason.Other }
                .SelectMany(r => new[] { Labels.Of(r), new LocalizedText($"{Labels.Of(r).Japanese}(%)", $"{Labels.Of(r).English} (%)") }),
        ];
        var i = s.Interviews;
        string[] values =
        [
            N(s.FiscalYear), s.DepartmentCode ?? Printed.Text(new("全体", "All")), N(s.MonthsCounted), N(s.EmployeeMonths), N(s.TotalOvertimeHours),
            N(s.AverageHoursPerEmployeePerMonth), N(s.AverageHoursPerEmployeePerYear),
            N(s.EmployeeMonthsOver45), N(s.ShareOver45), N(s.EmployeeMonthsOver45Under100), N(s.ShareOver45Under100), N(s.EmployeeMonthsAtOrOver100), N(s.ShareAtOrOver100),
            N(i.Eligible), N(i.Mandatory), N(i.OnRequest), N(i.Held), N(i.HeldRate), N(i.NotHeld), N(i.Pending),
            N(i.PhysicianJudgedUnnecessary), N(i.PhysicianJudgedUnnecessaryShare), N(i.NoResponseOrDeclined), N(i.NoResponseOrDeclinedShare),
            N(i.TooBusy), N(i.TooBusyShare), N(i.Other), N(i.OtherShare),
        ];
        return CsvWriter.Write(header, [values]);
    }

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static double Percent(long part, long whole) => whole == 0 ? 0 : Round(part * 100.0 / whole, 1);
}
