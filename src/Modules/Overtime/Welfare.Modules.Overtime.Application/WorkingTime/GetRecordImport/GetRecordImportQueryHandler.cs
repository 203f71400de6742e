using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetRecordImport;

internal sealed class GetRecordImportQueryHandler(IOvertimeDbContext db, ICurrentUser user) : IRequestHandler<GetRecordImportQuery, RecordImportDto>
{
    public async Task<RecordImportDto> Handle(GetRecordImportQuery request, CancellationToken cancellationToken)
    {
        var import = await db.RecordImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.ImportId, cancellationToken);
        if (import is null || !(import.ImportedBy == user.Id || OvertimeAccess.RunsTheScheme(user)))
        {
            throw new NotFoundException("RecordImport", request.ImportId.ToString());
        }

        return RecordImportDto.From(import);
    }
}
