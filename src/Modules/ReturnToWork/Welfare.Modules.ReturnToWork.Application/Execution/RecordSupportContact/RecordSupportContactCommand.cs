using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordSupportContact;

/// <summary>The support officer records a contact with the attending physician or the family; refused without the participant's consent.</summary>
public sealed record RecordSupportContactCommand(Guid PreReturnId, ContactParty Party, DateOnly ContactedOn, string Summary) : ICommand<PreReturnDto>;
