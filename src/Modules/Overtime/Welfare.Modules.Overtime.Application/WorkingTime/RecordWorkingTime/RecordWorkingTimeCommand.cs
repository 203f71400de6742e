using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.RecordWorkingTime;

/// <summary>
/// One span of work: an objective record from an attendance system (by source and its external id;
/// sending it again changes nothing) or the employee's own self-report.
/// </summary>
public sealed record RecordWorkingTimeCommand(string EmployeeId, RecordSource Source, string? ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt)
    : ICommand<RecordResult>;

public sealed record RecordResult(bool Created, WorkingTimeRecordDto Record);

public sealed record WorkingTimeRecordDto(long Id, string EmployeeId, RecordSource Source, string? ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    public static WorkingTimeRecordDto From(WorkingTimeRecord r) =>
        new(r.Id, r.EmployeeId, r.Source, r.ExternalId, r.WorkDate, r.StartedAt, r.EndedAt, r.RecordedBy, r.RecordedAt);
}
