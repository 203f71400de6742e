using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Domain.Coordinators;

namespace Welfare.Modules.PeerSupport.Application.Coordinators;

public sealed record CoordinatorDto(Guid Id, string EmployeeId, string DepartmentCode, bool InWelfareDivision, string Contact, DateOnly DesignatedOn, DateOnly? ReleasedOn)
{
    internal static CoordinatorDto From(CoordinatorDesignation c) => new(c.Id, c.EmployeeId, c.DepartmentCode, c.InWelfareDivision, c.Contact, c.DesignatedOn, c.ReleasedOn);
}

/// <summary>The coordinator and the notice handed to them (Form 2).</summary>
public sealed record CoordinatorChangeDto(CoordinatorDto Coordinator, NoticeDto Notice);
