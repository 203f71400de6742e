using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Results;

public enum ConsentSource
{
    /// <summary>The employee consented on the consent form (別記様式第2号).</summary>
    [Label("同意書による同意", "Consent form")]
    Explicit,

    /// <summary>An interview request that counts as consent because the notification said so.</summary>
    [Label("面接指導の申出による同意", "Interview request")]
    InterviewRequest,
}

/// <summary>
/// The employee's consent to give their result to the employer: who, to what, when, and whether
/// withdrawn. Never defaulted, only after notification (stress-check.md §5).
/// </summary>
public sealed class ResultConsent
{
    public ResultConsent(Guid id, Guid campaignId, string employeeId, ConsentScope scope, ConsentSource source, DateTimeOffset givenAt)
    {
        Id = id;
        CampaignId = campaignId;
        EmployeeId = employeeId;
        Scope = scope;
        Source = source;
        GivenAt = givenAt;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string EmployeeId { get; private set; }

    public ConsentScope Scope { get; private set; }

    public ConsentSource Source { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public void Withdraw(DateTimeOffset now) => WithdrawnAt ??= now;
}
