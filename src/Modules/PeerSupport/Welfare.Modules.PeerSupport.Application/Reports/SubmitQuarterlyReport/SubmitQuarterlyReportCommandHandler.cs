using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Reports.SubmitQuarterlyReport;

internal sealed class SubmitQuarterlyReportCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<SubmitQuarterlyReportCommand, QuarterlyReportDto>
{
    private const string Action = "quarterly-report.submit";

    public async Task<QuarterlyReportDto> Handle(SubmitQuarterlyReportCommand request, CancellationToken cancellationToken)
    {
        await access.EnsureHeadsAsync(request.DepartmentCode, Action, cancellationToken);
        var quarter = new FiscalQuarter(request.FiscalYear, request.Quarter);
        quarter.EnsureEndedBefore(access.Today);
        if (await db.QuarterlyReports.AnyAsync(r => r.DepartmentCode == request.DepartmentCode && r.FiscalYear == quarter.FiscalYear && r.Quarter == quarter.Quarter, cancellationToken))
        {
            throw new ConflictException(PeerSupportProblems.QuarterlyReportExists);
        }

        // Counts only: no content, no subject leaves the consultations.
        var cases = await db.Consultations.AsNoTracking()
            .Where(c => c.DepartmentCode == request.DepartmentCode && c.OpenedOn >= quarter.Start && c.OpenedOn <= quarter.End)
            .Select(c => new { c.Category, c.Channel, c.Outcome, Urgent = c.Urgency != null })
            .ToListAsync(cancellationToken);
        var counts = cases.GroupBy(c => c.Category.ToString()).Select(g => new ReportCount("Category", g.Key, g.Count()))
            .Concat(cases.GroupBy(c => c.Channel.ToString()).Select(g => new ReportCount("Channel", g.Key, g.Count())))
            .Concat(cases.GroupBy(c => c.Outcome.ToString()).Select(g => new ReportCount("Outcome", g.Key, g.Count())))
            .ToList();
        var now = clock.GetUtcNow();
        var report = new QuarterlyReport(Guid.CreateVersion7(now), request.DepartmentCode, quarter.FiscalYear, quarter.Quarter, cases.Count, cases.Count(c => c.Urgent),
            counts, user.Id, now);
        db.QuarterlyReports.Add(report);
        audit.Record(Action, "QuarterlyReport", report.Id.ToString(), AuditOutcome.Allowed);
        return QuarterlyReportDto.From(report);
    }
}
