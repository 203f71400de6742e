using System.Text;

namespace Welfare.SharedKernel.Application.Exports;

/// <summary>
/// CSV that Excel opens correctly in Japan: UTF-8 with BOM, CRLF, fields quoted when they must be, and a
/// field that would start a spreadsheet formula (=, +, -, @ not followed by a digit) neutralised.
/// </summary>
public static class CsvWriter
{
    /// <summary>A file for people: the header in the request's language (see <see cref="Printed"/> for the values).</summary>
    public static byte[] Write(IEnumerable<LocalizedText> header, IEnumerable<IEnumerable<string?>> rows) => Write(header.Select(Printed.Text), rows);

    public static byte[] Write(IEnumerable<string?> header, IEnumerable<IEnumerable<string?>> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text(header, rows))];

    /// <summary>The same without the byte-order mark, for callers that add their own framing.</summary>
    public static string Text(IEnumerable<string?> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> fields) => csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && !(text.Length > 1 && char.IsDigit(text[1])))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
