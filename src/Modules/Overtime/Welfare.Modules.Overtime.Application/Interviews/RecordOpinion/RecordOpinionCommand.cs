using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordOpinion;

/// <summary>
/// The physician the case is scheduled with records the interview held and the opinion: work measures
/// with their period (an overtime cap, or a ban = 0 h, becomes a personal cap), or "no measures needed",
/// and whether another interview next month is unnecessary (the exemption of the next evaluation).
/// </summary>
public sealed record RecordOpinionCommand(
    Guid Id,
    DateOnly HeldOn,
    bool ChangeOfPlace,
    bool ChangeOfDuties,
    bool Leave,
    bool ShorterHours,
    bool FewerNightShifts,
    double? OvertimeCapHours,
    bool OvertimeForbidden,
    DateOnly? MeasuresFrom,
    DateOnly? MeasuresTo,
    bool NoMeasuresNeeded,
    bool NextInterviewUnnecessary,
    string? Note) : ICommand<LongHoursInterviewDto>;
