using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Counselors.UpdateCounselor;

internal sealed class UpdateCounselorCommandHandler(IPeerSupportDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version, TimeProvider clock)
    : IRequestHandler<UpdateCounselorCommand, ExternalCounselorDto>
{
    public async Task<ExternalCounselorDto> Handle(UpdateCounselorCommand c, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken)
            ?? throw new NotFoundException("ExternalCounselor", c.Id.ToString());
        version.Observe(counselor);
        counselor.Update(c.Name, c.Field, c.MentalHealth, c.Paid, c.FeeNote, c.Contact, c.Availability, c.Active, user.Id, clock.GetUtcNow());
        audit.Record("counselor.update", "ExternalCounselor", counselor.Id.ToString(), AuditOutcome.Allowed);
        return ExternalCounselorDto.From(counselor);
    }
}
