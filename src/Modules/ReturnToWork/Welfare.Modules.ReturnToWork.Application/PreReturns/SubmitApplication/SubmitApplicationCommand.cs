using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.SubmitApplication;

/// <summary>The employee applies (Form 1, art. 12(1)) with the attending physician, their own consent to the conditions of art. 8(3) and the family's consent (or, without family, a person the department head accepts).</summary>
public sealed record SubmitApplicationCommand(Guid PreReturnId, string AttendingPhysicianName, string AttendingPhysicianInstitution, DateOnly? WishedStartOn, bool ConsentToConditions, string FamilyName, string FamilyRelationship, bool NoFamily) : ICommand<PreReturnDto>;
