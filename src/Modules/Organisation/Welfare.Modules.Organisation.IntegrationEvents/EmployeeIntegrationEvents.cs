using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.Organisation.IntegrationEvents;

// Everything a consumer needs to keep its own read model is in the event. Names travel too (ADR 0012): an
// employee must find a supporter, coordinator or counsellor by name in lists that only a module can filter by
// its own designations and access rules, and printed forms carry the name; the consumer decides who sees it.
// NameKanji/NameKana are null only on events written before names travelled (their payload lacks them).
// Each event names its employee as ordering key (outbox column, not a field): consumers see one employee's events in order.
// Enum-like fields are strings with the API's spelling: Sex "Female"/"Male"; EmploymentType
// "Regular"/"FixedTerm"/"Reappointed"; Status "Active"/"OnLeave"/"Left".

/// <summary>A new employee entered the directory. <c>EffectiveDate</c>: from when the facts hold.</summary>
public sealed record EmployeeRegisteredIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    string DepartmentCode,
    string Sex,
    string GradeCode,
    int GradeRank,
    string EmploymentType,
    string AppointingAuthority,
    string Status,
    DateOnly JoinedOn,
    DateOnly EffectiveDate,
    string? NameKanji,
    string? NameKana) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"employee:{EmployeeId}";
}

/// <summary>Facts of an employee changed; <c>ChangedFields</c> names them, the other fields carry the new state.</summary>
public sealed record EmployeeChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    IReadOnlyList<string> ChangedFields,
    string Sex,
    string GradeCode,
    int GradeRank,
    string EmploymentType,
    string AppointingAuthority,
    string Status,
    DateOnly EffectiveDate,
    string? NameKanji,
    string? NameKana) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"employee:{EmployeeId}";
}

/// <summary>The employee moved to another department from <c>EffectiveDate</c> (their first day there).</summary>
public sealed record EmployeeTransferredIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    string FromDepartmentCode,
    string ToDepartmentCode,
    DateOnly EffectiveDate) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"employee:{EmployeeId}";
}

/// <summary>The employee left; <c>LastDay</c> is their last day of employment.</summary>
public sealed record EmployeeLeftIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    string? DepartmentCode,
    DateOnly LastDay) : IIntegrationEvent
{
    string? IIntegrationEvent.OrderingKey => $"employee:{EmployeeId}";
}
