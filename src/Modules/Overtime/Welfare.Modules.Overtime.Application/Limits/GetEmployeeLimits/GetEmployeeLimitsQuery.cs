using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Limits.GetEmployeeLimits;

/// <summary>One employee's limits in a month (default: the current month); EmployeeId null means the caller.</summary>
public sealed record GetEmployeeLimitsQuery(string? EmployeeId, int? Year, int? Month) : IQuery<EmployeeLimitsDto>;
