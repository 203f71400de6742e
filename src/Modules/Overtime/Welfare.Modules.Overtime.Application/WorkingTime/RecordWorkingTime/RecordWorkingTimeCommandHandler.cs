using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.WorkingTime.RecordWorkingTime;

internal sealed class RecordWorkingTimeCommandHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordWorkingTimeCommand, RecordResult>
{
    // Compiled once: every record an attendance system or an employee sends runs both (bench/http).
    private static readonly Func<DbContext, string, CancellationToken, Task<bool>> InDirectory =
        EF.CompileAsyncQuery((DbContext context, string employeeId, CancellationToken _) =>
            context.Set<DirectoryEmployee>().Any(e => e.EmployeeId == employeeId));

    private static readonly Func<DbContext, string, RecordSource, DateOnly, DateOnly, DateTimeOffset, DateTimeOffset, CancellationToken, Task<bool>> Overlaps =
        EF.CompileAsyncQuery((DbContext context, string employeeId, RecordSource source, DateOnly from, DateOnly to, DateTimeOffset startedAt, DateTimeOffset endedAt, CancellationToken _) =>
            context.Set<WorkingTimeRecord>().Any(r => r.EmployeeId == employeeId && r.Source == source
                && r.WorkDate >= from && r.WorkDate <= to && r.StartedAt < endedAt && startedAt < r.EndedAt));

    public async Task<RecordResult> Handle(RecordWorkingTimeCommand request, CancellationToken cancellationToken)
    {
        // Objective records come from attendance systems (or an officer keying one in); a self-report only from the employee.
        var allowed = request.Source == RecordSource.SelfReport
            ? user.Id == request.EmployeeId
            : user.IsInRole(Roles.AttendanceSystem) || OvertimeAccess.RunsTheScheme(user);
        if (!allowed)
        {
            audit.Record("working-time.record", "WorkingTimeRecord", request.EmployeeId, AuditOutcome.Denied);
            throw new ForbiddenException(new LocalizedText(
                request.Source == RecordSource.SelfReport ? "自己申告は本人だけが行えます。" : "客観的記録は勤怠システムまたは担当者だけが登録できます。",
                request.Source == RecordSource.SelfReport ? "Only the employee reports their own time." : "Only an attendance system or the scheme's officers record objective time."));
        }

        if (request.ExternalId is not null
            && await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Source == request.Source && r.ExternalId == request.ExternalId, cancellationToken) is { } existing)
        {
            if (existing.EmployeeId != request.EmployeeId || existing.StartedAt != request.StartedAt || existing.EndedAt != request.EndedAt)
            {
                throw new ConflictException(OvertimeProblems.ExternalIdReused);
            }

            return new RecordResult(false, WorkingTimeRecordDto.From(existing));
        }

        // Only whether the employee is in the directory matters here: an existence check, not the employee
        // with their assignments loaded and tracked (two more queries on every record).
        if (!await InDirectory((DbContext)db, request.EmployeeId, cancellationToken))
        {
            throw new BusinessRuleViolationException(OvertimeProblems.EmployeeNotInDirectory, new LocalizedText(
                $"職員 {request.EmployeeId} は職員名簿にありません。", $"Employee {request.EmployeeId} is not in the directory."));
        }

        var now = clock.GetUtcNow();
        var record = new WorkingTimeRecord(request.EmployeeId, request.Source, request.ExternalId, request.WorkDate, request.StartedAt, request.EndedAt, user.Id, now);
        // A record starts on its work date and may run past midnight: only the day before can reach into it.
        if (await Overlaps((DbContext)db, request.EmployeeId, request.Source, request.WorkDate.AddDays(-1), request.WorkDate, record.StartedAt, record.EndedAt, cancellationToken))
        {
            throw new ConflictException(OvertimeProblems.RecordOverlaps);
        }

        db.Records.Add(record);
        audit.Record("working-time.record", "WorkingTimeRecord", request.EmployeeId, AuditOutcome.Allowed);
        return new RecordResult(true, WorkingTimeRecordDto.From(record));
    }
}
