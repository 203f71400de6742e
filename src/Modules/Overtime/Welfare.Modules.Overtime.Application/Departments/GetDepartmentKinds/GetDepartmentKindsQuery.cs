using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Departments.GetDepartmentKinds;

/// <summary>Each department that exists on <see cref="On"/> (default today) with its kind on that day.</summary>
public sealed record GetDepartmentKindsQuery(DateOnly? On) : IQuery<IReadOnlyList<DepartmentKindDto>>;
