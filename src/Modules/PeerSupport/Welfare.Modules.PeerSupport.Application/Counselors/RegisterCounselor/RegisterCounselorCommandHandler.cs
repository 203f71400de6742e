using MediatR;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Counselors.RegisterCounselor;

internal sealed class RegisterCounselorCommandHandler(IPeerSupportDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RegisterCounselorCommand, ExternalCounselorDto>
{
    public Task<ExternalCounselorDto> Handle(RegisterCounselorCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counselor = new ExternalCounselor(Guid.CreateVersion7(now), c.Name, c.Field, c.MentalHealth, c.Paid, c.FeeNote, c.Contact, c.Availability, user.Id, now);
        db.Counselors.Add(counselor);
        audit.Record("counselor.register", "ExternalCounselor", counselor.Id.ToString(), AuditOutcome.Allowed);
        return Task.FromResult(ExternalCounselorDto.From(counselor));
    }
}
