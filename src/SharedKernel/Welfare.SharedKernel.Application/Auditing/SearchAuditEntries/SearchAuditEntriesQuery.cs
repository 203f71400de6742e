using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.SharedKernel.Application.Auditing.SearchAuditEntries;

/// <summary>Audit entries, newest first, narrowed by any of the filters.</summary>
public sealed record SearchAuditEntriesQuery(
    string? ActorId,
    string? Module,
    string? Action,
    string? RecordType,
    string? RecordId,
    AuditOutcome? Outcome,
    DateTimeOffset? From,
    DateTimeOffset? To,
    PageRequest Paging) : IQuery<PagedList<AuditEntryDto>>, IPagedQuery;
