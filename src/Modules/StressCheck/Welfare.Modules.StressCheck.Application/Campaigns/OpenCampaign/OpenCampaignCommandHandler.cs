using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.StressCheck.Application.Campaigns.OpenCampaign;

internal sealed class OpenCampaignCommandHandler(IStressCheckDbContext db, DirectoryFreshness freshness, IAuditTrail audit, RecordVersion version) : IRequestHandler<OpenCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(OpenCampaignCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: null, cancellationToken);
        var asOf = campaign.OpensOn;

        // Everyone in the directory who is employed (and not on leave) on the opening date, in the selected departments
        // and employment types, with their department and sex on that date.
        var employees = await db.DirectoryEmployees.AsNoTracking().Include(e => e.Assignments)
            .Where(e => e.Status != "OnLeave" && e.Assignments.Any(a => a.From <= asOf && (a.To == null || a.To >= asOf)))
            .ToListAsync(cancellationToken);
        var targets = employees
            .Select(e => (Employee: e, Department: e.DepartmentOn(asOf)!))
            .Where(x => campaign.TargetDepartments.Count == 0 || campaign.TargetDepartments.Contains(x.Department))
            .Where(x => campaign.TargetEmploymentTypes.Count == 0 || campaign.TargetEmploymentTypes.Contains(x.Employee.EmploymentType))
            .Select(x => new CampaignTarget(x.Employee.EmployeeId, x.Department, SexOf.Directory(x.Employee.Sex)));

        campaign.Open(targets);
        audit.Record("campaign.open", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
