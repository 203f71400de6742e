using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.OpenPreReturn;

/// <summary>
/// The department head or the physician opens a case when an employee on leave asks about returning
/// (art. 8(1)); only for a qualifying leave and never beside another active pre-return.
/// </summary>
public sealed record OpenPreReturnCommand(string EmployeeId) : ICommand<PreReturnDto>;
