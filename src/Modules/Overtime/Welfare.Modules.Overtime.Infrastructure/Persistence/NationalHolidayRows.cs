using System.Globalization;
using System.Text;
using Welfare.Modules.Overtime.Domain.Holidays;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>
/// The SQL that makes overtime.national_holidays equal to <see cref="NationalHolidayRules"/> for every year it
/// covers. When the law changes, change the rules and add a migration that runs <see cref="Replace"/> again: the
/// table's triggers mark every employee-month with a changed day, so its totals are recomputed.
/// </summary>
internal static class NationalHolidayRows
{
    public static string Replace()
    {
        var rows = Enumerable.Range(NationalHolidayRules.FirstYear, NationalHolidayRules.LastYear - NationalHolidayRules.FirstYear + 1)
            .SelectMany(NationalHolidayRules.Of)
            .Select(h => string.Create(CultureInfo.InvariantCulture, $"    (date '{h.Date:yyyy-MM-dd}', {Literal(h.Name)}, {Literal(h.EnglishName)})"));
        return new StringBuilder("WITH law (date, name, english_name) AS (VALUES\n")
            .AppendJoin(",\n", rows)
            .Append("""
                ),
                gone AS (DELETE FROM overtime.national_holidays h WHERE NOT EXISTS (SELECT 1 FROM law WHERE law.date = h.date))
                INSERT INTO overtime.national_holidays (date, name, english_name) SELECT date, name, english_name FROM law
                ON CONFLICT (date) DO UPDATE SET name = excluded.name, english_name = excluded.english_name
                WHERE (national_holidays.name, national_holidays.english_name) IS DISTINCT FROM (excluded.name, excluded.english_name);
                """)
            .ToString();
    }

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
