using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.WithdrawConsent;

internal sealed class WithdrawConsentCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<WithdrawConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(WithdrawConsentCommand request, CancellationToken cancellationToken)
    {
        var consent = await db.Consents.SingleOrDefaultAsync(
                c => c.CampaignId == request.CampaignId && c.EmployeeId == user.Id && c.WithdrawnAt == null, cancellationToken)
            ?? throw new NotFoundException("Consent", request.CampaignId.ToString());
        consent.Withdraw(clock.GetUtcNow());
        audit.Record("consent.withdraw", "Consent", consent.Id.ToString(), AuditOutcome.Allowed);
        return ConsentDto.From(consent);
    }
}
