using Welfare.Modules.Organisation.Domain;

namespace Welfare.Modules.Organisation.Application.Imports.ImportDepartments;

/// <summary>One department as the personnel system sends it (CSV headers, coded values and dates may also be the Japanese ones of <see cref="Columns"/>).</summary>
public sealed record DepartmentImportRow(
    string DepartmentCode,
    string Name,
    string? ParentDepartmentCode,
    AppointingAuthority AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    /// <summary>The columns: CSV headers, Japanese values and dates, for the reader and the contract alike.</summary>
    internal static readonly ImportColumns Columns = new(
        new("departmentCode", ["所属コード", "所属", "部署コード"]),
        new("name", ["所属名", "所属名称", "部署名"]),
        new("parentDepartmentCode", ["上位所属コード", "親所属コード", "上位所属"]),
        new("appointingAuthority", ["任命権者"], DirectoryCodes.AppointingAuthority),
        new("effectiveFrom", ["有効開始日", "適用開始日"], IsDate: true),
        new("effectiveTo", ["有効終了日", "適用終了日"], IsDate: true));

    /// <summary>What a CSV file may hold (Markdown), for the contract.</summary>
    public static string FileDescription { get; } = Columns.ToMarkdown();
}
