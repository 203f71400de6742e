using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Imports.GetImports;

internal sealed class GetImportsQueryHandler(IOrganisationDbContext db) : IRequestHandler<GetImportsQuery, Page<ImportSummaryDto>>
{
    public async Task<Page<ImportSummaryDto>> Handle(GetImportsQuery request, CancellationToken cancellationToken)
    {
        var total = await db.Imports.LongCountAsync(cancellationToken);
        var items = await db.Imports.AsNoTracking()
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Skip(request.Paging.Skip).Take(request.Paging.PageSize)
            .Select(i => new ImportSummaryDto(i.Id, i.Kind, i.Mode, i.DryRun, i.AsOf, i.ImportedBy, i.ImportedAt,
                i.TotalRows, i.Inserted, i.Updated, i.Transferred, i.Left, i.Unchanged, i.Rejected))
            .ToListAsync(cancellationToken);
        return new Page<ImportSummaryDto>(items, request.Paging.Page, request.Paging.PageSize, total);
    }
}
