namespace Welfare.Modules.Harassment.Application.Settings;

public sealed record HarassmentSettingsDto(IReadOnlyList<int> FollowUpDays, int MinimumCellSize, int SupervisorGradeRank, int NewPeriodMonths);
