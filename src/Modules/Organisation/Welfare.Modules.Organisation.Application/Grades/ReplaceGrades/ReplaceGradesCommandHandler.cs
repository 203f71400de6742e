using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.Organisation.Application.Grades.ReplaceGrades;

internal sealed class ReplaceGradesCommandHandler(IOrganisationDbContext db, IAuditTrail audit)
    : IRequestHandler<ReplaceGradesCommand, IReadOnlyList<GradeDto>>
{
    public async Task<IReadOnlyList<GradeDto>> Handle(ReplaceGradesCommand request, CancellationToken cancellationToken)
    {
        var current = await db.Grades.OrderBy(g => g.Rank).ToListAsync(cancellationToken);
        var inUse = (await db.Employees.Select(e => e.GradeCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var (added, removed) = GradeScale.Replace(current, [.. request.Grades.Select(g => (g.Code, g.Name))], inUse);
        db.Grades.RemoveRange(removed);
        db.Grades.AddRange(added);
        audit.Record("grades.replace", "GradeScale", "*", AuditOutcome.Allowed);

        return [.. current.Except(removed).Concat(added).OrderBy(g => g.Rank).Select(g => new GradeDto(g.Code, g.Name, g.Rank))];
    }
}
