using MediatR;

namespace Welfare.Modules.Overtime.Application.Statistics.GetStatistics;

internal sealed class GetStatisticsQueryHandler(OvertimeStatistics statistics) : IRequestHandler<GetStatisticsQuery, OvertimeStatisticsDto>
{
    public Task<OvertimeStatisticsDto> Handle(GetStatisticsQuery request, CancellationToken cancellationToken) =>
        statistics.ComputeAsync(request.FiscalYear, request.Department, cancellationToken);
}
