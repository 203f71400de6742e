using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Analyses;

/// <summary>An analysis is the business of its department's head and the scheme's officers; to anyone else it does not exist.</summary>
internal sealed class ExcessAnalysisAccess(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version, TimeProvider clock)
{
    public async Task<ExcessAnalysis> LoadAsync(Guid id, bool headOnly, string action, CancellationToken cancellationToken)
    {
        var analysis = await db.ExcessAnalyses.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var heads = analysis is not null && await db.HeadsAsync(user, analysis.DepartmentCode, clock.Today(), cancellationToken);
        var allowed = analysis is not null && (heads || (!headOnly && OvertimeAccess.RunsTheScheme(user)));
        if (!allowed)
        {
            audit.Record(action, "ExcessAnalysis", id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("ExcessAnalysis", id.ToString());
        }

        audit.Record(action, "ExcessAnalysis", id.ToString(), AuditOutcome.Allowed);
        version.Observe(analysis!);
        return analysis!;
    }
}
