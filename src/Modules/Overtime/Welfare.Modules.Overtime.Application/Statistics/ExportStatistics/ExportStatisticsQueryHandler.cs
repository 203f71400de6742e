using MediatR;

namespace Welfare.Modules.Overtime.Application.Statistics.ExportStatistics;

internal sealed class ExportStatisticsQueryHandler(OvertimeStatistics statistics) : IRequestHandler<ExportStatisticsQuery, byte[]>
{
    public async Task<byte[]> Handle(ExportStatisticsQuery request, CancellationToken cancellationToken) =>
        OvertimeStatistics.Csv(await statistics.ComputeAsync(request.FiscalYear, request.Department, cancellationToken));
}
