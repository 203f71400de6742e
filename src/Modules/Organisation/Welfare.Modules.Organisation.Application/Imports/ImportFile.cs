using System.Text.Json;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Modules.Organisation.Application.Imports;

public enum ImportFormat
{
    [Label("JSON形式", "JSON")]
    Json,
    [Label("CSV形式", "CSV")]
    Csv,
}

/// <summary>One row of an import file: the line it came from and its fields by name.</summary>
internal sealed record ImportFileRow(int Line, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<string> UnknownFields)
{
    /// <summary>Known fields whose value is not text that can be stored (an object, a list, a NUL character): the row is rejected.</summary>
    public IReadOnlyList<string> InvalidFields { get; init; } = [];

    public string? this[string field] => Values.GetValueOrDefault(field);
}

/// <summary>
/// Reads an import body (a JSON array of objects, or CSV with a header line) into rows of named text
/// fields, so that every row is checked on its own and a bad row never sinks the file.
/// </summary>
internal static class ImportFile
{
    /// <param name="charset">The CSV file's charset as its Content-Type names it; null: detected. JSON is always UTF-8.</param>
    public static async Task<IReadOnlyList<ImportFileRow>> ReadAsync(
        Stream body,
        ImportFormat format,
        TextCharset? charset,
        ImportColumns columns,
        int maxRows,
        CancellationToken cancellationToken)
    {
        List<ImportFileRow> rows;
        if (format == ImportFormat.Csv)
        {
            // Decoded whole, so that an undecodable file is refused before any row applies, naming its line.
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, cancellationToken);
            var text = ImportText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), charset);
            rows = [.. Csv.ReadRows(new StringReader(text), columns.HeaderToField, (line, values) => new ImportFileRow(line, values!, []))];
        }
        else
        {
            rows = await ReadJsonAsync(body, columns.HeaderToField, cancellationToken);
        }

        // PostgreSQL stores no NUL character, not even inside a rejection's text: such a value never
        // leaves the reader, and the row is rejected naming the field.
        rows = [.. rows.Select(WithoutNul)];
        if (rows.Count > maxRows)
        {
            throw new InvalidRequestException("body", new LocalizedText(
                $"1回の取込みは {maxRows:N0} 行までです。", $"An import holds at most {maxRows:N0} rows."));
        }

        return rows;
    }

    private static ImportFileRow WithoutNul(ImportFileRow row)
    {
        var invalid = row.Values.Where(v => v.Value?.Contains('\0', StringComparison.Ordinal) == true).Select(v => v.Key).ToList();
        var unknown = row.UnknownFields.Select(f => f.Replace('\0', '?')).ToList();
        if (invalid.Count == 0 && unknown.SequenceEqual(row.UnknownFields))
        {
            return row;
        }

        var values = row.Values.ToDictionary(v => v.Key, v => invalid.Contains(v.Key) ? null : v.Value, StringComparer.Ordinal);
        return new ImportFileRow(row.Line, values, unknown) { InvalidFields = invalid };
    }

    private static async Task<List<ImportFileRow>> ReadJsonAsync(Stream body, IReadOnlyDictionary<string, string> columns, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken);
        }
        catch (JsonException)
        {
            throw new InvalidRequestException("body", new LocalizedText("JSON の形式が正しくありません。", "The body is not valid JSON."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidRequestException("body", new LocalizedText("JSON の配列を送ってください。", "Send a JSON array of rows."));
            }

            var known = columns.Values.ToHashSet(StringComparer.Ordinal);
            var rows = new List<ImportFileRow>(document.RootElement.GetArrayLength());
            var line = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                line++;
                var values = new Dictionary<string, string?>(StringComparer.Ordinal);
                var unknown = new List<string>();
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in element.EnumerateObject())
                    {
                        var name = Text(() => property.Name, "(not text)");
                        if (!known.Contains(name))
                        {
                            unknown.Add(name);
                            continue;
                        }

                        values[name] = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => Text(property.Value.GetString, "\u0000"),
                            JsonValueKind.Null => null,
                            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                            _ => "\u0000",
                        };
                    }
                }
                else
                {
                    unknown.Add("(not an object)");
                }

                rows.Add(new ImportFileRow(line, values, unknown));
            }

            return rows;
        }
    }

    /// <summary>
    /// A JSON string that escapes half a surrogate pair (<c>"\udfff"</c>) is valid JSON but not text:
    /// reading it throws, so it becomes the marker the caller treats as an invalid value.
    /// </summary>
    private static string Text(Func<string?> read, string whenNotText)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return whenNotText;
        }
    }
}
