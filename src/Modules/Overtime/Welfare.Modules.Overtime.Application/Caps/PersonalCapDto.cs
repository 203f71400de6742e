using Welfare.Modules.Overtime.Domain.Caps;

namespace Welfare.Modules.Overtime.Application.Caps;

/// <summary>A cap as the employee, their department head and the scheme's officers see it: period, hours and source; never the medical reason.</summary>
public sealed record PersonalCapDto(Guid Id, string EmployeeId, DateOnly From, DateOnly? To, double MonthlyHours, CapSource Source, DateTimeOffset SetAt)
{
    internal static PersonalCapDto Of(PersonalCap c) => new(c.Id, c.EmployeeId, c.From, c.To, c.MonthlyHours, c.Source, c.SetAt);
}
