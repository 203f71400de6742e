using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results;

public enum Disclosure
{
    /// <summary>The whole result (implementer, staff; employer side with full-result consent).</summary>
    [Label("結果全体", "The whole result")]
    Full,

    /// <summary>Only "high stress, interview needed" (consent scope decided by the health committee).</summary>
    [Label("高ストレス・面接指導要否のみ", "High stress and interview need only")]
    HighStressOnly,
}

/// <summary>A result as one caller may see it; fields beyond the disclosure are null.</summary>
public sealed record DisclosedResultDto(
    string EmployeeId,
    string DepartmentCode,
    Disclosure Disclosure,
    bool HighStress,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? NotifiedAt,
    int? DomainA,
    int? DomainB,
    int? DomainC,
    IReadOnlyList<ScaleResultDto>? Scales);

/// <summary>
/// Who sees whose result (seed 004 別表第1): without consent only the employee, the implementer and the
/// staff; with consent also the head of the employee's department and welfare officers, within the
/// consent scope. Every result shown is audited; a result the caller may not see does not exist.
/// </summary>
internal sealed class ResultDisclosure(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
{
    public const string Action = "result.read";

    /// <summary>What the caller may see of this campaign's results: everything, consented ones only, or nothing (403).</summary>
    public async Task<ResultViewer> ViewerAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        if (StressCheckAccess.IsImplementer(user, campaign) || StressCheckAccess.ActsAsStaff(user, campaign, audit, Action))
        {
            return new ResultViewer(SeesAll: true, SeesAllDepartments: true, []);
        }

        if (StressCheckAccess.IsWelfareOfficer(user))
        {
            return new ResultViewer(SeesAll: false, SeesAllDepartments: true, []);
        }

        if (user.IsInRole(Roles.DepartmentHead))
        {
            var today = clock.Today();
            var headed = await db.DepartmentsHeadedAsync(user, today, cancellationToken);
            return new ResultViewer(SeesAll: false, SeesAllDepartments: false, [.. headed]);
        }

        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
        throw new ForbiddenException();
    }

    public DisclosedResultDto? Disclose(Campaign campaign, ResultViewer viewer, Submission result, ResultConsent? consent)
    {
        if (!viewer.SeesAllDepartments && !viewer.Departments.Contains(result.DepartmentCode))
        {
            return null;
        }

        Disclosure disclosure;
        if (viewer.SeesAll)
        {
            disclosure = Disclosure.Full;
        }
        else if (consent is { IsActive: true } && result.NotifiedAt is not null)
        {
            disclosure = consent.Scope == ConsentScope.FullResult ? Disclosure.Full : Disclosure.HighStressOnly;
        }
        else
        {
            return null;
        }

        audit.Record(Action, "Result", result.Id.ToString(), AuditOutcome.Allowed);
        if (disclosure == Disclosure.HighStressOnly)
        {
            return new DisclosedResultDto(result.EmployeeId, result.DepartmentCode, disclosure, result.HighStress, null, null, null, null, null, null);
        }

        var full = ResultDto.ScalesOf(result);
        return new DisclosedResultDto(result.EmployeeId, result.DepartmentCode, disclosure, result.HighStress, result.SubmittedAt, result.NotifiedAt,
            result.DomainA, result.DomainB, result.DomainC, full);
    }

    public async Task<DisclosedResultDto> DiscloseOneAsync(Campaign campaign, string employeeId, CancellationToken cancellationToken)
    {
        var viewer = await ViewerAsync(campaign, cancellationToken);
        var result = await db.Submissions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CampaignId == campaign.Id && s.EmployeeId == employeeId && s.IsLatest, cancellationToken);
        var consent = await db.Consents.AsNoTracking()
            .SingleOrDefaultAsync(c => c.CampaignId == campaign.Id && c.EmployeeId == employeeId && c.WithdrawnAt == null, cancellationToken);
        var disclosed = result is null ? null : Disclose(campaign, viewer, result, consent);
        if (disclosed is null)
        {
            audit.Record(Action, "Result", $"{campaign.Id}/{employeeId}", AuditOutcome.Denied);
            throw new NotFoundException("Result", employeeId);
        }

        return disclosed;
    }
}

internal sealed record ResultViewer(bool SeesAll, bool SeesAllDepartments, IReadOnlyList<string> Departments);
