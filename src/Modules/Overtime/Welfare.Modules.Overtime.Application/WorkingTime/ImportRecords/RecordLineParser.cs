using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Welfare.Modules.Overtime.Domain;
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
                Reject(line, error!.Value.Code, error.Value.Detail);
            }
        }
    }

    private void Reject(int line, ProblemCode code, LocalizedText? detail)
    {
        RejectedCount++;
        if (Rejections.Count < RecordImport.ListedLines)
        {
            Rejections.Add(new ImportRejection(line, code.Value, (detail ?? code.Text).InCurrentCulture()));
        }
    }

    private static StagedRecord? Parse(IReadOnlyDictionary<string, string?> values, out (ProblemCode Code, LocalizedText? Detail)? error)
    {
        error = null;
        foreach (var name in Fields)
        {
            if (string.IsNullOrWhiteSpace(values.GetValueOrDefault(name)))
            {
                error = (OvertimeProblems.MissingField, new LocalizedText($"{name} がありません。", $"{name} is missing."));
                return null;
            }
        }

        var employeeId = values["employeeId"]!.Trim();
        var externalId = values["externalId"]!.Trim();
        if (employeeId.Contains('\0', StringComparison.Ordinal) || externalId.Contains('\0', StringComparison.Ordinal))
        {
            // PostgreSQL stores no NUL character: such a line would fail the whole upload.
            error = (OvertimeProblems.InvalidCharacter, null);
            return null;
        }

        if (employeeId.Length > 32 || externalId.Length > 64)
        {
            error = (OvertimeProblems.FieldTooLong, null);
            return null;
        }

        if (!Enum.TryParse<RecordSource>(values["source"], ignoreCase: true, out var source) || !Enum.IsDefined(source) || source == RecordSource.SelfReport
            || int.TryParse(values["source"], out _))
        {
            error = (OvertimeProblems.InvalidSource, null);
            return null;
        }

        if (!DateOnly.TryParseExact(values["workDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var workDate))
        {
            error = (OvertimeProblems.InvalidDate, null);
            return null;
        }

        if (!TryTimestamp(values["startedAt"], out var startedAt) || !TryTimestamp(values["endedAt"], out var endedAt))
        {
            error = (OvertimeProblems.InvalidTimestamp, null);
            return null;
        }

        if (WorkingTimeRecord.Problem(workDate, startedAt, endedAt) is { } problem)
        {
            error = (problem, null);
            return null;
        }

        return new StagedRecord(0, employeeId, source, externalId, workDate, startedAt, endedAt);
    }

    private static bool TryTimestamp(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && (text!.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));

    private static async IAsyncEnumerable<(int Line, IReadOnlyDictionary<string, string?>? Values, (ProblemCode Code, LocalizedText? Detail)? Error)> JsonLinesAsync(
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
            (ProblemCode Code, LocalizedText? Detail)? error = null;
            try
            {
                var reader8 = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 2 });
                if (!reader8.Read() || reader8.TokenType != JsonTokenType.StartObject)
                {
                    error = (OvertimeProblems.NotAnObject, null);
                }
                else
                {
                    while (reader8.Read() && reader8.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader8.GetString()!;
                        reader8.Read();
                        if (!Fields.Contains(name))
                        {
                            error = (OvertimeProblems.UnknownField, new LocalizedText($"不明な項目 {name} があります。", $"Unknown field {name}."));
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
                error = (OvertimeProblems.InvalidJson, null);
            }

            yield return (line, error is null ? values : null, error);
        }
    }

    private static async IAsyncEnumerable<(int Line, IReadOnlyDictionary<string, string?>? Values, (ProblemCode Code, LocalizedText? Detail)? Error)> CsvLinesAsync(
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
                yield return (line, null, (OvertimeProblems.ColumnCount, new LocalizedText(
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
