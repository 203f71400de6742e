using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Imports.GetImports;

/// <summary>The import history, newest first.</summary>
public sealed record GetImportsQuery(PageRequest Paging) : IQuery<PagedList<ImportSummaryDto>>, IPagedQuery;

public sealed record ImportSummaryDto(
    Guid Id,
    ImportKind Kind,
    ImportMode Mode,
    bool DryRun,
    DateOnly AsOf,
    string ImportedBy,
    DateTimeOffset ImportedAt,
    int TotalRows,
    int Inserted,
    int Updated,
    int Transferred,
    int Left,
    int Unchanged,
    int Rejected);
