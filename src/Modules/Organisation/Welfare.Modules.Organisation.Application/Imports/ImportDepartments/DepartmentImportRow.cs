using Welfare.Modules.Organisation.Domain;

namespace Welfare.Modules.Organisation.Application.Imports.ImportDepartments;

/// <summary>One department as the personnel system sends it (CSV headers may be the Japanese names in <see cref="Columns"/>).</summary>
public sealed record DepartmentImportRow(
    string DepartmentCode,
    string Name,
    string? ParentDepartmentCode,
    AppointingAuthority AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["departmentCode"] = "departmentCode", ["所属コード"] = "departmentCode",
        ["name"] = "name", ["所属名"] = "name",
        ["parentDepartmentCode"] = "parentDepartmentCode", ["上位所属コード"] = "parentDepartmentCode",
        ["appointingAuthority"] = "appointingAuthority", ["任命権者"] = "appointingAuthority",
        ["effectiveFrom"] = "effectiveFrom", ["有効開始日"] = "effectiveFrom",
        ["effectiveTo"] = "effectiveTo", ["有効終了日"] = "effectiveTo",
    };
}
