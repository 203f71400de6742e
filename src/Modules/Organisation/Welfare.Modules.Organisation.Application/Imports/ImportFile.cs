using System.Text;
using System.Text.Json;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Imports;

public enum ImportFormat
{
    Json,
    Csv,
}

/// <summary>One row of an import file: the line it came from and its fields by name.</summary>
internal sealed record ImportFileRow(int Line, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<string> UnknownFields)
{
    public string? this[string field] => Values.GetValueOrDefault(field);
}

/// <summary>
/// Reads an import body (a JSON array of objects, or CSV with a header line) into rows of named text
/// fields, so that every row is checked on its own and a bad row never sinks the file.
/// </summary>
internal static class ImportFile
{
    public const int MaxRows = 200_000;

    public static async Task<IReadOnlyList<ImportFileRow>> ReadAsync(
        Stream body,
        ImportFormat format,
        IReadOnlyDictionary<string, string> columns,
        CancellationToken cancellationToken)
    {
        List<ImportFileRow> rows;
        if (format == ImportFormat.Csv)
        {
            // The CSV reader is synchronous; request bodies may only be read asynchronously.
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            rows = ReadCsv(buffer, columns);
        }
        else
        {
            rows = await ReadJsonAsync(body, columns, cancellationToken);
        }

        if (rows.Count > MaxRows)
        {
            throw new InvalidRequestException("body", new LocalizedText(
                $"1回の取込みは {MaxRows:N0} 行までです。", $"An import holds at most {MaxRows:N0} rows."));
        }

        return rows;
    }

    private static List<ImportFileRow> ReadCsv(Stream body, IReadOnlyDictionary<string, string> columns)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return [.. Csv.ReadRows(reader, columns, (line, values) => new ImportFileRow(line, values!, []))];
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
                        if (!known.Contains(property.Name))
                        {
                            unknown.Add(property.Name);
                            continue;
                        }

                        values[property.Name] = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => property.Value.GetString(),
                            JsonValueKind.Null => null,
                            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                            _ => "\u0000invalid",
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
}
