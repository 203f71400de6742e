using Welfare.SharedKernel.Application.Forms;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysisSheet;

/// <summary>
/// The excess analysis as the record sheet of seed 002 (3): items ① department, ② name, ③ the hours and the limit,
/// ④ the work, ⑤ why it could not be avoided, then the analysis and the countermeasures; for those who see the analysis.
/// </summary>
public sealed record GetExcessAnalysisSheetQuery(Guid Id) : IQuery<PrintedForm>;
