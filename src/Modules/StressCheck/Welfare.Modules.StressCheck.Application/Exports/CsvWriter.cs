using System.Text;

namespace Welfare.Modules.StressCheck.Application.Exports;

/// <summary>CSV that Excel opens correctly in Japan: UTF-8 with BOM, CRLF, fields quoted when they must be.</summary>
internal static class CsvWriter
{
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    // Every field is a validated code, a number, a date or a fixed label: none can start a spreadsheet formula.
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
