using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysis;

public sealed record GetExcessAnalysisQuery(Guid Id) : IQuery<ExcessAnalysisDto>;
