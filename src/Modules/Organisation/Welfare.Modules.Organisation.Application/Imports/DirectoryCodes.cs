using Welfare.Modules.Organisation.Domain;

namespace Welfare.Modules.Organisation.Application.Imports;

/// <summary>
/// The Japanese words (and codes) the personnel system may send for each coded value of the directory, as the
/// module README maps them. A word that means two things is not here: it is refused rather than guessed.
/// </summary>
internal static class DirectoryCodes
{
    /// <summary>JIS X 0303 codes 1 (male) and 2 (female) besides the words.</summary>
    public static readonly ImportCodes<Sex> Sex = new(
        (Domain.Sex.Female, ["女", "女性", "F", "2"]),
        (Domain.Sex.Male, ["男", "男性", "M", "1"]));

    /// <summary>
    /// 非常勤 is FixedTerm: since 2020 a local government's part-time general staff are 会計年度任用職員 (appointed for
    /// the fiscal year); 任期付 and 臨時的任用 are the other fixed-term appointments the enum groups there.
    /// </summary>
    public static readonly ImportCodes<EmploymentType> EmploymentType = new(
        (Domain.EmploymentType.Regular, ["常勤", "常勤職員", "正規", "正規職員"]),
        (Domain.EmploymentType.FixedTerm, ["会計年度任用", "会計年度任用職員", "非常勤", "非常勤職員", "任期付", "任期付職員", "臨時的任用", "臨時的任用職員"]),
        (Domain.EmploymentType.Reappointed, ["再任用", "再任用職員", "再任用短時間", "再任用短時間勤務職員", "定年前再任用短時間勤務職員"]));

    /// <summary>
    /// 休職 only: 育児休業 and other leave are not 休職 in law, and whether a programme should treat them as on leave
    /// is the personnel system's call (it sends OnLeave or 休職 for them if so).
    /// </summary>
    public static readonly ImportCodes<EmployeeStatus> EmployeeStatus = new(
        (Domain.EmployeeStatus.Active, ["在職", "在職中", "現職"]),
        (Domain.EmployeeStatus.OnLeave, ["休職", "休職等", "休職中"]),
        (Domain.EmployeeStatus.Left, ["退職", "退職済", "退職済み", "離職"]));

    /// <summary>
    /// The appointing authorities of 地方公務員法 第6条 by the names personnel systems write. The administrative
    /// committees without a value of their own (選挙管理委員会, 人事委員会 …) are Other.
    /// </summary>
    public static readonly ImportCodes<AppointingAuthority> AppointingAuthority = new(
        (Domain.AppointingAuthority.Governor, ["知事", "都道府県知事"]),
        (Domain.AppointingAuthority.Mayor, ["市長", "町長", "村長", "区長", "市町村長"]),
        (Domain.AppointingAuthority.AssemblyChair, ["議長", "議会議長"]),
        (Domain.AppointingAuthority.BoardOfEducation, ["教育委員会"]),
        (Domain.AppointingAuthority.PoliceHeadquarters, ["警察本部長", "警視総監", "警察本部"]),
        (Domain.AppointingAuthority.FireChief, ["消防長"]),
        (Domain.AppointingAuthority.PublicEnterpriseManager, ["公営企業管理者", "企業管理者", "水道事業管理者", "病院事業管理者"]),
        (Domain.AppointingAuthority.Other, ["その他", "選挙管理委員会", "人事委員会", "公平委員会", "監査委員", "代表監査委員", "農業委員会", "労働委員会", "収用委員会"]));
}
