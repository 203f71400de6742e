using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartments;

/// <summary>The department tree as a flat list; by default only departments that exist on <see cref="AsOf"/> (today).</summary>
public sealed record GetDepartmentsQuery(DateOnly? AsOf, bool IncludeClosed) : IQuery<IReadOnlyList<DepartmentDto>>;
