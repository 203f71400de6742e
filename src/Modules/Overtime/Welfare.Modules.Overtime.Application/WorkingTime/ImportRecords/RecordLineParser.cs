using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;

/// <summary>
/// Reads an import body line by line (NDJSON or CSV) into records, rejecting a line it cannot read or
/// whose span is impossible; never holds the whole body.
/// </summary>
internal sealed class RecordLineParser(RecordImportFormat format, int maxRows)
{
    private static readonly string[] Fields = ["employeeId", "source", "externalId", "workDate", "startedAt", "endedAt"];

    private static readonly Dictionary<string, string> HeaderAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["employeeId"] = "employeeId", ["職員番号"] = "employeeId",
        ["source"] = "source", ["種別"] = "source",
        ["externalId"] = "externalId", ["外部ID"] = "externalId",
        ["workDate"] = "workDate", ["勤務日"] = "workDate",
        ["startedAt"] = "startedAt", ["開始"] = "startedAt",
        ["endedAt"] = "endedAt", ["終了"] = "endedAt",
    };

    public List<ImportRejection> Rejections { get; } = [];

    public long RejectedCount { get; private set; }

    public long Rows { get; private set; }

    public async IAsyncEnumerable<StagedRecord> ReadAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var lines = format == RecordImportFormat.Csv ? CsvLinesAsync(reader, cancellationToken) : JsonLinesAsync(reader, cancellationToken);
        await foreach (var (line, values, readError) in lines)
        {
            // Thrown inside the unit of work: the rows staged so far are rolled back with it.
            if (++Rows > maxRows)
            {
                throw new InvalidRequestException("body", new LocalizedText(
                    $"1回の取込みは {maxRows:N0} 行までです。分割して送ってください。", $"An import holds at most {maxRows:N0} rows; split the file."));
            }

            var error = readError;
            var record = error is null ? Parse(values!, out error) : null;
            if (record is { } r)
            {
                yield return r with { Line = line };
            }
            else
            {
                Reject(line, error!.Value.Code, error.Value.Text);
            }
        }
    }

    private void Reject(int line, string code, LocalizedText text)
    {
        RejectedCount++;
        if (Rejections.Count < RecordImport.ListedLines)
        {
            Rejections.Add(new ImportRejection(line, code, text.InCurrentCulture()));
        }
    }

    private static StagedRecord? Parse(IReadOnlyDictionary<string, string?> values, out (string Code, LocalizedText Text)? error)
    {
        error = null;
        foreach (var name in Fields)
        {
            if (string.IsNullOrWhiteSpace(values.GetValueOrDefault(name)))
            {
                error = ("missing-field", new LocalizedText($"{name} がありません。", $"{name} is missing."));
                return null;
            }
        }

        var employeeId = values["employeeId"]!.Trim();
        var externalId = values["externalId"]!.Trim();
        if (employeeId.Contains('\0', StringComparison.Ordinal) || externalId.Contains('\0', StringComparison.Ordinal))
        {
            // PostgreSQL stores no NUL character: such a line would fail the whole upload.
            error = ("invalid-character", new LocalizedText("職員番号と外部IDに NUL 文字は使用できません。", "employeeId and externalId may not contain NUL characters."));
            return null;
        }

        if (employeeId.Length > 32 || externalId.Length > 64)
        {
            error = ("field-too-long", new LocalizedText("職員番号は32文字、外部IDは64文字までです。", "employeeId holds at most 32 and externalId 64 characters."));
            return null;
        }

        if (!Enum.TryParse<RecordSource>(values["source"], ignoreCase: true, out var source) || !Enum.IsDefined(source) || source == RecordSource.SelfReport
            || int.TryParse(values["source"], out _))
        {
            error = ("invalid-source", new LocalizedText("種別は TimeCard, IcCard, PcLog のいずれかです。", "source is one of TimeCard, IcCard, PcLog."));
            return null;
        }

        if (!DateOnly.TryParseExact(values["workDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var workDate))
        {
            error = ("invalid-date", new LocalizedText("勤務日は yyyy-MM-dd 形式です。", "workDate is yyyy-MM-dd."));
            return null;
        }

        if (!TryTimestamp(values["startedAt"], out var startedAt) || !TryTimestamp(values["endedAt"], out var endedAt))
        {
            error = ("invalid-timestamp", new LocalizedText(
                "開始・終了は時差付きの ISO 8601 日時です(例: 2026-04-01T08:25:00+09:00)。", "startedAt and endedAt are ISO 8601 with an offset (e.g. 2026-04-01T08:25:00+09:00)."));
            return null;
        }

        if (WorkingTimeRecord.Problem(workDate, startedAt, endedAt) is { } problem)
        {
            error = problem;
            return null;
        }

        return new StagedRecord(0, employeeId, source, externalId, workDate, startedAt, endedAt);
    }

    private static bool TryTimestamp(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && (text!.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));

    private static async IAsyncEnumerable<(int Line, IReadOnlyDictionary<string, string?>? Values, (string Code, LocalizedText Text)? Error)> JsonLinesAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            (string Code, LocalizedText Text)? error = null;
            try
            {
                var reader8 = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 2 });
                if (!reader8.Read() || reader8.TokenType != JsonTokenType.StartObject)
                {
                    error = ("not-an-object", new LocalizedText("各行は JSON オブジェクトです。", "Each line is one JSON object."));
                }
                else
                {
                    while (reader8.Read() && reader8.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader8.GetString()!;
                        reader8.Read();
                        if (!Fields.Contains(name))
                        {
                            error = ("unknown-field", new LocalizedText($"不明な項目 {name} があります。", $"Unknown field {name}."));
                            break;
                        }

                        values[name] = reader8.TokenType switch
                        {
                            JsonTokenType.String => reader8.GetString(),
                            JsonTokenType.Null => null,
                            JsonTokenType.Number => Encoding.UTF8.GetString(reader8.ValueSpan),
                            _ => throw new JsonException(),
                        };
                    }
                }
            }
            catch (JsonException)
            {
                error = ("invalid-json", new LocalizedText("JSON として読めません。", "The line is not valid JSON."));
            }

            yield return (line, error is null ? values : null, error);
        }
    }

    private static async IAsyncEnumerable<(int Line, IReadOnlyDictionary<string, string?>? Values, (string Code, LocalizedText Text)? Error)> CsvLinesAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[]? names = null;
        await foreach (var (line, fields) in CsvRecordReader.ReadAsync(reader, cancellationToken))
        {
            if (names is null)
            {
                names = new string[fields.Length];
                for (var i = 0; i < fields.Length; i++)
                {
                    if (!HeaderAliases.TryGetValue(fields[i].Trim(), out var name))
                    {
                        throw new InvalidRequestException("body", new LocalizedText($"不明な列見出し「{fields[i]}」があります。", $"Unknown column '{fields[i]}'."));
                    }

                    names[i] = name;
                }

                continue;
            }

            if (fields.Length != names.Length)
            {
                yield return (line, null, ("column-count", new LocalizedText(
                    $"列の数が見出しと違います({fields.Length} / {names.Length})。", $"The line has {fields.Length} fields, the header {names.Length}.")));
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                values[names[i]] = fields[i];
            }

            yield return (line, values, null);
        }

        if (names is null)
        {
            throw new InvalidRequestException("body", new LocalizedText("ファイルが空です。1行目に見出しが必要です。", "The file is empty: a header line is required."));
        }
    }
}
