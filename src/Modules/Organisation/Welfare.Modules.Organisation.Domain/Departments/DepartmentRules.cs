using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Departments;

internal sealed class NoCycleInTree(DepartmentCode code, DepartmentCode? parent, IReadOnlyDictionary<DepartmentCode, Department> tree) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.DepartmentCycle;

    public LocalizedText Message => new(
        $"所属 {code} の上位所属を {parent} にすると所属の階層が循環します。",
        $"Making {parent} the parent of {code} would create a cycle in the department tree.");

    public bool IsBroken()
    {
        var seen = new HashSet<DepartmentCode>();
        for (var current = parent; current is { } c; current = tree.TryGetValue(c, out var d) ? d.ParentCode : null)
        {
            if (c == code || !seen.Add(c))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class ParentExists(DepartmentCode? parent, IReadOnlyDictionary<DepartmentCode, Department> tree) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.UnknownParentDepartment;

    public LocalizedText Message => new($"上位所属 {parent} が登録されていません。", $"The parent department {parent} is not registered.");

    public bool IsBroken() => parent is { } p && !tree.ContainsKey(p);
}

internal sealed class EffectivePeriodIsOrdered(DateOnly from, DateOnly? to) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.EffectivePeriodReversed;

    public bool IsBroken() => to < from;
}

internal sealed class HeadTermNotBeforeCurrent(DateOnly currentFrom, DateOnly from) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.HeadBeforeCurrentHead;

    public LocalizedText Message => new(
        $"所属長の発令日 {from:yyyy-MM-dd} が現所属長の発令日 {currentFrom:yyyy-MM-dd} より前です。",
        $"The head's start date {from:yyyy-MM-dd} is before the current head's start on {currentFrom:yyyy-MM-dd}.");

    public bool IsBroken() => from < currentFrom;
}
