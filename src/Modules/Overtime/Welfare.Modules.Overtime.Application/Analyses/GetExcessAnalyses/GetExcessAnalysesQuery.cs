using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalyses;

/// <summary>
/// Excess analyses, oldest due first: one department (its head or the scheme's officers) or all (the
/// scheme's officers); <see cref="Overdue"/> lists those past their due date and not closed.
/// </summary>
public sealed record GetExcessAnalysesQuery(string? Department, int? FiscalYear, ExcessAnalysisStatus? Status, bool? Overdue, PageRequest Paging)
    : IQuery<PagedList<ExcessAnalysisDto>>, IPagedQuery;
