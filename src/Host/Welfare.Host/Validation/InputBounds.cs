using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Validation;

/// <summary>
/// The one table of upper bounds on input (OWASP API4): the length of every string and the count of
/// every array a request may carry, by field name. <see cref="InputBoundsFilter"/> enforces it before
/// any handler runs and <c>OpenApi/InputBoundsDocumentFilter</c> writes it into the contract
/// (maxLength, maxItems, maximum), so the two cannot disagree. Module validators may be stricter.
/// </summary>
internal static class InputBounds
{
    /// <summary>Staff numbers, department codes and other ids; the audit trail keeps record ids up to 128.</summary>
    public const int IdentifierLength = 32;

    /// <summary>Free text (notes, opinions, reasons).</summary>
    public const int TextLength = 4000;

    /// <summary>A query string value that is not an id (search text, filters).</summary>
    public const int QueryTextLength = 128;

    /// <summary>Any list in a body unless listed below.</summary>
    public const int Items = 1000;

    private static readonly Dictionary<string, int> Lengths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["externalId"] = 64, ["reference"] = 64, ["actorId"] = 64,
        ["recordId"] = 128, // the audit trail's record ids: GUIDs and staff numbers, as stored
        ["familyRelationship"] = 50,
        ["name"] = 100, ["familyName"] = 100, ["nameKanji"] = 100, ["nameKana"] = 100, ["divisionName"] = 100,
        ["attendingPhysicianName"] = 100, ["appointingAuthority"] = 100, ["employmentType"] = 100, ["sex"] = 100, ["status"] = 100,
        ["title"] = 200, ["place"] = 200, ["hours"] = 200, ["contact"] = 200, ["attendingPhysicianInstitution"] = 200,
        ["committeeDecisionReference"] = 200, ["topic"] = 200, ["account"] = 200,
        ["scope"] = 500, ["availability"] = 500,
        ["advice"] = 5000, ["sharedDetails"] = 5000, ["action"] = 5000,
        ["content"] = 10_000,
    };

    /// <summary>The longest string a body field (or an item of a list field) of this name may hold.</summary>
    public static int MaxLength(string field)
    {
        if (Lengths.TryGetValue(field, out var length) || Lengths.TryGetValue(Singular(field), out length))
        {
            return length;
        }

        return IsIdentifier(field) ? IdentifierLength : TextLength;
    }

    /// <summary>The most items a list field of this name may hold: the rows of a batch import as configured, any other list <see cref="Items"/>.</summary>
    public static int MaxItems(string field, ImportLimits imports) =>
        FixedItems(field) is { } count ? count.Maximum
        : field.Equals("rows", StringComparison.OrdinalIgnoreCase) ? imports.LeaveCases.MaxRows
        : field.Equals("warningPercentages", StringComparison.OrdinalIgnoreCase) ? 10
        : Items;

    /// <summary>The longest value of a query or path parameter of this name.</summary>
    public static int ParameterMaxLength(string parameter) =>
        Lengths.TryGetValue(parameter, out var length) ? Math.Min(length, QueryTextLength)
        : IsIdentifier(parameter) ? IdentifierLength : QueryTextLength;

    /// <summary>
    /// The range of a number of this name, wherever it comes (a query parameter, a body field, the items of a
    /// body list). Module validators check the same ranges; ContractAcceptanceTests fails when one is stricter.
    /// </summary>
    private static readonly Dictionary<string, (decimal Minimum, decimal Maximum)> Ranges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = (FirstYear, LastYear), ["fiscalYear"] = (FirstYear, LastYear),
        ["month"] = (1, 12), ["yearStartMonth"] = (1, 12), ["quarter"] = (1, 4), ["referenceDay"] = (1, 28),
        ["page"] = (1, PageRequest.MaxPage), ["pageSize"] = (1, PageRequest.MaxPageSize),
        ["version"] = (1, int.MaxValue),
        // Overtime: warning tiers, rule sets, the physician's cap.
        ["minWarning"] = (1, 100), ["monthHours"] = (1, 744), ["monthThresholdHours"] = (1, 744), ["yearHours"] = (1, 8784),
        ["maxMonthsOverThreshold"] = (0, 12), ["rollingWindowMonths"] = (2, 6), ["intervalHours"] = (0, 24),
        ["postReturnNoOvertimeMonths"] = (0, 24), ["otherDrivenShareWarning"] = (0, 1), ["discrepancyToleranceMinutes"] = (0, 240),
        ["overtimeCapHours"] = (0, 100), ["warningPercentages"] = (1, 100),
        // Return to work: the plan's weeks and the restriction after it.
        ["daysPerWeek"] = (1, 7), ["recommendedRestrictionMonths"] = (0, 24),
        // Stress check: the four-point answers, the high-stress criteria, the smallest group analysed.
        ["answers"] = (1, 4), ["stressReaction"] = (1, 200), ["factorsAndSupport"] = (1, 200), ["stressReactionWithFactors"] = (1, 200),
        ["minimumGroupSize"] = (2, 1000),
        // Harassment settings.
        ["followUpDays"] = (1, 3650), ["minimumCellSize"] = (1, 100), ["supervisorGradeRank"] = (1, 100), ["newPeriodMonths"] = (1, 60),
    };

    /// <summary>The value a query parameter has when the caller leaves it out, when it has one (paging).</summary>
    public static int? ParameterDefault(string parameter) => parameter switch
    {
        "page" => 1,
        "pageSize" => PageRequest.DefaultPageSize,
        _ => null,
    };

    /// <summary>Calendar years the programmes run in (fiscal or calendar).</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>The range of a number (parameter, body field or list item) of this name, when it has one.</summary>
    public static (decimal Minimum, decimal Maximum)? Range(string field) => Ranges.TryGetValue(field, out var range) ? range : null;

    /// <summary>Lists whose length is fixed, not only bounded: the BJSQ's 57 answers (StressCheck checks the same).</summary>
    public static (int Minimum, int Maximum)? FixedItems(string field) => field.Equals("answers", StringComparison.OrdinalIgnoreCase) ? (57, 57) : null;

    /// <summary>Fields that hold staff numbers: letters, digits and '-' (<see cref="EmployeeId.IsValid"/>).</summary>
    public const string StaffNumberPattern = "^[A-Za-z0-9-]+$";

    /// <summary>The pattern a string of this name (a field, a list item or a parameter) follows, when it has one.</summary>
    public static string? Pattern(string field) =>
        field is "employeeId" or "physicianId" or "staff" or "physicians" ? StaffNumberPattern : null;

    public static LocalizedText NotAStaffNumber { get; } = new("職員番号は英数字とハイフンで指定してください。", "A staff number is letters, digits and '-'.");

    public static LocalizedText OutOfRange((decimal Minimum, decimal Maximum) range) =>
        new($"{range.Minimum}以上{range.Maximum}以下で指定してください。", $"Must be between {range.Minimum} and {range.Maximum}.");

    public static LocalizedText ItemCount(int count) => new($"{count}件ちょうどで指定してください。", $"Exactly {count} items.");

    public static bool IsIdentifier(string field)
    {
        var name = Singular(field);
        return name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Code", StringComparison.OrdinalIgnoreCase)
            || name.Equals("department", StringComparison.OrdinalIgnoreCase) || name.Equals("physician", StringComparison.OrdinalIgnoreCase)
            || name.Equals("staff", StringComparison.OrdinalIgnoreCase) || name.Equals("targetDepartment", StringComparison.OrdinalIgnoreCase)
            || name.Equals("module", StringComparison.OrdinalIgnoreCase) || name.Equals("format", StringComparison.OrdinalIgnoreCase)
            || name.Equals("form", StringComparison.OrdinalIgnoreCase) || name.Equals("targetEmploymentType", StringComparison.OrdinalIgnoreCase);
    }

    private static string Singular(string field) => field.EndsWith('s') && field.Length > 1 ? field[..^1] : field;

    /// <summary>Why a text may not be stored at all: a NUL (PostgreSQL refuses it) or half a surrogate pair (not Unicode).</summary>
    public static LocalizedText? ForbiddenCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0'
                || (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[++i])))
                || char.IsLowSurrogate(c))
            {
                return new LocalizedText("使用できない文字（NUL 文字または不正な文字コード）が含まれています。", "Contains a character that is not allowed (NUL or broken Unicode).");
            }
        }

        return null;
    }

    public static LocalizedText TooLong(int max) => new($"{max}文字以内で入力してください。", $"At most {max} characters.");

    public static LocalizedText TooMany(int max) => new($"{max}件以内で指定してください。", $"At most {max} items.");

    public static LocalizedText Blank { get; } = new("空白だけの値は指定できません。", "Must not be blank.");

    public static LocalizedText NullItem { get; } = new("一覧の要素に null は指定できません。", "A list item must not be null.");
}
