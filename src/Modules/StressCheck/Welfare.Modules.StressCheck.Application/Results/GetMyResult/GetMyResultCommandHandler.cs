using MediatR;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResult;

internal sealed class GetMyResultCommandHandler(MyResultLoader loader) : IRequestHandler<GetMyResultCommand, ResultDto>
{
    public async Task<ResultDto> Handle(GetMyResultCommand request, CancellationToken cancellationToken) =>
        ResultDto.From(await loader.LoadAndNotifyAsync(request.CampaignId, "result.read", cancellationToken));
}
