using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Departments.DesignateOtherDriven;

/// <summary>Designates a department other-driven for a period, with the reason (seed 002 §1(2): kept to the minimum).</summary>
public sealed record DesignateOtherDrivenCommand(string DepartmentCode, DateOnly From, DateOnly? To, string Reason) : ICommand<DesignationDto>;
