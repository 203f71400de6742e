using Welfare.Modules.StressCheck.Domain.Scoring;
using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Campaigns;

public enum CampaignStatus
{
    /// <summary>Being prepared: thresholds and targets can still change.</summary>
    [Label("準備中", "Draft")]
    Draft,

    /// <summary>Opened: the targets are fixed as of the opening date; answers are accepted between the dates.</summary>
    [Label("実施中", "Open")]
    Open,

    [Label("終了", "Closed")]
    Closed,
}

/// <summary>What the employer receives with an employee's consent (seed 004 art. 11; stress-check.md §5).</summary>
/// <summary>The employment types a campaign may be limited to, as the directory names them.</summary>
public enum TargetEmploymentType
{
    [Label("常勤職員", "Regular staff")]
    Regular,
    [Label("会計年度任用職員等", "Fixed-term staff")]
    FixedTerm,
    [Label("再任用職員", "Reappointed staff")]
    Reappointed,
}

public enum ConsentScope
{
    [Label("結果全体", "The whole result")]
    FullResult,

    /// <summary>Only "high stress, interview needed" (a health committee decision).</summary>
    [Label("高ストレス・面接指導要否のみ", "High stress and interview need only")]
    HighStressOnly,
}

/// <summary>
/// One year's stress check (seed 004 art. 2, 4): its period, questionnaire, scoring method and
/// thresholds (health committee decision, art. 8), group-analysis minimum, consent scope, its
/// implementers (physicians, art. 3) and its target employees, fixed when it opens.
/// </summary>
public sealed class Campaign : AggregateRoot<Guid>, IVersioned
{
    public const int DefaultMinimumGroupSize = 10;

    private readonly List<CampaignTarget> _targets = [];

    private Campaign(Guid id, int fiscalYear, DateOnly opensOn, DateOnly closesOn, HighStressCriteria criteria, int minimumGroupSize,
        ConsentScope consentScope, string committeeDecisionReference, string createdBy)
        : base(id)
    {
        FiscalYear = fiscalYear;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        Criteria = criteria;
        MinimumGroupSize = minimumGroupSize;
        ConsentScope = consentScope;
        CommitteeDecisionReference = committeeDecisionReference;
        CreatedBy = createdBy;
    }

    // For EF Core.
    private Campaign(Guid id)
        : base(id)
    {
        Criteria = HighStressCriteria.SumDefault;
        CommitteeDecisionReference = string.Empty;
        CreatedBy = string.Empty;
    }

    public int FiscalYear { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public HighStressCriteria Criteria { get; private set; }

    public int MinimumGroupSize { get; private set; }

    public ConsentScope ConsentScope { get; private set; }

    /// <summary>Where the health committee decided the method and thresholds (e.g. "衛生委員会 2026-03-10 議事録 第3号").</summary>
    public string CommitteeDecisionReference { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>The notification tells employees that asking for an interview counts as consent (stress-check.md §5).</summary>
    public bool InterviewRequestCountsAsConsent { get; private set; }

    public CampaignStatus Status { get; private set; }

    /// <summary>Staff numbers of the physicians named implementers (実施者).</summary>
    public List<string> Implementers { get; private set; } = [];

    /// <summary>
    /// Staff numbers of the implementation staff (実施事務従事者, art. 3(2)), designated by an implementer.
    /// Nobody with personnel authority over the targets may act as such (art. 23).
    /// </summary>
    public List<string> ImplementationStaff { get; private set; } = [];

    /// <summary>Departments targeted; empty means all.</summary>
    public List<string> TargetDepartments { get; private set; } = [];

    /// <summary>Employment types targeted; empty means all.</summary>
    public List<string> TargetEmploymentTypes { get; private set; } = [];

    public IReadOnlyList<CampaignTarget> Targets => _targets;

    public uint Version { get; private set; }

    public static Campaign Create(
        Guid id, int fiscalYear, DateOnly opensOn, DateOnly closesOn, HighStressCriteria criteria, int minimumGroupSize,
        ConsentScope consentScope, string committeeDecisionReference, IEnumerable<string> targetDepartments,
        IEnumerable<string> targetEmploymentTypes, string createdBy, bool interviewRequestCountsAsConsent = false)
    {
        CheckRule(new PeriodIsOrdered(opensOn, closesOn));
        var campaign = new Campaign(id, fiscalYear, opensOn, closesOn, criteria, minimumGroupSize, consentScope, committeeDecisionReference, createdBy);
        campaign.TargetDepartments = [.. targetDepartments.Distinct()];
        campaign.TargetEmploymentTypes = [.. targetEmploymentTypes.Distinct()];
        campaign.InterviewRequestCountsAsConsent = interviewRequestCountsAsConsent;
        return campaign;
    }

    public bool AcceptsAnswersOn(DateOnly today) => Status == CampaignStatus.Open && OpensOn <= today && today <= ClosesOn;

    public bool IsImplementer(string employeeId) => Implementers.Contains(employeeId);

    public CampaignTarget? TargetFor(string employeeId) => _targets.FirstOrDefault(t => t.EmployeeId == employeeId && t.Included);

    public bool IsImplementationStaff(string employeeId) => ImplementationStaff.Contains(employeeId);

    public void DesignateStaff(IEnumerable<string> staff)
    {
        CheckRule(new NotClosed(Status));
        ImplementationStaff = [.. staff.Distinct()];
    }

    /// <summary>Thresholds may change until the campaign opens (art. 8: decided before the check).</summary>
    public void ChangeCriteria(HighStressCriteria criteria, int minimumGroupSize, ConsentScope consentScope, string committeeDecisionReference)
    {
        CheckRule(new StillDraft(Status));
        Criteria = criteria;
        MinimumGroupSize = minimumGroupSize;
        ConsentScope = consentScope;
        CommitteeDecisionReference = committeeDecisionReference;
    }

    public void NameImplementers(IEnumerable<string> physicians)
    {
        CheckRule(new NotClosed(Status));
        Implementers = [.. physicians.Distinct()];
    }

    /// <summary>Fixes the targets as the directory stood on the opening date, and opens the campaign.</summary>
    public void Open(IEnumerable<CampaignTarget> targets)
    {
        CheckRule(new StillDraft(Status));
        CheckRule(new HasImplementer(Implementers));
        _targets.Clear();
        _targets.AddRange(targets);
        Status = CampaignStatus.Open;
    }

    /// <summary>Art. 10: an employee under treatment may be left out, with the reason recorded.</summary>
    public void Exclude(string employeeId, string reason)
    {
        CheckRule(new NotClosed(Status));
        var target = _targets.FirstOrDefault(t => t.EmployeeId == employeeId)
            ?? throw new BusinessRuleViolationException(StressCheckProblems.NotATarget);
        target.Exclude(reason);
    }

    public void Add(CampaignTarget target)
    {
        CheckRule(new NotClosed(Status));
        var existing = _targets.FirstOrDefault(t => t.EmployeeId == target.EmployeeId);
        if (existing is not null)
        {
            // Re-adding takes the directory's facts again: the caller may be correcting a stale department or sex.
            existing.Include(target.Reason ?? string.Empty, target.DepartmentCode, target.Sex);
            return;
        }

        _targets.Add(target);
    }

    public void Close()
    {
        CheckRule(new NotClosed(Status));
        Status = CampaignStatus.Closed;
    }
}

/// <summary>An employee targeted by a campaign, with department and sex as of the opening date.</summary>
public sealed class CampaignTarget
{
    public CampaignTarget(string employeeId, string departmentCode, Sex sex, bool addedIndividually = false, string? reason = null)
    {
        EmployeeId = employeeId;
        DepartmentCode = departmentCode;
        Sex = sex;
        AddedIndividually = addedIndividually;
        Reason = reason;
        Included = true;
    }

    public long Id { get; private set; }

    public string EmployeeId { get; private set; }

    public string DepartmentCode { get; private set; }

    public Sex Sex { get; private set; }

    public bool Included { get; private set; }

    public bool AddedIndividually { get; private set; }

    /// <summary>Why the employee was added or excluded individually.</summary>
    public string? Reason { get; private set; }

    internal void Exclude(string reason)
    {
        Included = false;
        Reason = reason;
    }

    internal void Include(string reason, string departmentCode, Sex sex)
    {
        DepartmentCode = departmentCode;
        Sex = sex;
        Included = true;
        AddedIndividually = true;
        Reason = reason;
    }
}
