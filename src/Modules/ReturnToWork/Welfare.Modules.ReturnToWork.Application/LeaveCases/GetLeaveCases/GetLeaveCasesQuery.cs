using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.GetLeaveCases;

/// <summary>An employee's leave cases: the employee, the head of their department, physicians, welfare officers, the personnel system.</summary>
public sealed record GetLeaveCasesQuery(string EmployeeId) : IQuery<IReadOnlyList<LeaveCaseDto>>;
