using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.GetResult;

internal sealed class GetResultQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, ResultDisclosure disclosure)
    : IRequestHandler<GetResultQuery, DisclosedResultDto>
{
    public async Task<DisclosedResultDto> Handle(GetResultQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, ResultDisclosure.Action, cancellationToken);
        return await disclosure.DiscloseOneAsync(campaign, request.EmployeeId, cancellationToken);
    }
}
