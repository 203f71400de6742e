using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Execution.GiveContactConsent;

/// <summary>The participant consents (or withdraws consent) to the support officer's contact with the attending physician and the family (art. 7(3)(2)).</summary>
public sealed record GiveContactConsentCommand(Guid PreReturnId, bool AttendingPhysician, bool Family) : ICommand<PreReturnDto>;
