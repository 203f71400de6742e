using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.Harassment.Application.Counselors;

/// <summary>A designation in the welfare officer's register, with the name and department the directory gives today.</summary>
public sealed record CounselorDto(Guid Id, string EmployeeId, DirectoryPerson? Person, CounselorSex Sex, DateOnly DesignatedOn, DateOnly? ReleasedOn, bool Active)
{
    internal static CounselorDto Of(HarassmentCounselor c, DateOnly today, IReadOnlyDictionary<string, DirectoryPerson> people) =>
        new(c.Id, c.EmployeeId, people.GetValueOrDefault(c.EmployeeId), c.Sex, c.DesignatedOn, c.ReleasedOn, c.IsActiveOn(today));
}
