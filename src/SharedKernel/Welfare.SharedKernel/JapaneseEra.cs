using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Welfare.SharedKernel;

/// <summary>
/// A day written in the Japanese calendar (和暦), split into the parts a printed form puts in separate boxes:
/// era name, year of the era, month and day. <see cref="ToString"/> writes it as Japanese documents do:
/// 令和8年12月3日, and 令和元年5月1日 for the first year of an era.
/// </summary>
public readonly record struct JapaneseEraDate(string Era, int Year, int Month, int Day)
{
    /// <summary>The year as a form prints it: 元 for the first year of an era, else the number.</summary>
    public string YearText => Year == 1 ? "元" : Year.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => $"{Era}{YearText}年{Month}月{Day}日";
}

/// <summary>
/// The Japanese calendar (和暦) for dates that people write: <see cref="Format(DateOnly)"/> for forms and
/// letters, <see cref="TryParse"/> for what personnel systems export (R6.4.1, R06.04.01, 令和6年4月1日,
/// 令和元年5月1日, H31.4.30, 平31.4.30, full-width digits …). Era boundaries are those of
/// <see cref="JapaneseCalendar"/>: 平成31年4月30日 is followed by 令和元年5月1日, so 平成31年5月1日 does not exist
/// and is refused, as is any day before its era began (平成元年1月7日 was still 昭和64年). Eras from 明治
/// (as far back as <see cref="JapaneseCalendar"/> reaches, 1868-09-08) to 令和.
/// </summary>
public static partial class JapaneseEra
{
    private static readonly JapaneseCalendar Calendar = new();

    /// <summary>
    /// Each era by its name, its one-letter abbreviation (R, H, S, T, M) and its one-kanji abbreviation, and a day
    /// inside it: the calendar's own era number is looked up from that day, so the numbering is never assumed.
    /// </summary>
    private static readonly (string Name, char Letter, char Kanji, DateTime Inside)[] Eras =
    [
        ("令和", 'R', '令', new DateTime(2019, 5, 1)),
        ("平成", 'H', '平', new DateTime(1989, 1, 8)),
        ("昭和", 'S', '昭', new DateTime(1926, 12, 25)),
        ("大正", 'T', '大', new DateTime(1912, 7, 30)),
        ("明治", 'M', '明', new DateTime(1900, 1, 1)),
    ];

    private static readonly Dictionary<int, string> NameByEra = Eras.ToDictionary(e => Calendar.GetEra(e.Inside), e => e.Name);

    private static readonly Dictionary<string, int> EraByText = Eras
        .SelectMany(e => new[] { e.Name, e.Letter.ToString(), char.ToLowerInvariant(e.Letter).ToString(), e.Kanji.ToString() }
            .Select(text => (text, Era: Calendar.GetEra(e.Inside))))
        .ToDictionary(e => e.text, e => e.Era, StringComparer.Ordinal);

    /// <summary>The first day the Japanese calendar can write (明治 as <see cref="JapaneseCalendar"/> starts it).</summary>
    public static DateOnly MinDate { get; } = DateOnly.FromDateTime(Calendar.MinSupportedDateTime);

    /// <summary>令和8年12月3日; 令和元年5月1日 in the first year of an era.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is before <see cref="MinDate"/>.</exception>
    public static string Format(DateOnly date) => ToEraDate(date).ToString();

    /// <summary>The era, year, month and day of a day, for forms that print them in separate boxes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is before <see cref="MinDate"/>.</exception>
    public static JapaneseEraDate ToEraDate(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, MinDate);
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new JapaneseEraDate(NameByEra[Calendar.GetEra(day)], Calendar.GetYear(day), day.Month, day.Day);
    }

    /// <summary>
    /// Reads a Japanese-calendar date: the era as its name (令和), one kanji (令) or one letter (R, either case),
    /// the year as a number or 元, then 年/月/日 or one of '.', '/', '-' between the numbers, with or without
    /// leading zeros, spaces and full-width characters. ISO dates are not read here: this is the 和暦 only.
    /// </summary>
    /// <returns>False for text that is not such a date or names a day its era does not have.</returns>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || EraDate().Match(Narrow(text)) is not { Success: true } match
            || !EraByText.TryGetValue(match.Groups["era"].Value, out var era))
        {
            return false;
        }

        var yearText = match.Groups["year"].Value;
        var year = yearText == "元" ? 1 : int.Parse(yearText, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        try
        {
            var gregorian = Calendar.ToDateTime(year, month, day, 0, 0, 0, 0, era);

            // The calendar turns 平成31年5月1日 into 2019-05-01 without complaint; the day must also lie in the era
            // it was written in, and in that year of it.
            if (Calendar.GetEra(gregorian) != era || Calendar.GetYear(gregorian) != year)
            {
                return false;
            }

            date = DateOnly.FromDateTime(gregorian);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // No such day (2月30日), or before the calendar's first day.
            return false;
        }
    }

    /// <summary>As <see cref="TryParse"/>, for text that must be a Japanese-calendar date.</summary>
    /// <exception cref="FormatException">The text is not one, or names a day its era does not have.</exception>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the Japanese calendar (e.g. 令和6年4月1日 or R6.4.1).");

    /// <summary>Full-width digits, letters, separators and spaces become their ASCII twins; nothing else changes.</summary>
    private static string Narrow(string text)
    {
        var narrow = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            narrow.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return narrow.ToString();
    }

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|大正|明治|[令平昭大明RHSTMrhstm])\s*(?<year>[0-9]{1,2}|元)\s*(?:年\s*(?<month>[0-9]{1,2})\s*月\s*(?<day>[0-9]{1,2})\s*日|(?<sep>[./-])\s*(?<month>[0-9]{1,2})\s*\k<sep>\s*(?<day>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex EraDate();
}
