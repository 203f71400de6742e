using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordCountermeasures;

/// <summary>The personnel officer records the organisation's countermeasures (workload reduction, efficiency, staffing); this closes the analysis.</summary>
public sealed record RecordCountermeasuresCommand(Guid Id, string Countermeasures) : ICommand<ExcessAnalysisDto>;
