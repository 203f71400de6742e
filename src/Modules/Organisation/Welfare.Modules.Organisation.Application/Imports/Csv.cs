using System.Text;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Imports;

/// <summary>
/// RFC 4180 CSV as Excel and personnel systems write it: optional BOM, quoted fields with doubled
/// quotes and line breaks, CRLF or LF. Each record keeps the line it starts on, for rejections.
/// </summary>
internal static class Csv
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var atStart = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (atStart && ch == '\uFEFF')
            {
                atStart = false;
                continue;
            }

            atStart = false;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return (recordLine, fields.ToArray());
                    }

                    fields.Clear();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }

    /// <summary>Reads a header line and maps each column to a field name, accepting the given aliases.</summary>
    public static IReadOnlyList<T> ReadRows<T>(
        TextReader reader,
        IReadOnlyDictionary<string, string> aliases,
        Func<int, IReadOnlyDictionary<string, string>, T> create)
    {
        using var records = Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidRequestException("body", new LocalizedText("ファイルが空です。1行目に見出しが必要です。", "The file is empty: a header line is required."));
        }

        var header = records.Current.Fields.Select(h => h.Trim()).ToArray();
        var names = new string[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            if (!aliases.TryGetValue(header[i], out var name))
            {
                throw new InvalidRequestException("body", new LocalizedText($"不明な列見出し「{header[i]}」があります。", $"Unknown column '{header[i]}'."));
            }

            names[i] = name;
        }

        var rows = new List<T>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length && i < fields.Length; i++)
            {
                values[names[i]] = fields[i].Trim();
            }

            rows.Add(create(line, values));
        }

        return rows;
    }
}
