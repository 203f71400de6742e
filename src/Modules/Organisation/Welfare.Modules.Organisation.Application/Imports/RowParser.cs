using System.Globalization;
using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Imports;

/// <summary>Reads one row's text fields, collecting every problem instead of stopping at the first.</summary>
internal sealed class RowParser(int line, string? key)
{
    private readonly List<(ProblemCode Code, LocalizedText Text)> _problems = [];

    public int Line { get; } = line;

    public string? Key { get; } = key;

    public IReadOnlyList<(ProblemCode Code, LocalizedText Text)> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    public void Problem(ProblemCode code, LocalizedText? detail = null) => _problems.Add((code, detail ?? code.Text));

    public string Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(OrganisationProblems.Required, new($"{field} は必須です。", $"{field} is required."));
            return string.Empty;
        }

        if (value.Length > maxLength)
        {
            Problem(OrganisationProblems.TooLong, new($"{field} は {maxLength} 文字以内で指定してください。", $"{field} must be at most {maxLength} characters."));
        }

        return value.Trim();
    }

    public T Enum<T>(string field, string? value, ImportCodes<T> codes, T? fallback = null)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } f)
        {
            return f;
        }

        if (value is not null && codes.Aliases.TryGetValue(value.Trim(), out var aliased))
        {
            return aliased;
        }

        if (value is not null && System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            && !value.Trim().All(char.IsAsciiDigit))
        {
            return parsed;
        }

        var allowed = codes.Short();
        Problem(OrganisationProblems.InvalidValue, new($"{field} の値「{value}」は使用できません ({allowed})。", $"{field} '{value}' is not one of {allowed}."));
        return default;
    }

    /// <summary>ISO (2024-04-01, 2024/4/1) or the Japanese calendar (R6.4.1, 令和6年4月1日), as personnel systems write dates.</summary>
    public DateOnly Date(string field, string? value, DateOnly? fallback = null)
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } f)
        {
            return f;
        }

        if (value is not null
            && (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || JapaneseEra.TryParse(value, out date)))
        {
            return date;
        }

        Problem(OrganisationProblems.InvalidDate, new(
            $"{field} の日付「{value}」は yyyy-MM-dd 形式または和暦 (R6.4.1、令和6年4月1日) で指定してください。",
            $"{field} '{value}' is not a date (yyyy-MM-dd, or the Japanese calendar such as R6.4.1 or 令和6年4月1日)."));
        return default;
    }

    public DateOnly? OptionalDate(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Date(field, value);

    public ImportRejection ToRejection() => new(
        Line, Key, _problems[0].Code.Value,
        string.Join(" ", _problems.Select(p => p.Text.Japanese)),
        string.Join(" ", _problems.Select(p => p.Text.English)));
}
