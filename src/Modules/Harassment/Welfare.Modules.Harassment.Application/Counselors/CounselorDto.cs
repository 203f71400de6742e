using Welfare.Modules.Harassment.Domain.Counselors;

namespace Welfare.Modules.Harassment.Application.Counselors;

public sealed record CounselorDto(Guid Id, string EmployeeId, CounselorSex Sex, DateOnly DesignatedOn, DateOnly? ReleasedOn, bool Active)
{
    internal static CounselorDto Of(HarassmentCounselor c, DateOnly today) => new(c.Id, c.EmployeeId, c.Sex, c.DesignatedOn, c.ReleasedOn, c.IsActiveOn(today));
}
