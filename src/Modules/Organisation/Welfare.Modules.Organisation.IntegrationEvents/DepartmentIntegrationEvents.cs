using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.Organisation.IntegrationEvents;

/// <summary>A department was created or changed (including closed: <c>EffectiveTo</c> set). Carries its whole state.</summary>
public sealed record DepartmentChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    bool IsNew,
    string Name,
    string? ParentDepartmentCode,
    string AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"department:{DepartmentCode}";
}

/// <summary>A department head (所属長) took office on <c>EffectiveFrom</c>, succeeding <c>PreviousHeadEmployeeId</c> if any.</summary>
public sealed record DepartmentHeadAssignedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string HeadEmployeeId,
    string? PreviousHeadEmployeeId,
    DateOnly EffectiveFrom) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"department:{DepartmentCode}";
}
