using System.Linq.Expressions;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Departments;

/// <summary>A department (所属) of the employer, in a tree under its parent, with the history of its heads.</summary>
public sealed class Department : AggregateRoot<DepartmentCode>, IVersioned
{
    public const int MaxNameLength = 100;

    private readonly List<DepartmentHeadTerm> _heads = [];

    private Department(DepartmentCode id, string name, DepartmentCode? parentCode, AppointingAuthority appointingAuthority, DateOnly effectiveFrom, DateOnly? effectiveTo)
        : base(id)
    {
        Name = name;
        ParentCode = parentCode;
        AppointingAuthority = appointingAuthority;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public string Name { get; private set; }

    public DepartmentCode? ParentCode { get; private set; }

    public AppointingAuthority AppointingAuthority { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The last day the department exists (inclusive); null while it exists.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public IReadOnlyList<DepartmentHeadTerm> Heads => _heads;

    public DepartmentHeadTerm? CurrentHead => _heads.Count == 0 || _heads[^1].To is not null ? null : _heads[^1];

    public bool IsOpenOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary><see cref="IsOpenOn"/> as a filter the database runs (lists are paged there).</summary>
    public static Expression<Func<Department, bool>> OpenOn(DateOnly date) => d => d.EffectiveFrom <= date && (d.EffectiveTo == null || date <= d.EffectiveTo);

    public EmployeeId? HeadOn(DateOnly date) => _heads.LastOrDefault(h => h.Covers(date))?.EmployeeId;

    public static Department Create(
        DepartmentCode code,
        string name,
        DepartmentCode? parentCode,
        AppointingAuthority appointingAuthority,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        IReadOnlyDictionary<DepartmentCode, Department> tree)
    {
        CheckRule(new EffectivePeriodIsOrdered(effectiveFrom, effectiveTo));
        CheckRule(new ParentExists(parentCode, tree));
        CheckRule(new NoCycleInTree(code, parentCode, tree));
        var department = new Department(code, name, parentCode, appointingAuthority, effectiveFrom, effectiveTo);
        department.Raise(new DepartmentChanged(code, IsNew: true));
        return department;
    }

    /// <summary>Applies the personnel system's record; the same record twice changes nothing.</summary>
    public bool Update(
        string name,
        DepartmentCode? parentCode,
        AppointingAuthority appointingAuthority,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        IReadOnlyDictionary<DepartmentCode, Department> tree)
    {
        if (Name == name && ParentCode == parentCode && AppointingAuthority == appointingAuthority
            && EffectiveFrom == effectiveFrom && EffectiveTo == effectiveTo)
        {
            return false;
        }

        CheckRule(new EffectivePeriodIsOrdered(effectiveFrom, effectiveTo));
        CheckRule(new ParentExists(parentCode, tree));
        CheckRule(new NoCycleInTree(Id, parentCode, tree));
        Name = name;
        ParentCode = parentCode;
        AppointingAuthority = appointingAuthority;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Raise(new DepartmentChanged(Id, IsNew: false));
        return true;
    }

    /// <summary>Closes a department that the personnel system no longer sends.</summary>
    public bool CloseOn(DateOnly lastDay)
    {
        if (EffectiveTo is not null && EffectiveTo <= lastDay)
        {
            return false;
        }

        EffectiveTo = lastDay < EffectiveFrom ? EffectiveFrom : lastDay;
        Raise(new DepartmentChanged(Id, IsNew: false));
        return true;
    }

    public void AssignHead(EmployeeId head, DateOnly from)
    {
        var current = CurrentHead;
        if (current is not null)
        {
            CheckRule(new HeadTermNotBeforeCurrent(current.From, from));
            if (current.EmployeeId == head)
            {
                return;
            }

            if (current.From == from)
            {
                _heads.RemoveAt(_heads.Count - 1);
            }
            else
            {
                current.CloseOn(from.AddDays(-1));
            }
        }

        _heads.Add(new DepartmentHeadTerm(head, from));
        Raise(new DepartmentHeadAssigned(Id, head, current?.EmployeeId, from));
    }
}

/// <summary>Who headed the department (所属長) over a period.</summary>
public sealed class DepartmentHeadTerm
{
    public DepartmentHeadTerm(EmployeeId employeeId, DateOnly from)
    {
        EmployeeId = employeeId;
        From = from;
    }

    public long Id { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    internal void CloseOn(DateOnly lastDay) => To = lastDay;
}

public sealed record DepartmentChanged(DepartmentCode DepartmentCode, bool IsNew) : IDomainEvent;

public sealed record DepartmentHeadAssigned(DepartmentCode DepartmentCode, EmployeeId Head, EmployeeId? PreviousHead, DateOnly From) : IDomainEvent;
