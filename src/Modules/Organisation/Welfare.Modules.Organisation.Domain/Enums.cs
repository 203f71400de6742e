using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain;

/// <summary>Recorded because the stress-check scoring tables differ by sex.</summary>
public enum Sex
{
    [Label("女性", "Female")]
    Female,
    [Label("男性", "Male")]
    Male,
}

public enum EmploymentType
{
    /// <summary>常勤職員.</summary>
    [Label("常勤職員", "Regular staff")]
    Regular,

    /// <summary>会計年度任用職員 and other fixed-term appointments.</summary>
    [Label("会計年度任用職員等", "Fixed-term staff")]
    FixedTerm,

    /// <summary>再任用職員.</summary>
    [Label("再任用職員", "Reappointed staff")]
    Reappointed,
}

/// <summary>任命権者: who appoints the employee or owns the department.</summary>
public enum AppointingAuthority
{
    [Label("知事", "Governor")]
    Governor,
    [Label("市町村長", "Mayor")]
    Mayor,
    [Label("議会の議長", "Chair of the assembly")]
    AssemblyChair,
    [Label("教育委員会", "Board of education")]
    BoardOfEducation,
    [Label("警視総監又は道府県警察本部長", "Police headquarters")]
    PoliceHeadquarters,
    [Label("消防長", "Fire chief")]
    FireChief,
    [Label("公営企業管理者", "Public enterprise manager")]
    PublicEnterpriseManager,
    [Label("その他", "Other")]
    Other,
}

public enum EmployeeStatus
{
    [Label("在職", "Active")]
    Active,

    /// <summary>On long sick leave or leave of absence; still an employee.</summary>
    [Label("休職等", "On leave")]
    OnLeave,

    [Label("退職", "Left")]
    Left,
}
