using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Departments.GetOtherDrivenShare;

internal sealed class GetOtherDrivenShareQueryHandler(IOvertimeDbContext db, TimeProvider clock) : IRequestHandler<GetOtherDrivenShareQuery, OtherDrivenShareDto>
{
    public async Task<OtherDrivenShareDto> Handle(GetOtherDrivenShareQuery request, CancellationToken cancellationToken)
    {
        var on = request.On ?? clock.Today();
        var open = (await db.DirectoryDepartments.AsNoTracking().ToListAsync(cancellationToken)).Where(d => d.IsOpenOn(on)).Select(d => d.DepartmentCode).ToHashSet();
        var designated = (await db.Designations.AsNoTracking().ToListAsync(cancellationToken))
            .Where(d => d.Covers(on) && open.Contains(d.DepartmentCode)).Select(d => d.DepartmentCode).Distinct().Count();
        var rules = OvertimeRuleSet.InForceOn(await db.RuleSets.AsNoTracking().ToListAsync(cancellationToken), on);
        var share = open.Count == 0 ? 0 : Math.Round((double)designated / open.Count, 4);
        return new OtherDrivenShareDto(on, open.Count, designated, share, rules.OtherDrivenShareWarning, share > rules.OtherDrivenShareWarning);
    }
}
