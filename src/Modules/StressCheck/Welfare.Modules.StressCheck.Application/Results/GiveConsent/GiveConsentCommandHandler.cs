using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.GiveConsent;

internal sealed class GiveConsentCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GiveConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(GiveConsentCommand request, CancellationToken cancellationToken)
    {
        // MHLW guideline: consent may be asked only after the employee has received the result.
        var campaign = await NotifiedResult.RequireAsync(db, request.CampaignId, user.Id, new LocalizedText(
            "結果の通知前には同意できません。先に自分の結果を確認してください。",
            "Consent can be given only after you have received your result. Read your result first."), cancellationToken);

        var consent = await db.Consents.SingleOrDefaultAsync(
            c => c.CampaignId == campaign.Id && c.EmployeeId == user.Id && c.WithdrawnAt == null, cancellationToken);
        if (consent is null)
        {
            consent = new ResultConsent(Guid.CreateVersion7(clock.GetUtcNow()), campaign.Id, user.Id, campaign.ConsentScope, ConsentSource.Explicit, clock.GetUtcNow());
            db.Consents.Add(consent);
        }

        audit.Record("consent.give", "Consent", consent.Id.ToString(), AuditOutcome.Allowed);
        return ConsentDto.From(consent);
    }
}
