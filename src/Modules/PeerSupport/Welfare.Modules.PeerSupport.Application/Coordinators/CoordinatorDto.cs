using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.PeerSupport.Application.Coordinators;

/// <summary>
/// A coordinator as supporters are told of them (第4-1(2)ウ): staff number, the department at designation, and the
/// name and department the directory gives today, so that a supporter can find them.
/// </summary>
public sealed record CoordinatorDto(Guid Id, string EmployeeId, DirectoryPerson? Person, string DepartmentCode, bool InWelfareDivision, string Contact, DateOnly DesignatedOn, DateOnly? ReleasedOn)
{
    internal static CoordinatorDto From(CoordinatorDesignation c, IReadOnlyDictionary<string, DirectoryPerson> people) =>
        new(c.Id, c.EmployeeId, people.GetValueOrDefault(c.EmployeeId), c.DepartmentCode, c.InWelfareDivision, c.Contact, c.DesignatedOn, c.ReleasedOn);
}

/// <summary>The coordinator and the notice handed to them (Form 2).</summary>
public sealed record CoordinatorChangeDto(CoordinatorDto Coordinator, NoticeDto Notice);
