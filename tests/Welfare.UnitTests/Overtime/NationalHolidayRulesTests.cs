using Welfare.Modules.Overtime.Domain.Holidays;

namespace Welfare.UnitTests.Overtime;

public sealed class NationalHolidayRulesTests
{
    /// <summary>
    /// 内閣府「国民の祝日について」, the published list (syukujitsu.csv, 国民の祝日・休日月日,国民の祝日・休日名称) for
    /// 2016–2027 as printed: 振替休日 and 国民の休日 both appear as 休日, the 2019 enthronement days as 休日（祝日扱い）.
    /// </summary>
    private const string Published = """
        2016/1/1,元日 2016/1/11,成人の日 2016/2/11,建国記念の日 2016/3/20,春分の日 2016/3/21,休日 2016/4/29,昭和の日
        2016/5/3,憲法記念日 2016/5/4,みどりの日 2016/5/5,こどもの日 2016/7/18,海の日 2016/8/11,山の日 2016/9/19,敬老の日
        2016/9/22,秋分の日 2016/10/10,体育の日 2016/11/3,文化の日 2016/11/23,勤労感謝の日 2016/12/23,天皇誕生日
        2017/1/1,元日 2017/1/2,休日 2017/1/9,成人の日 2017/2/11,建国記念の日 2017/3/20,春分の日 2017/4/29,昭和の日
        2017/5/3,憲法記念日 2017/5/4,みどりの日 2017/5/5,こどもの日 2017/7/17,海の日 2017/8/11,山の日 2017/9/18,敬老の日
        2017/9/23,秋分の日 2017/10/9,体育の日 2017/11/3,文化の日 2017/11/23,勤労感謝の日 2017/12/23,天皇誕生日
        2018/1/1,元日 2018/1/8,成人の日 2018/2/11,建国記念の日 2018/2/12,休日 2018/3/21,春分の日 2018/4/29,昭和の日
        2018/4/30,休日 2018/5/3,憲法記念日 2018/5/4,みどりの日 2018/5/5,こどもの日 2018/7/16,海の日 2018/8/11,山の日
        2018/9/17,敬老の日 2018/9/23,秋分の日 2018/9/24,休日 2018/10/8,体育の日 2018/11/3,文化の日 2018/11/23,勤労感謝の日
        2018/12/23,天皇誕生日 2018/12/24,休日
        2019/1/1,元日 2019/1/14,成人の日 2019/2/11,建国記念の日 2019/3/21,春分の日 2019/4/29,昭和の日 2019/4/30,休日
        2019/5/1,休日（祝日扱い） 2019/5/2,休日 2019/5/3,憲法記念日 2019/5/4,みどりの日 2019/5/5,こどもの日 2019/5/6,休日
        2019/7/15,海の日 2019/8/11,山の日 2019/8/12,休日 2019/9/16,敬老の日 2019/9/23,秋分の日 2019/10/14,体育の日（スポーツの日）
        2019/10/22,休日（祝日扱い） 2019/11/3,文化の日 2019/11/4,休日 2019/11/23,勤労感謝の日
        2020/1/1,元日 2020/1/13,成人の日 2020/2/11,建国記念の日 2020/2/23,天皇誕生日 2020/2/24,休日 2020/3/20,春分の日
        2020/4/29,昭和の日 2020/5/3,憲法記念日 2020/5/4,みどりの日 2020/5/5,こどもの日 2020/5/6,休日 2020/7/23,海の日
        2020/7/24,スポーツの日 2020/8/10,山の日 2020/9/21,敬老の日 2020/9/22,秋分の日 2020/11/3,文化の日 2020/11/23,勤労感謝の日
        2021/1/1,元日 2021/1/11,成人の日 2021/2/11,建国記念の日 2021/2/23,天皇誕生日 2021/3/20,春分の日 2021/4/29,昭和の日
        2021/5/3,憲法記念日 2021/5/4,みどりの日 2021/5/5,こどもの日 2021/7/22,海の日 2021/7/23,スポーツの日 2021/8/8,山の日
        2021/8/9,休日 2021/9/20,敬老の日 2021/9/23,秋分の日 2021/11/3,文化の日 2021/11/23,勤労感謝の日
        2022/1/1,元日 2022/1/10,成人の日 2022/2/11,建国記念の日 2022/2/23,天皇誕生日 2022/3/21,春分の日 2022/4/29,昭和の日
        2022/5/3,憲法記念日 2022/5/4,みどりの日 2022/5/5,こどもの日 2022/7/18,海の日 2022/8/11,山の日 2022/9/19,敬老の日
        2022/9/23,秋分の日 2022/10/10,スポーツの日 2022/11/3,文化の日 2022/11/23,勤労感謝の日
        2023/1/1,元日 2023/1/2,休日 2023/1/9,成人の日 2023/2/11,建国記念の日 2023/2/23,天皇誕生日 2023/3/21,春分の日
        2023/4/29,昭和の日 2023/5/3,憲法記念日 2023/5/4,みどりの日 2023/5/5,こどもの日 2023/7/17,海の日 2023/8/11,山の日
        2023/9/18,敬老の日 2023/9/23,秋分の日 2023/10/9,スポーツの日 2023/11/3,文化の日 2023/11/23,勤労感謝の日
        2024/1/1,元日 2024/1/8,成人の日 2024/2/11,建国記念の日 2024/2/12,休日 2024/2/23,天皇誕生日 2024/3/20,春分の日
        2024/4/29,昭和の日 2024/5/3,憲法記念日 2024/5/4,みどりの日 2024/5/5,こどもの日 2024/5/6,休日 2024/7/15,海の日
        2024/8/11,山の日 2024/8/12,休日 2024/9/16,敬老の日 2024/9/22,秋分の日 2024/9/23,休日 2024/10/14,スポーツの日
        2024/11/3,文化の日 2024/11/4,休日 2024/11/23,勤労感謝の日
        2025/1/1,元日 2025/1/13,成人の日 2025/2/11,建国記念の日 2025/2/23,天皇誕生日 2025/2/24,休日 2025/3/20,春分の日
        2025/4/29,昭和の日 2025/5/3,憲法記念日 2025/5/4,みどりの日 2025/5/5,こどもの日 2025/5/6,休日 2025/7/21,海の日
        2025/8/11,山の日 2025/9/15,敬老の日 2025/9/23,秋分の日 2025/10/13,スポーツの日 2025/11/3,文化の日 2025/11/23,勤労感謝の日
        2025/11/24,休日
        2026/1/1,元日 2026/1/12,成人の日 2026/2/11,建国記念の日 2026/2/23,天皇誕生日 2026/3/20,春分の日 2026/4/29,昭和の日
        2026/5/3,憲法記念日 2026/5/4,みどりの日 2026/5/5,こどもの日 2026/5/6,休日 2026/7/20,海の日 2026/8/11,山の日
        2026/9/21,敬老の日 2026/9/22,休日 2026/9/23,秋分の日 2026/10/12,スポーツの日 2026/11/3,文化の日 2026/11/23,勤労感謝の日
        2027/1/1,元日 2027/1/11,成人の日 2027/2/11,建国記念の日 2027/2/23,天皇誕生日 2027/3/21,春分の日 2027/3/22,休日
        2027/4/29,昭和の日 2027/5/3,憲法記念日 2027/5/4,みどりの日 2027/5/5,こどもの日 2027/7/19,海の日 2027/8/11,山の日
        2027/9/20,敬老の日 2027/9/23,秋分の日 2027/10/11,スポーツの日 2027/11/3,文化の日 2027/11/23,勤労感謝の日
        """;

    private static IEnumerable<int> PublishedYears() => Enumerable.Range(2016, 12);

    private static IEnumerable<(DateOnly Date, string Name)> PublishedOf(int year) =>
        Published.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(','))
            .Select(p => (Date: DateOnly.ParseExact(p[0], "yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture), Name: p[1]))
            .Where(p => p.Date.Year == year);

    /// <summary>The calculator's day as the Cabinet Office prints it.</summary>
    private static string AsPublished(NationalHoliday holiday) => holiday.Name switch
    {
        NationalHolidayRules.SubstituteName or NationalHolidayRules.CitizensHolidayName => "休日",
        "即位の日" or "即位礼正殿の儀" => "休日（祝日扱い）",
        // The 2019 list already printed the name the day took in 2020; the law still called it 体育の日.
        "体育の日" when holiday.Date.Year == 2019 => "体育の日（スポーツの日）",
        _ => holiday.Name,
    };

    [TestCaseSource(nameof(PublishedYears))]
    public void Every_day_of_the_year_is_the_Cabinet_Office_list(int year)
    {
        var calculated = NationalHolidayRules.Of(year).Select(h => (h.Date, Name: AsPublished(h))).ToList();

        Assert.That(calculated, Is.EqualTo(PublishedOf(year).ToList()));
    }

    [TestCase("2026-05-06", "振替休日", "Substitute Holiday", Description = "憲法記念日 on a Sunday moves past みどりの日 and こどもの日")]
    [TestCase("2026-09-22", "国民の休日", "Citizens' Holiday", Description = "between 敬老の日 and 秋分の日")]
    [TestCase("2019-04-30", "国民の休日", "Citizens' Holiday", Description = "between 昭和の日 and 即位の日")]
    [TestCase("2019-05-01", "即位の日", "Enthronement Day")]
    [TestCase("2019-05-02", "国民の休日", "Citizens' Holiday", Description = "between 即位の日 and 憲法記念日")]
    [TestCase("2019-10-22", "即位礼正殿の儀", "Enthronement Ceremony Day")]
    [TestCase("2021-08-09", "振替休日", "Substitute Holiday", Description = "山の日 moved to Sunday 8/8 for the Olympics")]
    [TestCase("2020-07-24", "スポーツの日", "Sports Day")]
    [TestCase("2019-10-14", "体育の日", "Health and Sports Day")]
    [TestCase("2008-05-06", "振替休日", "Substitute Holiday", Description = "since 2007 a Sunday holiday moves past the holidays after it")]
    [TestCase("2002-05-04", "国民の休日", "Citizens' Holiday", Description = "a Saturday between two holidays was one too")]
    [TestCase("2002-07-20", "海の日", "Marine Day", Description = "a fixed date until 2002")]
    [TestCase("2006-04-29", "みどりの日", "Greenery Day", Description = "昭和の日 from 2007")]
    public void A_day_has_the_law_s_name(string date, string name, string englishName)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(NationalHolidayRules.Of(day.Year).Single(h => h.Date == day), Is.EqualTo(new NationalHoliday(day, name, englishName)));
    }

    [TestCase("2003-05-04", Description = "a Sunday between two holidays before 2007 stayed a Sunday")]
    [TestCase("2019-12-23", Description = "no 天皇誕生日 in 2019")]
    [TestCase("2020-10-12", Description = "スポーツの日 was in July")]
    [TestCase("2015-08-11", Description = "山の日 from 2016")]
    [TestCase("2026-07-21", Description = "a Tuesday after 海の日 on Monday")]
    public void A_day_is_not_a_national_holiday(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(NationalHolidayRules.Of(day.Year).Select(h => h.Date), Does.Not.Contain(day));
    }

    [TestCase(1980, 20, 23)]
    [TestCase(2000, 20, 23)]
    [TestCase(2012, 20, 22)]
    [TestCase(2092, 19, 22)]
    [TestCase(2099, 20, 23)]
    [TestCase(2100, 20, 23)]
    public void The_equinoxes_follow_the_observatory_s_approximation(int year, int march, int september)
    {
        Assert.That((NationalHolidayRules.VernalEquinoxDay(year), NationalHolidayRules.AutumnalEquinoxDay(year)), Is.EqualTo((march, september)));
    }

    [Test]
    public void Every_supported_year_has_its_days_in_order_and_named_in_both_languages()
    {
        var years = Enumerable.Range(NationalHolidayRules.FirstYear, NationalHolidayRules.LastYear - NationalHolidayRules.FirstYear + 1).ToList();
        var all = years.SelectMany(NationalHolidayRules.Of).ToList();

        Assert.That(all.Select(h => h.Date), Is.Ordered.And.Unique);
        Assert.That(all.Where(h => h.Date.Year < NationalHolidayRules.FirstYear || h.Date.Year > NationalHolidayRules.LastYear), Is.Empty);
        Assert.That(all.Where(h => string.IsNullOrWhiteSpace(h.Name) || string.IsNullOrWhiteSpace(h.EnglishName)), Is.Empty);
        Assert.That(years.Where(y => NationalHolidayRules.Of(y).Count is < 15 or > 22), Is.Empty, "every year has 15 to 22 days");
    }

    [TestCase(NationalHolidayRules.FirstYear - 1)]
    [TestCase(NationalHolidayRules.LastYear + 1)]
    public void A_year_outside_the_supported_range_is_refused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalHolidayRules.Of(year));
}
