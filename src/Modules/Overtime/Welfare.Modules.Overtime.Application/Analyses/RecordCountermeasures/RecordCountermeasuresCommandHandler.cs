using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordCountermeasures;

internal sealed class RecordCountermeasuresCommandHandler(ExcessAnalysisAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordCountermeasuresCommand, ExcessAnalysisDto>
{
    public async Task<ExcessAnalysisDto> Handle(RecordCountermeasuresCommand request, CancellationToken cancellationToken)
    {
        // The endpoint admits personnel officers only; they see every department's analyses.
        var analysis = await access.LoadAsync(request.Id, headOnly: false, "excess-analysis.countermeasures", cancellationToken);
        analysis.RecordCountermeasures(request.Countermeasures, user.Id, clock.GetUtcNow());
        return ExcessAnalysisDto.From(analysis, clock.Today());
    }
}
