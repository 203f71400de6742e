using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Holidays;

/// <summary>Where a day off comes from: the law for the whole country, or the employer's own calendar.</summary>
public enum HolidaySource
{
    /// <summary>国民の祝日・休日: given by the law, the same for every employer; officers cannot change it.</summary>
    [Label("国民の祝日・休日", "National holiday")]
    National,

    /// <summary>The employer's own day off (年末年始, 県民の日 …) that an officer entered.</summary>
    [Label("団体が定める休日", "Employer's day off")]
    Employer,
}

/// <summary>A day off given by 国民の祝日に関する法律 (or, in 2019, by the special law on the enthronement).</summary>
public sealed record NationalHoliday(DateOnly Date, string Name, string EnglishName);

/// <summary>
/// Japan's national holidays of a year as the Cabinet Office publishes them (内閣府「国民の祝日について」):
/// the 祝日 of 国民の祝日に関する法律 as the law stood in that year, 振替休日 (§3(2)) and 国民の休日 (§3(3)).
/// 春分の日 and 秋分の日 are fixed each February for the next year in the Official Gazette from the
/// National Astronomical Observatory's ephemeris; the observatory's approximation used here gives the
/// published days of 2000–2027 and is a forecast for the years not yet published.
/// </summary>
public static class NationalHolidayRules
{
    /// <summary>The years the API accepts; before 2000 the Happy Monday law was not yet in force.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    public const string SubstituteName = "振替休日";

    public const string CitizensHolidayName = "国民の休日";

    /// <summary>The year's national holidays, oldest first.</summary>
    public static IReadOnlyList<NationalHoliday> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var holidays = Holidays(year).ToDictionary(h => h.Date);
        var days = new SortedDictionary<DateOnly, NationalHoliday>(holidays);

        // Since 2007 a holiday on a Sunday moves to the nearest later day that is not itself a holiday (5/3 → 5/6);
        // before, it moved to the Monday, which gives the same days because no two holidays were consecutive then.
        foreach (var sunday in holidays.Keys.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            var substitute = sunday.AddDays(1);
            while (holidays.ContainsKey(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            days.Add(substitute, new NationalHoliday(substitute, SubstituteName, "Substitute Holiday"));
        }

        // Only the 祝日 themselves make a day between them a holiday, not a 振替休日. The law before 2007 left out
        // Sundays explicitly; since then only 9/22 (always a Tuesday) and 2019 have had such a day.
        foreach (var holiday in holidays.Keys)
        {
            var between = holiday.AddDays(1);
            if (!days.ContainsKey(between) && between.DayOfWeek != DayOfWeek.Sunday && holidays.ContainsKey(between.AddDays(1)))
            {
                days.Add(between, new NationalHoliday(between, CitizensHolidayName, "Citizens' Holiday"));
            }
        }

        return [.. days.Values];
    }

    /// <summary>The day of March of 春分の日 (the vernal equinox, Japan time).</summary>
    public static int VernalEquinoxDay(int year) => EquinoxDay(20.8431m, year);

    /// <summary>The day of September of 秋分の日 (the autumnal equinox, Japan time).</summary>
    public static int AutumnalEquinoxDay(int year) => EquinoxDay(23.2488m, year);

    /// <summary>
    /// The observatory's approximation, stated for 1980–2099: int(c + 0.242194 (y − 1980) − int((y − 1980) / 4)).
    /// Its last term counts the leap days since 1980; counting them by the Gregorian rule instead carries it
    /// over 2100, which has none. Decimal keeps the truncation exact.
    /// </summary>
    private static int EquinoxDay(decimal constant, int year) =>
        (int)decimal.Truncate(constant + (0.242194m * (year - 1980)) - (LeapYearsUpTo(year) - LeapYearsUpTo(1980)));

    private static int LeapYearsUpTo(int year) => (year / 4) - (year / 100) + (year / 400);

    private static IEnumerable<NationalHoliday> Holidays(int year)
    {
        NationalHoliday Day(int month, int day, string name, string english) => new(new DateOnly(year, month, day), name, english);
        NationalHoliday Monday(int month, int nth, string name, string english) => new(NthMonday(year, month, nth), name, english);

        yield return Day(1, 1, "元日", "New Year's Day");
        yield return Monday(1, 2, "成人の日", "Coming of Age Day");
        yield return Day(2, 11, "建国記念の日", "National Foundation Day");
        if (year >= 2020)
        {
            yield return Day(2, 23, "天皇誕生日", "The Emperor's Birthday");
        }

        yield return Day(3, VernalEquinoxDay(year), "春分の日", "Vernal Equinox Day");
        yield return year >= 2007 ? Day(4, 29, "昭和の日", "Showa Day") : Day(4, 29, "みどりの日", "Greenery Day");
        if (year == 2019)
        {
            // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律: holidays counted as 祝日 for §3(2) and §3(3).
            yield return Day(5, 1, "即位の日", "Enthronement Day");
        }

        yield return Day(5, 3, "憲法記念日", "Constitution Memorial Day");
        if (year >= 2007)
        {
            yield return Day(5, 4, "みどりの日", "Greenery Day");
        }

        yield return Day(5, 5, "こどもの日", "Children's Day");

        // The Olympic and Paralympic special measures law moved three holidays next to the opening and closing.
        yield return year switch
        {
            2020 => Day(7, 23, "海の日", "Marine Day"),
            2021 => Day(7, 22, "海の日", "Marine Day"),
            >= 2003 => Monday(7, 3, "海の日", "Marine Day"),
            _ => Day(7, 20, "海の日", "Marine Day"),
        };
        if (year == 2020)
        {
            yield return Day(7, 24, "スポーツの日", "Sports Day");
        }
        else if (year == 2021)
        {
            yield return Day(7, 23, "スポーツの日", "Sports Day");
        }

        if (year >= 2016)
        {
            yield return year switch
            {
                2020 => Day(8, 10, "山の日", "Mountain Day"),
                2021 => Day(8, 8, "山の日", "Mountain Day"),
                _ => Day(8, 11, "山の日", "Mountain Day"),
            };
        }

        yield return year >= 2003 ? Monday(9, 3, "敬老の日", "Respect for the Aged Day") : Day(9, 15, "敬老の日", "Respect for the Aged Day");
        yield return Day(9, AutumnalEquinoxDay(year), "秋分の日", "Autumnal Equinox Day");
        if (year < 2020)
        {
            yield return Monday(10, 2, "体育の日", "Health and Sports Day");
        }
        else if (year > 2021)
        {
            yield return Monday(10, 2, "スポーツの日", "Sports Day");
        }

        if (year == 2019)
        {
            yield return Day(10, 22, "即位礼正殿の儀", "Enthronement Ceremony Day");
        }

        yield return Day(11, 3, "文化の日", "Culture Day");
        yield return Day(11, 23, "勤労感謝の日", "Labour Thanksgiving Day");

        // The Emperor's birthday followed the abdication: 12/23 until 2018, none in 2019, 2/23 from 2020.
        if (year <= 2018)
        {
            yield return Day(12, 23, "天皇誕生日", "The Emperor's Birthday");
        }
    }

    private static DateOnly NthMonday(int year, int month, int nth)
    {
        var first = new DateOnly(year, month, 1);
        var toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + (7 * (nth - 1)));
    }
}
