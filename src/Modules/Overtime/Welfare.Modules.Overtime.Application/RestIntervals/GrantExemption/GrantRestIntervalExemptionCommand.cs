using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GrantExemption;

/// <summary>The department head approves that the rest interval does not apply after one day's work, for business necessity or at the employee's request, with the reason.</summary>
public sealed record GrantRestIntervalExemptionCommand(string EmployeeId, DateOnly WorkDate, ExemptionKind Kind, string Reason) : ICommand<RestIntervalExemptionDto>;

public sealed record RestIntervalExemptionDto(Guid Id, string EmployeeId, DateOnly WorkDate, ExemptionKind Kind, string Reason, string ApprovedBy, DateTimeOffset ApprovedAt);
