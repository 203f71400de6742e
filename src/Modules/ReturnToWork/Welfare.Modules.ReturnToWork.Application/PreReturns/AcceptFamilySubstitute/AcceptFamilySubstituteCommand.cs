using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.AcceptFamilySubstitute;

/// <summary>Where the employee has no family, the department head accepts the person who consents in their place (art. 7(3)(2)).</summary>
public sealed record AcceptFamilySubstituteCommand(Guid PreReturnId) : ICommand<PreReturnDto>;
