using System.Globalization;

namespace Welfare.SharedKernel.Application.Exports;

/// <summary>
/// How a value reads where people read it (a CSV file, a printed form), in the request's language
/// (<see cref="CultureInfo.CurrentUICulture"/>, set from Accept-Language): labels instead of codes, はい/いいえ, days in the
/// Japanese calendar (令和8年12月3日) and times of day in Japan time. English gets ISO days and the same Japan time, so a
/// spreadsheet can still sort them. JSON keeps codes and ISO values: this is only for what is printed.
/// </summary>
public static class Printed
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Text(LocalizedText text) => text.InCurrentCulture();

    public static string Label(Enum? value) => value is null ? string.Empty : Labels.Of(value).InCurrentCulture();

    public static string YesNo(bool? value) => value is { } b ? Labels.Of(b).InCurrentCulture() : string.Empty;

    public static string Date(DateOnly? day) => day switch
    {
        null => string.Empty,
        { } d when English || d < JapaneseEra.MinDate => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } d => JapaneseEra.Format(d),
    };

    /// <summary>The moment as a clock in Japan showed it: 令和8年12月3日 14:05 (English: 2026-12-03 14:05).</summary>
    public static string Time(DateTimeOffset? at)
    {
        if (at is not { } moment)
        {
            return string.Empty;
        }

        var local = moment.ToOffset(JapanTime.Offset);
        return $"{Date(JapanTime.DayOf(moment))} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
