using System.Linq.Expressions;

namespace Welfare.SharedKernel.Application.Directory;

// A consumer module's copy of the directory, kept from the Organisation module's events by the platform
// (docs/adr/0012-one-directory-block.md). The rows live in the consumer's own schema; modules read them
// through IDirectoryReadModel and never write them. Enum-like values keep the events' spelling
// (Sex "Female"/"Male", Status "Active"/"OnLeave"/"Left").

/// <summary>An employee as the directory knows them now; where they worked when is in <see cref="Assignments"/>.</summary>
public sealed class DirectoryEmployee
{
    private readonly List<DirectoryAssignment> _assignments = [];

    public required string EmployeeId { get; init; }

    /// <summary>Null until the copy applies an event that carries the name (copies older than names in events).</summary>
    public string? NameKanji { get; init; }

    public string? NameKana { get; init; }

    public required string Sex { get; init; }

    public required string EmploymentType { get; init; }

    public required string AppointingAuthority { get; init; }

    public required string GradeCode { get; init; }

    /// <summary>The grade's rank in the employer's scale (1 is the lowest).</summary>
    public int GradeRank { get; init; }

    /// <summary>Active, OnLeave or Left.</summary>
    public required string Status { get; init; }

    public DateOnly JoinedOn { get; init; }

    public IReadOnlyList<DirectoryAssignment> Assignments { get => _assignments; init => _assignments = [.. value]; }

    public bool HasLeft => Status == DirectoryStatus.Left;

    /// <summary>The department on a day: the assignment in force then (the latest one if a correction overlaps).</summary>
    public string? DepartmentOn(DateOnly date) =>
        _assignments.Where(a => a.IsInForceOn(date)).OrderBy(a => a.From).ThenBy(a => a.Id).LastOrDefault()?.DepartmentCode;
}

/// <summary>One period of an employee in a department; <see cref="To"/> is null while it lasts.</summary>
public sealed class DirectoryAssignment
{
    public long Id { get; init; }

    public required string EmployeeId { get; init; }

    public required string DepartmentCode { get; init; }

    public DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public bool IsInForceOn(DateOnly date) => From <= date && (To is null || date <= To);

    public bool Overlaps(DateOnly first, DateOnly last) => From <= last && (To is null || To >= first);
}

/// <summary>A department as the directory knows it, open from <see cref="EffectiveFrom"/> until <see cref="EffectiveTo"/>.</summary>
public sealed class DirectoryDepartment
{
    public required string DepartmentCode { get; init; }

    public required string Name { get; init; }

    public string? ParentDepartmentCode { get; init; }

    public required string AppointingAuthority { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public bool IsOpenOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary><see cref="IsOpenOn"/> as a filter the database runs (lists are paged there).</summary>
    public static Expression<Func<DirectoryDepartment, bool>> OpenOn(DateOnly date) => d => d.EffectiveFrom <= date && (d.EffectiveTo == null || date <= d.EffectiveTo);
}

/// <summary>A department head (所属長) who took office on <see cref="From"/>; the term lasts until a successor's.</summary>
public sealed class DirectoryDepartmentHead
{
    public long Id { get; init; }

    public required string DepartmentCode { get; init; }

    public required string EmployeeId { get; init; }

    public DateOnly From { get; init; }
}

/// <summary>A grade code and its rank, as last seen on the directory's events.</summary>
public sealed class DirectoryGrade
{
    public required string GradeCode { get; init; }

    public int Rank { get; init; }
}

/// <summary>An employee's grade from a day on: the directory's history of grades, so a rank can be asked for a date.</summary>
public sealed class DirectoryGradeChange
{
    public long Id { get; init; }

    public required string EmployeeId { get; init; }

    public required string GradeCode { get; init; }

    public int GradeRank { get; init; }

    public DateOnly From { get; init; }
}

public static class DirectoryStatus
{
    public const string Active = "Active";
    public const string OnLeave = "OnLeave";
    public const string Left = "Left";
}

/// <summary>The directory copy a consumer module reads: its context implements this over its own schema's tables.</summary>
public interface IDirectoryReadModel
{
    IQueryable<DirectoryEmployee> DirectoryEmployees { get; }

    IQueryable<DirectoryAssignment> DirectoryAssignments { get; }

    IQueryable<DirectoryDepartment> DirectoryDepartments { get; }

    IQueryable<DirectoryDepartmentHead> DirectoryDepartmentHeads { get; }

    IQueryable<DirectoryGrade> DirectoryGrades { get; }

    IQueryable<DirectoryGradeChange> DirectoryGradeChanges { get; }

    /// <summary>How far this copy is behind the directory's committed changes.</summary>
    Task<DirectoryLag> LagAsync(CancellationToken cancellationToken);
}
