using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Exports;

namespace Welfare.Modules.Overtime.Application.Limits;

/// <summary>The limits overview as a spreadsheet: one line per employee and limit, in the caller's language.</summary>
public static class LimitsCsv
{
    private static readonly LocalizedText[] Header =
    [
        new("職員番号", "Employee ID"), new("所属コード", "Department code"), new("年", "Year"), new("月", "Month"), new("年度", "Fiscal year"),
        new("部署の区分", "Department kind"), new("他律的部署からの異動後", "After a transfer from an other-driven department"), new("月の締め", "Month closed"),
        new("時間外勤務時間", "Overtime hours"), new("上限超過", "Any limit exceeded"), new("警告の段階(%)", "Highest warning (%)"),
        new("上限", "Limit"), new("時間", "Hours"), new("上限時間", "Limit hours"), new("超過", "Exceeded"), new("残り", "Remaining"),
    ];

    public static byte[] Write(IEnumerable<EmployeeLimitsDto> employees) => CsvWriter.Write(Header, employees.SelectMany(row => row.Limits.Select(limit => new[]
    {
        row.EmployeeId, row.DepartmentCode, Printed.Number(row.Year), Printed.Number(row.Month), Printed.Number(row.FiscalYear), Printed.Label(row.Kind),
        Printed.YesNo(row.Transitional), Printed.YesNo(row.Closed), Printed.Number(row.OvertimeHours), Printed.YesNo(row.AnyExceeded),
        Printed.Number(row.HighestWarning), Printed.Text(Name(limit.Limit)), Printed.Number(limit.Hours), Printed.Number(limit.LimitHours),
        Printed.YesNo(limit.Exceeded), Printed.Number(limit.Remaining),
    })));

    /// <summary>What a limit of <see cref="LimitStatusDto.Limit"/> is called (LimitsEngine names them).</summary>
    public static LocalizedText Name(string limit) => LimitsEngine.Describe(limit).Name;
}
