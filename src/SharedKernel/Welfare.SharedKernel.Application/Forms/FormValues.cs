using System.Globalization;

namespace Welfare.SharedKernel.Application.Forms;

/// <summary>
/// How values are written on a form: dates in 和暦 with the 西暦 year, as Japanese public bodies print them
/// (令和8年（2026年）12月3日), times of day in Japan, durations in hours and minutes.
/// </summary>
public static class FormValues
{
    /// <summary>The date line left for a hand-written date.</summary>
    public const string BlankDate = "令和　　年　　月　　日";

    public static string Date(DateOnly date)
    {
        var era = JapaneseEra.ToEraDate(date);
        return string.Create(CultureInfo.InvariantCulture, $"{era.Era}{era.YearText}年（{date.Year}年）{era.Month}月{era.Day}日");
    }

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>A moment as the day and time in Japan (the records keep UTC).</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var local = moment.ToOffset(JapanTime.Offset);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(JapanTime.DayOf(moment))} {local.Hour}時{local.Minute:00}分");
    }

    public static string? DateTime(DateTimeOffset? moment) => moment is { } m ? DateTime(m) : null;

    /// <summary>A calendar month: 令和8年（2026年）4月.</summary>
    public static string Month(int year, int month)
    {
        var era = JapaneseEra.ToEraDate(new DateOnly(year, month, 1));
        return string.Create(CultureInfo.InvariantCulture, $"{era.Era}{era.YearText}年（{year}年）{month}月");
    }

    /// <summary>Hours kept as a decimal, written in hours and minutes (112.5 → 112時間30分).</summary>
    public static string Hours(double hours) => Minutes((int)Math.Round(hours * 60, MidpointRounding.AwayFromZero));

    /// <summary>From one date to another (期間).</summary>
    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)}から{Date(to)}まで";

    public static string Minutes(int minutes) => minutes % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}時間")
        : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}時間{minutes % 60}分");

    /// <summary>A person's name with its reading, as forms print it: 県庁 花子（ケンチョウ ハナコ）; null leaves the field to be written by hand.</summary>
    public static string? Name(Directory.DirectoryPerson? person) => person?.NameKanji switch
    {
        null => null,
        { } kanji when person.NameKana is { } kana => $"{kanji}（{kana}）",
        { } kanji => kanji,
    };

    public static string Flag(bool value) => value ? "有" : "無";
}
