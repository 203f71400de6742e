using FluentValidation;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.OpenPreReturn;

/// <summary>An empty employee id used to reach the audit trail as a blank record id (a server error).</summary>
internal sealed class OpenPreReturnCommandValidator : AbstractValidator<OpenPreReturnCommand>
{
    public OpenPreReturnCommandValidator() => RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(EmployeeId.MaxLength);
}
