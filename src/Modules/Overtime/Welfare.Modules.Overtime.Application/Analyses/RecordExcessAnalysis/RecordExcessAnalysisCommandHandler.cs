using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordExcessAnalysis;

internal sealed class RecordExcessAnalysisCommandHandler(ExcessAnalysisAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordExcessAnalysisCommand, ExcessAnalysisDto>
{
    public async Task<ExcessAnalysisDto> Handle(RecordExcessAnalysisCommand request, CancellationToken cancellationToken)
    {
        var analysis = await access.LoadAsync(request.Id, headOnly: true, "excess-analysis.analyse", cancellationToken);
        analysis.RecordAnalysis(request.WorkSummary, request.WhyUnavoidable, request.Analysis, user.Id, clock.GetUtcNow());
        return ExcessAnalysisDto.From(analysis, clock.Today());
    }
}
