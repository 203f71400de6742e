namespace Welfare.Demo;

/// <summary>A caller of the demo: a token's claims, and a title to print.</summary>
internal sealed record DemoUser(string Title, string EmployeeId, string? Department, params string[] Roles);

internal sealed record DemoDepartment(string Code, string Name, string? Parent, string Head);

internal sealed record DemoEmployee(string EmployeeId, string Department, string Grade, string Sex, string NameKanji, string NameKana, string EmploymentType = "Regular");

/// <summary>
/// The invented municipality of the demo, みなと市 (架空). Every name is assembled from invented parts
/// (見本, 試行, 仮名 …) so nobody can mistake it for a real person.
/// </summary>
internal static class DemoOrganisation
{
    public const string Municipality = "みなと市（架空）";

    /// <summary>Written into the campaign's committee reference, so a second run finds the campaign it made.</summary>
    public const string CampaignReference = "みなと市（架空）衛生委員会 デモ用決定";

    // Before the people assembled from them: static fields initialise in order of declaration.
    private static readonly (string Kanji, string Kana)[] Surnames =
        [("見本", "ミホン"), ("試行", "シコウ"), ("仮名", "カメイ"), ("架空", "カクウ"), ("例示", "レイジ"), ("模擬", "モギ"), ("想定", "ソウテイ"), ("演習", "エンシュウ")];

    private static readonly (string Kanji, string Kana, string Sex)[] GivenNames =
        [("一郎", "イチロウ", "Male"), ("花子", "ハナコ", "Female"), ("二郎", "ジロウ", "Male"), ("桜子", "サクラコ", "Female"),
         ("三郎", "サブロウ", "Male"), ("葉子", "ヨウコ", "Female"), ("四郎", "シロウ", "Male"), ("星子", "ホシコ", "Female")];

    public static readonly (string Code, string Name)[] Grades =
        [("G1", "係員"), ("G2", "主任"), ("G3", "係長"), ("G4", "課長補佐"), ("G5", "課長")];

    public static readonly DemoDepartment[] Departments =
    [
        new("D000", "みなと市役所（架空）", null, "E1006"),
        new("D100", "総務課", "D000", "E1001"),
        new("D200", "土木課", "D000", "E1003"),
        new("D300", "子育て支援課", "D000", "E1004"),
        new("D400", "税務課", "D000", "E1005"),
        new("D900", "職員厚生課", "D000", "E1006"),
    ];

    // The demo users; the staff numbers match the development tokens scripts/run.sh prints without --demo.
    public static readonly DemoUser Employee = new("employee (職員)", "E0001", "D100");
    public static readonly DemoUser DepartmentHead = new("department-head (所属長, 総務課)", "E1001", "D100", "department-head", "supervisor");
    public static readonly DemoUser Supervisor = new("supervisor (監督者, 総務課)", "E1002", "D100", "supervisor");
    public static readonly DemoUser WelfareOfficer = new("welfare-officer (厚生担当)", "E2001", "D900", "welfare-officer");
    public static readonly DemoUser PersonnelOfficer = new("personnel-officer (人事担当)", "E2002", "D900", "personnel-officer");
    public static readonly DemoUser Physician = new("physician (産業医)", "E3001", "D900", "physician");
    public static readonly DemoUser ProgramDirector = new("program-director (決定権者)", "E4001", "D900", "program-director");
    public static readonly DemoUser Auditor = new("auditor (監査担当)", "E5001", "D900", "auditor");
    public static readonly DemoUser PeerSupporter = new("peer supporter (ピアサポーター, designated; no role)", "E0002", "D100");
    public static readonly DemoUser HarassmentCounselor = new("harassment counsellor (相談員, designated; no role)", "E2003", "D900");
    public static readonly DemoUser PreReturnParticipant = new("pre-return participant (試し出勤の参加者; on leave)", "E0007", "D100");
    public static readonly DemoUser PersonnelSystem = new("personnel-system (人事給与システム, machine client)", "personnel-system", null, "personnel-system");
    public static readonly DemoUser AttendanceSystem = new("attendance-system (勤怠システム, machine client)", "attendance-system", null, "attendance-system");

    public static readonly DemoUser[] Users =
    [
        Employee, DepartmentHead, Supervisor, WelfareOfficer, PersonnelOfficer, Physician, ProgramDirector, Auditor,
        PeerSupporter, HarassmentCounselor, PreReturnParticipant, PersonnelSystem, AttendanceSystem,
    ];

    /// <summary>The second counsellor: a complaint is handled by two, one of each sex where possible.</summary>
    public const string SecondCounselor = "E2004";

    public const string ComplaintPersonHarassed = "E0005";
    public const string ComplaintRespondent = "E0006";
    public const string ConsultationSubject2 = "E0004";

    /// <summary>Heads and the welfare division, imported first so that the heads can be named before the staff arrive.</summary>
    public static readonly DemoEmployee[] Leaders =
    [
        Person("E1001", "D100", "G5", 0, 0), Person("E1003", "D200", "G5", 1, 1), Person("E1004", "D300", "G5", 2, 4),
        Person("E1005", "D400", "G5", 3, 2), Person("E1006", "D900", "G5", 4, 5),
        Person("E2001", "D900", "G3", 5, 6), Person("E2002", "D900", "G3", 6, 3), Person("E2003", "D900", "G3", 7, 7),
        Person("E2004", "D900", "G3", 0, 0), Person("E3001", "D900", "G4", 1, 0), Person("E4001", "D900", "G5", 2, 2),
        Person("E5001", "D900", "G3", 3, 5),
    ];

    /// <summary>The staff of the four line departments: E0001–E0032 and the supervisor E1002, eight or nine a department.</summary>
    public static readonly DemoEmployee[] Staff = BuildStaff();

    public static IEnumerable<DemoEmployee> Everyone => Leaders.Concat(Staff);

    /// <summary>Employees whose working time is recorded (everyone at work: not the pre-return participant on leave).</summary>
    public static IEnumerable<DemoEmployee> AtWork => Everyone.Where(e => e.EmployeeId != PreReturnParticipant.EmployeeId);

    /// <summary>Daily overtime in minutes by staff number: a quarter of the staff work past the 45-hour month.</summary>
    public static int DailyOvertimeMinutes(string employeeId)
    {
        var n = int.Parse(employeeId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        return employeeId.StartsWith("E1", StringComparison.Ordinal) ? 90 : (n % 4) switch
        {
            1 => 150,  // ≈ 50–58 h a month: over the 45-hour limit
            2 => 105,  // ≈ 35–40 h: the 80 % warning
            3 => 60,
            _ => 30,
        };
    }

    private static DemoEmployee Person(string id, string department, string grade, int surname, int given, string employmentType = "Regular")
    {
        var (familyKanji, familyKana) = Surnames[surname % Surnames.Length];
        var (givenKanji, givenKana, sex) = GivenNames[given % GivenNames.Length];
        return new DemoEmployee(id, department, grade, sex, $"{familyKanji} {givenKanji}", $"{familyKana} {givenKana}", employmentType);
    }

    private static DemoEmployee[] BuildStaff()
    {
        string[] departments = ["D100", "D200", "D300", "D400"];
        var staff = new List<DemoEmployee> { Person("E1002", "D100", "G3", 4, 2) };
        for (var n = 1; n <= 32; n++)
        {
            var grade = (n % 5) switch { 0 => "G3", 1 or 3 => "G1", _ => "G2" };
            staff.Add(Person($"E{n:0000}", departments[(n - 1) / 8], grade, n, n * 3, n % 8 == 0 ? "FixedTerm" : "Regular"));
        }

        return [.. staff];
    }
}
