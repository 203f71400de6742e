using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordProgrammeInterview;

/// <summary>The physician records an interview held during the programme (at least one, art. 13(3)).</summary>
public sealed record RecordProgrammeInterviewCommand(Guid PreReturnId, DateOnly HeldOn, string Notes) : ICommand<PreReturnDto>;
