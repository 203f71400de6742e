using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Imports.GetImports;

internal sealed class GetImportsQueryHandler(IOrganisationDbContext db) : IRequestHandler<GetImportsQuery, PagedList<ImportSummaryDto>>
{
    // The summary columns only: an import keeps up to 10,000 rejections, read one import at a time (GetImport).
    public async Task<PagedList<ImportSummaryDto>> Handle(GetImportsQuery request, CancellationToken cancellationToken) =>
        (await db.Imports.AsNoTracking()
            .Select(i => new { i.Id, i.Kind, i.Mode, i.DryRun, i.AsOf, i.ImportedBy, i.ImportedAt, i.TotalRows, i.Inserted, i.Updated, i.Transferred, i.Left, i.Unchanged, i.Rejected })
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .ToPagedListAsync(request.Paging, cancellationToken))
        .Map(i => new ImportSummaryDto(i.Id, i.Kind, i.Mode, i.DryRun, i.AsOf, i.ImportedBy, i.ImportedAt,
            i.TotalRows, i.Inserted, i.Updated, i.Transferred, i.Left, i.Unchanged, i.Rejected));
}
