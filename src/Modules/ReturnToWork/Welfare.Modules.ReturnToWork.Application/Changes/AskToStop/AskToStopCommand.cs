using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Changes.AskToStop;

/// <summary>
/// The participant asks to stop: attendance ends at once, without argument, and a cancellation request opens
/// (art. 14(4)(2)); before the programme runs, the case is withdrawn outright (it is voluntary, art. 8(2)(1)).
/// </summary>
public sealed record AskToStopCommand(Guid PreReturnId) : ICommand<PreReturnDto>;
