using Welfare.SharedKernel;

namespace Welfare.UnitTests.Platform;

public sealed class JapaneseEraTests
{
    [TestCase("R6.4.1", "2024-04-01")]
    [TestCase("R06.04.01", "2024-04-01")]
    [TestCase("r6/4/1", "2024-04-01")]
    [TestCase("R6-04-01", "2024-04-01")]
    [TestCase("令和6年4月1日", "2024-04-01")]
    [TestCase("令和 6年 4月 1日", "2024-04-01")]
    [TestCase("令和元年5月1日", "2019-05-01")]
    [TestCase("R元.5.1", "2019-05-01")]
    [TestCase("R1.5.1", "2019-05-01")]
    [TestCase("令6.4.1", "2024-04-01")]
    [TestCase("令和６年４月１日", "2024-04-01")]
    [TestCase("Ｒ０６．０４．０１", "2024-04-01")]
    [TestCase("　令和6年4月1日　", "2024-04-01")]
    [TestCase("H31.4.30", "2019-04-30")]
    [TestCase("平成31年4月30日", "2019-04-30")]
    [TestCase("平成元年1月8日", "1989-01-08")]
    [TestCase("S64.1.7", "1989-01-07")]
    [TestCase("昭和64年1月7日", "1989-01-07")]
    [TestCase("昭和元年12月25日", "1926-12-25")]
    [TestCase("大正15年12月24日", "1926-12-24")]
    [TestCase("T1.7.30", "1912-07-30")]
    [TestCase("明治45年7月29日", "1912-07-29")]
    [TestCase("R8.2.29", null)]
    [TestCase("R6.2.29", "2024-02-29")]
    public void Reads_a_Japanese_calendar_date(string text, string? expected)
    {
        var parsed = JapaneseEra.TryParse(text, out var date);

        Assert.That(parsed, Is.EqualTo(expected is not null), text);
        if (expected is not null)
        {
            Assert.That(date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [TestCase("平成31年5月1日", Description = "令和 began that day")]
    [TestCase("H31.5.1")]
    [TestCase("H32.1.1", Description = "平成 has no year 32, though the calendar would count on")]
    [TestCase("令和元年4月30日", Description = "before 令和 began")]
    [TestCase("R1.4.30")]
    [TestCase("平成元年1月7日", Description = "still 昭和64年")]
    [TestCase("S64.1.8", Description = "already 平成")]
    [TestCase("昭和元年12月24日", Description = "still 大正")]
    [TestCase("大正元年7月29日", Description = "still 明治")]
    [TestCase("明治元年1月1日", Description = "before the calendar's first day")]
    [TestCase("R0.4.1")]
    [TestCase("R6.13.1")]
    [TestCase("R6.4.31")]
    [TestCase("R6.4.1日")]
    [TestCase("R6年4.1")]
    [TestCase("R6.4/1")]
    [TestCase("X6.4.1")]
    [TestCase("令和")]
    [TestCase("2024-04-01", Description = "ISO is not the Japanese calendar")]
    [TestCase("R6.٤.1", Description = "digits of other scripts")]
    [TestCase("")]
    [TestCase(null)]
    public void Refuses_what_is_not_a_day_of_its_era(string? text)
    {
        Assert.That(JapaneseEra.TryParse(text, out var date), Is.False);
        Assert.That(date, Is.EqualTo(default(DateOnly)));
    }

    [Test]
    public void The_day_after_the_last_day_of_Heisei_is_the_first_day_of_Reiwa()
    {
        var last = JapaneseEra.Parse("平成31年4月30日");

        Assert.That(JapaneseEra.Format(last.AddDays(1)), Is.EqualTo("令和元年5月1日"));
        Assert.That(JapaneseEra.Format(last), Is.EqualTo("平成31年4月30日"));
    }

    [TestCase("2026-12-03", "令和8年12月3日")]
    [TestCase("2019-05-01", "令和元年5月1日")]
    [TestCase("2020-01-01", "令和2年1月1日")]
    [TestCase("2019-04-30", "平成31年4月30日")]
    [TestCase("1989-01-08", "平成元年1月8日")]
    [TestCase("1989-01-07", "昭和64年1月7日")]
    [TestCase("1926-12-25", "昭和元年12月25日")]
    [TestCase("1926-12-24", "大正15年12月24日")]
    [TestCase("1912-07-30", "大正元年7月30日")]
    [TestCase("1912-07-29", "明治45年7月29日")]
    public void Formats_a_day_as_Japanese_documents_write_it(string iso, string expected)
    {
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(JapaneseEra.Format(date), Is.EqualTo(expected));
        Assert.That(JapaneseEra.Parse(expected), Is.EqualTo(date), "what it writes, it reads");
    }

    [Test]
    public void Gives_the_parts_a_form_prints_in_separate_boxes()
    {
        var parts = JapaneseEra.ToEraDate(new DateOnly(2019, 5, 1));

        Assert.That(parts, Is.EqualTo(new JapaneseEraDate("令和", 1, 5, 1)));
        Assert.That(parts.YearText, Is.EqualTo("元"));
        Assert.That(JapaneseEra.ToEraDate(new DateOnly(2026, 12, 3)).YearText, Is.EqualTo("8"));
    }

    [Test]
    public void A_day_before_the_calendar_begins_cannot_be_written()
    {
        Assert.That(JapaneseEra.MinDate, Is.EqualTo(new DateOnly(1868, 9, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEra.Format(new DateOnly(1868, 9, 7)));
        Assert.Throws<FormatException>(() => JapaneseEra.Parse("平成31年5月1日"));
    }
}
