using Welfare.Modules.Organisation.Domain;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

/// <summary>
/// One employee as the personnel system sends it (JSON field names; CSV headers, coded values and dates
/// may also be the Japanese ones of <see cref="Columns"/>). The types are what the contract promises; the import reads
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
    /// <summary>The columns: CSV headers, Japanese values and dates, for the reader and the contract alike.</summary>
    internal static readonly ImportColumns Columns = new(
        new("employeeId", ["職員番号", "社員番号", "職員コード"]),
        new("nameKanji", ["氏名", "漢字氏名", "氏名漢字", "職員氏名"]),
        new("nameKana", ["氏名カナ", "フリガナ", "ふりがな", "カナ氏名", "氏名フリガナ"]),
        new("sex", ["性別"], DirectoryCodes.Sex),
        new("gradeCode", ["職コード", "職級", "職級コード", "級", "階級"]),
        new("employmentType", ["任用区分", "任用形態", "職員区分"], DirectoryCodes.EmploymentType),
        new("appointingAuthority", ["任命権者"], DirectoryCodes.AppointingAuthority),
        new("departmentCode", ["所属コード", "所属", "部署コード"]),
        new("status", ["在職状況", "在職区分", "在籍区分"], DirectoryCodes.EmployeeStatus),
        new("joinedOn", ["採用日", "採用年月日", "入庁日"], IsDate: true),
        new("effectiveDate", ["発令日", "発令年月日", "異動日"], IsDate: true));

    /// <summary>What a CSV file may hold (Markdown), for the contract.</summary>
    public static string FileDescription { get; } = Columns.ToMarkdown();
}
