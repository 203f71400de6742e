using System.Linq.Expressions;

namespace Welfare.Modules.Overtime.Domain.Directory;

/// <summary>This module's copy of a department, from the Organisation module's events.</summary>
public sealed class DirectoryDepartment(string departmentCode, string name, DateOnly effectiveFrom, DateOnly? effectiveTo)
{
    public string DepartmentCode { get; private set; } = departmentCode;

    public string Name { get; private set; } = name;

    public DateOnly EffectiveFrom { get; private set; } = effectiveFrom;

    public DateOnly? EffectiveTo { get; private set; } = effectiveTo;

    public bool IsOpenOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary><see cref="IsOpenOn"/> as a filter the database runs (lists are paged there).</summary>
    public static Expression<Func<DirectoryDepartment, bool>> OpenOn(DateOnly date) => d => d.EffectiveFrom <= date && (d.EffectiveTo == null || date <= d.EffectiveTo);

    public void Update(string name, DateOnly effectiveFrom, DateOnly? effectiveTo)
    {
        Name = name;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }
}
