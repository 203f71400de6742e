using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Counselors.GetCounselors;

/// <summary>Every designation, current and ended (the welfare officer's register).</summary>
public sealed record GetCounselorsQuery : IQuery<IReadOnlyList<CounselorDto>>;

internal sealed class GetCounselorsQueryHandler(IHarassmentDbContext db, TimeProvider clock) : IRequestHandler<GetCounselorsQuery, IReadOnlyList<CounselorDto>>
{
    public async Task<IReadOnlyList<CounselorDto>> Handle(GetCounselorsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var counselors = await db.Counselors.AsNoTracking().OrderBy(c => c.EmployeeId).ThenBy(c => c.DesignatedOn).ToListAsync(cancellationToken);
        return counselors.Select(c => CounselorDto.Of(c, today)).ToList();
    }
}
