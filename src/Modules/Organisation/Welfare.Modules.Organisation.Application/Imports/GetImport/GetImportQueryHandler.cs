using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Imports.GetImport;

internal sealed class GetImportQueryHandler(IOrganisationDbContext db) : IRequestHandler<GetImportQuery, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(GetImportQuery request, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("DirectoryImport", request.Id.ToString());
        return ImportReportDto.From(import);
    }
}
