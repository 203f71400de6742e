using MediatR;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysis;

internal sealed class GetExcessAnalysisQueryHandler(ExcessAnalysisAccess access, TimeProvider clock) : IRequestHandler<GetExcessAnalysisQuery, ExcessAnalysisDto>
{
    public async Task<ExcessAnalysisDto> Handle(GetExcessAnalysisQuery request, CancellationToken cancellationToken) =>
        ExcessAnalysisDto.From(await access.LoadAsync(request.Id, headOnly: false, "excess-analysis.read", cancellationToken), clock.Today());
}
