using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordNotHeld;

/// <summary>The welfare officer closes a case without an interview, with the survey's reason (a note is required for Other).</summary>
public sealed record RecordNotHeldCommand(Guid Id, NotHeldReason Reason, string? Note) : ICommand<LongHoursInterviewDto>;
