using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters;

/// <summary>Issues Form 1 and Form 3 for a change of a department's supporters, in the change's transaction.</summary>
internal sealed class DesignationPaperwork(IPeerSupportDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<SupporterChangeDto> IssueAsync(SupporterDesignation changed, Workplace workplace, DesignationChange change, DateOnly effectiveOn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var notice = new DesignationNotice(Guid.CreateVersion7(now), NoticeForm.SupporterNotice, change, changed.Id, changed.EmployeeId, changed.DepartmentCode,
            workplace.Id, effectiveOn, user.Id, now);
        db.Notices.Add(notice);

        // The unsaved change is not in the query; put it in by hand.
        var others = await db.Supporters.AsNoTracking().Where(s => s.DepartmentCode == changed.DepartmentCode && s.Id != changed.Id).ToListAsync(cancellationToken);
        var current = others.Append(changed).Where(s => s.IsCurrentOn(effectiveOn)).ToList();
        var workplaceIds = current.Select(s => s.WorkplaceId).Distinct().ToList();
        var names = await db.Workplaces.AsNoTracking().Where(w => workplaceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var lines = current.OrderBy(s => names[s.WorkplaceId], StringComparer.Ordinal).ThenBy(s => s.EmployeeId, StringComparer.Ordinal)
            .Select(s => new ReportedSupporter(s.EmployeeId, s.WorkplaceId, names[s.WorkplaceId], s.Contact, s.DesignatedOn)).ToList();
        var report = new DesignationReport(Guid.CreateVersion7(now), changed.DepartmentCode, change, changed.EmployeeId, effectiveOn, lines, user.Id, now);
        db.DesignationReports.Add(report);
        var people = await db.PeopleAsync([changed.EmployeeId], effectiveOn, cancellationToken);
        return new SupporterChangeDto(SupporterDto.From(changed, workplace.Name, people), NoticeDto.From(notice), DesignationReportDto.From(report));
    }
}
