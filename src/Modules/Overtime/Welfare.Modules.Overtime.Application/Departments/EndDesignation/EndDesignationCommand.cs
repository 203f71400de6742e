using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Departments.EndDesignation;

/// <summary>Ends the department's open other-driven designation on <see cref="LastDay"/>.</summary>
public sealed record EndDesignationCommand(string DepartmentCode, DateOnly LastDay) : ICommand<DesignationDto>;
