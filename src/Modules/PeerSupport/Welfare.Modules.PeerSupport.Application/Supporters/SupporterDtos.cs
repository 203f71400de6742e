using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.PeerSupport.Application.Supporters;

/// <summary>A workplace with its current supporters; <c>NeedsSupporter</c>: none designated and no reason recorded why none is needed.</summary>
public sealed record WorkplaceDto(Guid Id, string DepartmentCode, string Name, string? NoSupporterReason, IReadOnlyList<SupporterDto> Supporters, bool NeedsSupporter)
{
    internal static WorkplaceDto From(Workplace w, IEnumerable<SupporterDesignation> current, IReadOnlyDictionary<string, DirectoryPerson> people)
    {
        var supporters = current.Where(s => s.WorkplaceId == w.Id).OrderBy(s => s.EmployeeId).Select(s => SupporterDto.From(s, w.Name, people)).ToList();
        return new WorkplaceDto(w.Id, w.DepartmentCode, w.Name, w.NoSupporterReason, supporters, supporters.Count == 0 && w.NoSupporterReason is null);
    }
}

/// <summary>
/// A supporter as the department is told of them (第4-5(2)): who (staff number, and the name and department the
/// directory gives today, so that staff can find them), where, and how to reach them.
/// </summary>
public sealed record SupporterDto(Guid DesignationId, string EmployeeId, DirectoryPerson? Person, Guid WorkplaceId, string WorkplaceName, string Contact, DateOnly DesignatedOn, DateOnly? ReleasedOn)
{
    internal static SupporterDto From(SupporterDesignation s, string workplaceName, IReadOnlyDictionary<string, DirectoryPerson> people) =>
        new(s.Id, s.EmployeeId, people.GetValueOrDefault(s.EmployeeId), s.WorkplaceId, workplaceName, s.Contact, s.DesignatedOn, s.ReleasedOn);
}

/// <summary>Form 1 (supporter) or Form 2 (coordinator): the notice of a designation or a release.</summary>
public sealed record NoticeDto(Guid Id, int Form, DesignationChange Change, Guid DesignationId, string EmployeeId, string DepartmentCode, Guid? WorkplaceId, DateOnly EffectiveOn, string IssuedBy, DateTimeOffset IssuedAt)
{
    internal static NoticeDto From(DesignationNotice n) =>
        new(n.Id, (int)n.Form, n.Change, n.DesignationId, n.EmployeeId, n.DepartmentCode, n.WorkplaceId, n.EffectiveOn, n.IssuedBy, n.IssuedAt);
}

/// <summary>Form 3: the department's report to the welfare division, listing all its supporters current on the day of the change.</summary>
public sealed record DesignationReportDto(Guid Id, int Form, string DepartmentCode, DesignationChange Change, string ChangedEmployeeId, DateOnly EffectiveOn, IReadOnlyList<ReportedSupporterDto> Supporters, string ReportedBy, DateTimeOffset ReportedAt)
{
    internal static DesignationReportDto From(DesignationReport r) =>
        new(r.Id, 3, r.DepartmentCode, r.Change, r.ChangedEmployeeId, r.EffectiveOn,
            r.Supporters.Select(s => new ReportedSupporterDto(s.EmployeeId, s.WorkplaceId, s.WorkplaceName, s.Contact, s.DesignatedOn)).ToList(), r.ReportedBy, r.ReportedAt);
}

public sealed record ReportedSupporterDto(string EmployeeId, Guid WorkplaceId, string WorkplaceName, string Contact, DateOnly DesignatedOn);

/// <summary>The result of a designation or release: the supporter, the notice handed to them (Form 1) and the report (Form 3).</summary>
public sealed record SupporterChangeDto(SupporterDto Supporter, NoticeDto Notice, DesignationReportDto Report);
