using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Changes.DecideChange;

/// <summary>The program director decides a change or cancellation request after the physician's opinion (art. 14(2)); a participant's request to stop cannot be refused.</summary>
public sealed record DecideChangeCommand(Guid PreReturnId, Guid RequestId, bool Approved, string Remarks) : ICommand<PreReturnDto>;
