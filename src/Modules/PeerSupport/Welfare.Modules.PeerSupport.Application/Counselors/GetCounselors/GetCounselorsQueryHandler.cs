using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselors;

internal sealed class GetCounselorsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access) : IRequestHandler<GetCounselorsQuery, IReadOnlyList<ExternalCounselorDto>>
{
    public async Task<IReadOnlyList<ExternalCounselorDto>> Handle(GetCounselorsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("counselor.list", "ExternalCounselor", cancellationToken);
        var counselors = db.Counselors.AsNoTracking().Where(c => c.Active);
        if (request.Field is { } field)
        {
            counselors = counselors.Where(c => c.Field == field);
        }

        if (request.MentalHealth is { } mentalHealth)
        {
            counselors = counselors.Where(c => c.MentalHealth == mentalHealth);
        }

        return (await counselors.OrderBy(c => c.Field).ThenBy(c => c.Name).ToListAsync(cancellationToken)).Select(ExternalCounselorDto.From).ToList();
    }
}
