using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DecidePreReturn;

/// <summary>The program director approves or rejects the pre-return after the physician's review (art. 12(4)); approval is the decision notice (Form 4).</summary>
public sealed record DecidePreReturnCommand(Guid PreReturnId, bool Approved, string Remarks) : ICommand<PreReturnDto>;
