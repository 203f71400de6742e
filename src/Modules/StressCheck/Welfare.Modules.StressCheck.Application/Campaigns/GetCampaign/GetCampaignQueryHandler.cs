using MediatR;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaign;

internal sealed class GetCampaignQueryHandler(IStressCheckDbContext db, ICurrentUser user, RecordVersion version) : IRequestHandler<GetCampaignQuery, CampaignDto>
{
    public async Task<CampaignDto> Handle(GetCampaignQuery request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, request.CampaignId, targetOf: user.Id, cancellationToken);
        if (!StressCheckAccess.SeesCampaign(user, campaign))
        {
            throw new NotFoundException("Campaign", request.CampaignId.ToString());
        }

        version.Observe(campaign);

        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
