using Welfare.Modules.Organisation.Domain;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

/// <summary>
/// One employee as the personnel system sends it (JSON field names; CSV headers may also be the
/// Japanese names in <see cref="Columns"/>). The types are what the contract promises; the import reads
/// every field as text, so that a bad value rejects its row, not the file. A row without a status is
/// active; without an effective date it takes effect on the import's asOf.
/// </summary>
public sealed record EmployeeImportRow(
    string EmployeeId,
    string NameKanji,
    string NameKana,
    Sex Sex,
    string GradeCode,
    EmploymentType EmploymentType,
    AppointingAuthority AppointingAuthority,
    string DepartmentCode,
    EmployeeStatus? Status,
    DateOnly JoinedOn,
    DateOnly? EffectiveDate)
{
    /// <summary>CSV header → field. JSON uses the field names themselves.</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["employeeId"] = "employeeId", ["職員番号"] = "employeeId",
        ["nameKanji"] = "nameKanji", ["氏名"] = "nameKanji",
        ["nameKana"] = "nameKana", ["氏名カナ"] = "nameKana",
        ["sex"] = "sex", ["性別"] = "sex",
        ["gradeCode"] = "gradeCode", ["職コード"] = "gradeCode",
        ["employmentType"] = "employmentType", ["任用区分"] = "employmentType",
        ["appointingAuthority"] = "appointingAuthority", ["任命権者"] = "appointingAuthority",
        ["departmentCode"] = "departmentCode", ["所属コード"] = "departmentCode",
        ["status"] = "status", ["在職状況"] = "status",
        ["joinedOn"] = "joinedOn", ["採用日"] = "joinedOn",
        ["effectiveDate"] = "effectiveDate", ["発令日"] = "effectiveDate",
    };
}
