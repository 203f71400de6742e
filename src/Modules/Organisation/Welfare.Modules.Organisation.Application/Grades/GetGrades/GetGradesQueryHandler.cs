using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.Organisation.Application.Grades.GetGrades;

internal sealed class GetGradesQueryHandler(IOrganisationDbContext db) : IRequestHandler<GetGradesQuery, IReadOnlyList<GradeDto>>
{
    public async Task<IReadOnlyList<GradeDto>> Handle(GetGradesQuery request, CancellationToken cancellationToken)
    {
        var grades = await db.Grades.AsNoTracking().OrderBy(g => g.Rank).ToListAsync(cancellationToken);
        return grades.Adapt<List<GradeDto>>();
    }
}
