using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.GetLeaveCases;

/// <summary>An employee's leave cases, latest first: the employee, the head of their department, physicians, welfare officers, the personnel system.</summary>
public sealed record GetLeaveCasesQuery(string EmployeeId, PageRequest Paging) : IQuery<PagedList<LeaveCaseDto>>, IPagedQuery;
