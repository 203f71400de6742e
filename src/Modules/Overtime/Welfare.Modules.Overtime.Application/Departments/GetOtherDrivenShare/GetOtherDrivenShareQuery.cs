using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Departments.GetOtherDrivenShare;

/// <summary>
/// How many of the departments existing on <see cref="On"/> are designated other-driven, flagged above the
/// rule set's warning share: designating (nearly) all departments is a misuse (seed 002 §1(2)).
/// </summary>
public sealed record GetOtherDrivenShareQuery(DateOnly? On) : IQuery<OtherDrivenShareDto>;

public sealed record OtherDrivenShareDto(DateOnly On, int Departments, int OtherDriven, double Share, double WarningShare, bool Flagged);
