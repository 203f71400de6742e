using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordExcessAnalysis;

/// <summary>The department head records ④ the work done beyond the limit, ⑤ why it could not be avoided, and the analysis.</summary>
public sealed record RecordExcessAnalysisCommand(Guid Id, string WorkSummary, string WhyUnavoidable, string Analysis) : ICommand<ExcessAnalysisDto>;
