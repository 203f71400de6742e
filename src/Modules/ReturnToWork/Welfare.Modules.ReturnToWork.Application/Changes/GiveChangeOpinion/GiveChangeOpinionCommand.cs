using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Changes.GiveChangeOpinion;

/// <summary>The physician's opinion on a pending change or cancellation request (art. 14(2)).</summary>
public sealed record GiveChangeOpinionCommand(Guid PreReturnId, Guid RequestId, bool Agrees, string Opinion) : ICommand<PreReturnDto>;
