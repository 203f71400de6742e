using MediatR;

namespace Welfare.Modules.StressCheck.Application.Results.GetMyResultChart;

internal sealed class GetMyResultChartCommandHandler(MyResultLoader loader) : IRequestHandler<GetMyResultChartCommand, string>
{
    public async Task<string> Handle(GetMyResultChartCommand request, CancellationToken cancellationToken) =>
        RadarChart.Draw(await loader.LoadAndNotifyAsync(request.CampaignId, "result.chart.read", cancellationToken));
}
