using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.StressCheck.Application.Campaigns.AddTarget;

internal sealed class AddTargetCommandHandler(IStressCheckDbContext db, DirectoryFreshness freshness, IAuditTrail audit, RecordVersion version, TimeProvider clock) : IRequestHandler<AddTargetCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(AddTargetCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: request.EmployeeId, cancellationToken);
        var employee = await db.DirectoryEmployees.AsNoTracking().Include(e => e.Assignments)
            .SingleOrDefaultAsync(e => e.EmployeeId == request.EmployeeId, cancellationToken);
        var department = employee?.DepartmentOn(campaign.OpensOn) ?? employee?.DepartmentOn(clock.Today());
        if (employee is null || department is null)
        {
            throw new BusinessRuleViolationException(StressCheckProblems.NotInDirectory, new LocalizedText(
                $"職員番号 {request.EmployeeId} は職員名簿にありません。", $"Staff number {request.EmployeeId} is not in the directory."));
        }

        campaign.Add(new CampaignTarget(employee.EmployeeId, department, SexOf.Directory(employee.Sex), addedIndividually: true, request.Reason));
        audit.Record("campaign.target.add", "CampaignTarget", $"{campaign.Id}/{request.EmployeeId}", AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
