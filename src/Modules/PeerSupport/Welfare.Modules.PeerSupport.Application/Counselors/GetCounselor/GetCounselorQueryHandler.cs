using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.PeerSupport.Application.Counselors.GetCounselor;

internal sealed class GetCounselorQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, RecordVersion version)
    : IRequestHandler<GetCounselorQuery, ExternalCounselorDto>
{
    public async Task<ExternalCounselorDto> Handle(GetCounselorQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureInTheSchemeAsync("counselor.read", "ExternalCounselor", cancellationToken);
        var counselor = await db.Counselors.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("ExternalCounselor", request.Id.ToString());
        version.Observe(counselor);
        return ExternalCounselorDto.From(counselor);
    }
}
