using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DesignateSupportOfficer;

/// <summary>
/// After approval the department head designates the support officer (art. 12(5)): an employee in the
/// directory whose grade ranks at least the configured minimum (art. 7(2)); their duties begin.
/// </summary>
public sealed record DesignateSupportOfficerCommand(Guid PreReturnId, string EmployeeId) : ICommand<PreReturnDto>;
