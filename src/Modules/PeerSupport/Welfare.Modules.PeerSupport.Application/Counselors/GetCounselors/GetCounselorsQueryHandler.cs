using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselors;

internal sealed class GetCounselorsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access) : IRequestHandler<GetCounselorsQuery, PagedList<ExternalCounselorDto>>
{
    public async Task<PagedList<ExternalCounselorDto>> Handle(GetCounselorsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("counselor.list", "ExternalCounselor", cancellationToken);
        var counselors = db.Counselors.AsNoTracking().Where(c => c.Active);
        if (request.Field is { } field)
        {
            counselors = counselors.Where(c => c.Field == field);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = PersonSearch.Normalise(request.Search);
            var katakana = PersonSearch.Katakana(text);
            counselors = counselors.Where(c => c.Name.Replace(" ", "").Replace("\u3000", "").Contains(text) || c.Name.Replace(" ", "").Replace("\u3000", "").Contains(katakana));
        }

        if (request.MentalHealth is { } mentalHealth)
        {
            counselors = counselors.Where(c => c.MentalHealth == mentalHealth);
        }

        return (await counselors.OrderBy(c => c.Field).ThenBy(c => c.Name).ThenBy(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken)).Map(ExternalCounselorDto.From);
    }
}
