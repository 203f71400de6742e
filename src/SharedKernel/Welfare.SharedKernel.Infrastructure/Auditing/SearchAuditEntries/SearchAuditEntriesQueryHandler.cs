using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Auditing.SearchAuditEntries;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.SharedKernel.Infrastructure.Auditing.SearchAuditEntries;

internal sealed class SearchAuditEntriesQueryHandler(AuditDbContext db, IAuditTrail auditTrail)
    : IRequestHandler<SearchAuditEntriesQuery, PagedList<AuditEntryDto>>
{
    public async Task<PagedList<AuditEntryDto>> Handle(SearchAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.ActorId is not null)
        {
            entries = entries.Where(e => e.ActorId == request.ActorId);
        }

        if (request.Module is not null)
        {
            entries = entries.Where(e => e.Module == request.Module);
        }

        if (request.Action is not null)
        {
            entries = entries.Where(e => e.Action == request.Action);
        }

        if (request.RecordType is not null)
        {
            entries = entries.Where(e => e.RecordType == request.RecordType);
        }

        if (request.RecordId is not null)
        {
            entries = entries.Where(e => e.RecordId == request.RecordId);
        }

        if (request.Outcome is { } outcome)
        {
            var text = outcome.ToString();
            entries = entries.Where(e => e.Outcome == text);
        }

        // Npgsql writes only UTC instants; callers may send any offset (e.g. +09:00).
        if (request.From?.ToUniversalTime() is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (request.To?.ToUniversalTime() is { } to)
        {
            entries = entries.Where(e => e.OccurredAt <= to);
        }

        var page = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToPagedListAsync(request.Paging, cancellationToken);

        // Reading the trail is itself an access worth recording.
        auditTrail.Record("audit.search", "AuditTrail", "*", AuditOutcome.Allowed);

        return page.Map(e => new AuditEntryDto(
            e.Id, e.OccurredAt, e.Module, e.ActorId, e.ActorRoles, e.Action, e.RecordType, e.RecordId,
            Enum.Parse<AuditOutcome>(e.Outcome), e.TraceId));
    }
}
