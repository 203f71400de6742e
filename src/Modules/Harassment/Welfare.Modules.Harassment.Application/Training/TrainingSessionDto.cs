using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.Modules.Harassment.Domain.Training;

namespace Welfare.Modules.Harassment.Application.Training;

public sealed record TrainingSessionDto(
    Guid Id, string Title, DateOnly HeldOn, TrainingAudience Audience, IReadOnlyList<HarassmentKind> Kinds, IReadOnlyList<string> Topics,
    bool CoversSexualOrientationAndGenderIdentity, IReadOnlyList<string> Attendees)
{
    internal static TrainingSessionDto Of(TrainingSession s) => new(s.Id, s.Title, s.HeldOn, s.Audience, s.Kinds.Order().ToList(), s.Topics,
        s.CoversSexualOrientationAndGenderIdentity, s.Attendance.Select(a => a.EmployeeId).Order().ToList());
}
