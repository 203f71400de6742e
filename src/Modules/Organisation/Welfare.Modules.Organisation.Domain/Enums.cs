namespace Welfare.Modules.Organisation.Domain;

/// <summary>Recorded because the stress-check scoring tables differ by sex.</summary>
public enum Sex
{
    Female,
    Male,
}

public enum EmploymentType
{
    /// <summary>常勤職員.</summary>
    Regular,

    /// <summary>会計年度任用職員 and other fixed-term appointments.</summary>
    FixedTerm,

    /// <summary>再任用職員.</summary>
    Reappointed,
}

/// <summary>任命権者: who appoints the employee or owns the department.</summary>
public enum AppointingAuthority
{
    Governor,
    Mayor,
    AssemblyChair,
    BoardOfEducation,
    PoliceHeadquarters,
    FireChief,
    PublicEnterpriseManager,
    Other,
}

public enum EmployeeStatus
{
    Active,

    /// <summary>On long sick leave or leave of absence; still an employee.</summary>
    OnLeave,

    Left,
}
