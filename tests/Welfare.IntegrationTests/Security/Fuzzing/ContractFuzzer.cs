using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Welfare.IntegrationTests.Security.Fuzzing;

/// <summary>One operation of the contract, as the fuzzer needs it.</summary>
internal sealed record ContractOperation(
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<(string Name, string In, JsonNode Schema)> Parameters,
    IReadOnlyList<(string ContentType, JsonNode Schema)> Bodies,
    IReadOnlyList<string> SuccessMediaTypes);

/// <summary>A request the fuzzer sends: what kind of abuse it carries and everything needed to replay it.</summary>
internal sealed record FuzzRequest(int Number, string Kind, string Caller, ContractOperation Operation, string Url, string? ContentType, byte[]? Body)
{
    public string Describe(int maxBody = 300)
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body);
        if (body.Length > maxBody)
        {
            body = body[..maxBody] + $"… ({Body!.Length} bytes)";
        }

        var url = Url.Length > 200 ? Url[..200] + $"… ({Url.Length} chars)" : Url;
        return $"#{Number} [{Kind}] as {Caller}: {Operation.Method} {url} {ContentType} {body}";
    }
}

/// <summary>
/// Walks the OpenAPI contract and generates requests from it: a valid-looking request built from each
/// operation's schemas, then one part of it (a body field, a query or path parameter, or the whole body)
/// replaced by a malformed or boundary value. The same seed always gives the same requests.
/// </summary>
internal sealed class ContractFuzzer
{
    public static readonly string[] Kinds =
    [
        "valid", "wrong-type", "huge-number", "empty-string", "oversized-string", "boundary", "invalid-date",
        "invalid-enum", "unicode", "null-field", "malformed-body", "bad-query", "bad-path",
    ];

    // Strings that break naive code: control and format characters, surrogates (the lone one is written
    // as a raw JSON escape), combining and wide characters, injections and path tricks.
    private static readonly string[] UnicodeEdges =
    [
        "\u0000", "a\u0000b", RawMarker("\"\\ud800\""), RawMarker("\"x\\udfff\""), "👩‍👩‍👧‍👦", "𠮷野家", "ｶﾞｷﾞｸﾞ", "\u202Eevil.exe", "\uFEFFbom",
        "e\u0301\u0301\u0301", "\u3000\u3000", "   ", "\r\n\t", "<script>alert(1)</script>", "'; DROP TABLE audit.audit_entries;--",
        "../../../etc/passwd", "%00%2e%2e", "null", "NaN", "=cmd|'/c calc'!A1", "\u2028\u2029", "Ω≈ç√∫", "１２３４",
    ];

    private static readonly string[] BadDates =
    [
        "2026-02-30", "2026-13-01", "2026-00-10", "0000-00-00", "+275760-09-13", "-0001-01-01", "2026/04/01", "20260401",
        "yesterday", "2026-04-01T25:61:00Z", "2026-04-01T10:00:00+25:00", "24:00:00", "9999-12-31T23:59:59.9999999+14:00", "",
    ];

    private static readonly string[] ExtremeDates = ["0001-01-01", "9999-12-31", "1970-01-01", "2100-02-28"];

    private static readonly string[] ExtremeDateTimes = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"];

    private static readonly string[] HugeNumbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "1e400",
        "123456789012345678901234567890", "0.0000000000000000000001", "-0", "3.5",
    ];

    private static readonly string[] MalformedBodies =
    [
        "", "{", "[", "}", "null", "0", "\"text\"", "true", "[]", "{}", "{\"a\":}", "{'single':'quotes'}", "{\"x\":1,}",
        "{\"__proto__\":{\"admin\":true}}", "\uFEFF{}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    ];

    // No NUL byte: the server refuses such a request line before the application sees it.
    private static readonly string[] PathValues =
    [
        "0", "-1", "00000000-0000-0000-0000-000000000000", "not-a-guid", "E0001", "D100", "..", "%2e%2e", " ", "𠮷",
        "2026-02-30", "9999-12-31", "0001-01-01", "x;drop", "a%2Fb", "%",
    ];

    private readonly JsonNode _document;
    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<string> _employeeIds;
    private readonly List<string> _raw = [];

    public ContractFuzzer(JsonNode document, int seed, DateOnly today, IReadOnlyList<string> employeeIds)
    {
        _document = document;
        _random = new Random(seed);
        _today = today;
        _employeeIds = employeeIds;
        Operations = [.. ReadOperations()];
    }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>Requests spread evenly over operations, callers and kinds: operation i mod n, a kind and a caller drawn from the seed.</summary>
    /// <summary>
    /// Requests until <paramref name="malformed"/> of them are malformed: every operation with every caller
    /// in turn, a kind drawn at random; a kind the operation cannot carry gives way to another kind of
    /// abuse before it falls back to a valid request. Valid requests come on top.
    /// </summary>
    public IEnumerable<FuzzRequest> Generate(int malformed, IReadOnlyList<string> callers)
    {
        var sent = 0;
        for (var i = 0; sent < malformed; i++)
        {
            var operation = Operations[i % Operations.Count];
            var caller = callers[i / Operations.Count % callers.Count];
            var kind = Kinds[_random.Next(Kinds.Length)];
            var request = Build(i, kind, caller, operation);
            if (kind != "valid")
            {
                foreach (var other in Kinds.Where(k => k != "valid" && k != kind).OrderBy(_ => _random.Next()).ToList())
                {
                    if (request.Kind != "valid")
                    {
                        break;
                    }

                    request = Build(i, other, caller, operation);
                }
            }

            if (request.Kind != "valid")
            {
                sent++;
            }

            yield return request;
        }
    }

    /// <summary>A request built only from what the contract allows for this operation.</summary>
    public FuzzRequest Valid(int number, string caller, ContractOperation operation) => Build(number, "valid", caller, operation);

    private FuzzRequest Build(int number, string kind, string caller, ContractOperation operation)
    {
        _raw.Clear();
        var pathValues = operation.Parameters.Where(p => p.In == "path").ToDictionary(p => p.Name, p => Valid(p.Schema, p.Name, 0));
        var queryValues = operation.Parameters.Where(p => p.In == "query").ToDictionary(p => p.Name, p => (JsonNode?)Valid(p.Schema, p.Name, 0));
        var (contentType, bodySchema) = operation.Bodies.Count == 0 ? (null, null) : operation.Bodies[_random.Next(operation.Bodies.Count)];
        var body = bodySchema is null ? null : Valid(bodySchema, "body", 0);
        string? rawBody = null;

        var applied = kind switch
        {
            "valid" => true,
            "malformed-body" => MalformBody(ref contentType, ref rawBody, operation),
            "bad-query" => MutateParameters(queryValues, operation, "query"),
            "bad-path" => MutatePath(pathValues),
            _ => MutateBody(kind, ref body, bodySchema) || MutateParameters(queryValues, operation, kind),
        };
        if (!applied)
        {
            // Nothing in this operation to carry this kind of value: send a valid request instead, so
            // every operation is still reached with every caller.
            kind = "valid";
        }

        var url = new StringBuilder(operation.PathTemplate);
        foreach (var (name, value) in pathValues)
        {
            url.Replace("{" + name + "}", Encode(Text(value)));
        }

        var query = queryValues.Where(q => q.Value is not null).Select(q => $"{q.Key}={Encode(Text(q.Value))}").ToList();
        if (query.Count > 0)
        {
            url.Append('?').Append(string.Join('&', query));
        }

        var bytes = rawBody is not null ? Encoding.UTF8.GetBytes(rawBody)
            : body is null && bodySchema is null ? null
            : Serialize(body, contentType!, bodySchema!);
        return new FuzzRequest(number, kind, caller, operation, url.ToString(), bytes is null && rawBody is null ? null : contentType, bytes);
    }

    // ---------------------------------------------------------------- one over every bound

    /// <summary>
    /// For a body schema: a valid-looking body, and for every string with a maxLength and every list
    /// with a maxItems in it (at any depth, lists holding one item), a copy with that field one over its
    /// bound, with the field's path as a problem names it ("entries[0].place").
    /// </summary>
    public IEnumerable<(string Field, JsonNode Body)> OverBounds(JsonNode schema)
    {
        _raw.Clear();
        var body = Valid(schema, "body", 0)!;
        var slots = new List<(List<object> Keys, JsonNode Schema)>();
        Bounded(body, schema, [], slots);
        foreach (var (keys, fieldSchema) in slots)
        {
            var copy = body.DeepClone();
            JsonNode parent = copy;
            foreach (var key in keys.SkipLast(1))
            {
                parent = key is string name ? parent[name]! : parent[(int)key]!;
            }

            JsonNode over = fieldSchema["maxLength"] is { } maxLength
                ? JsonValue.Create(new string('x', maxLength.GetValue<int>() + 1))
                : new JsonArray([.. Enumerable.Range(0, fieldSchema["maxItems"]!.GetValue<int>() + 1).Select(_ => Minimal(fieldSchema["items"]!))]);
            if (keys[^1] is string last)
            {
                parent[last] = over;
            }
            else
            {
                parent[(int)keys[^1]] = over;
            }

            var field = string.Concat(keys.Select((k, i) => k is int index ? $"[{index}]" : i == 0 ? (string)k : "." + k));
            yield return (field, copy);
        }
    }

    /// <summary>
    /// For a body schema: a valid-looking body without one of its required properties (at any depth, lists
    /// holding their first item), for each required property in turn, with the property's path as a problem
    /// names it ("rules.interview.referenceDay", "entries[0].place").
    /// </summary>
    public IEnumerable<(string Field, JsonNode Body)> WithoutEachRequired(JsonNode schema)
    {
        _raw.Clear();
        var body = Valid(schema, "body", 0)!;
        var slots = new List<(List<object> Keys, string Property)>();
        Required(body, schema, [], slots);
        foreach (var (keys, property) in slots)
        {
            var copy = body.DeepClone();
            JsonNode parent = copy;
            foreach (var key in keys)
            {
                parent = key is string name ? parent[name]! : parent[(int)key]!;
            }

            parent.AsObject().Remove(property);
            var path = string.Concat(keys.Select((k, i) => k is int index ? $"[{index}]" : i == 0 ? (string)k : "." + k));
            yield return (path.Length == 0 ? property : $"{path}.{property}", copy);
        }
    }

    private void Required(JsonNode? node, JsonNode schema, List<object> keys, List<(List<object>, string)> slots)
    {
        var s = Resolve(schema);
        if (node is JsonObject obj && s["properties"] is JsonObject properties)
        {
            foreach (var name in s["required"] as JsonArray ?? [])
            {
                slots.Add(([.. keys], name!.GetValue<string>()));
            }

            foreach (var (property, propertySchema) in properties)
            {
                Required(obj[property], propertySchema!, [.. keys, property], slots);
            }
        }
        else if (node is JsonArray { Count: > 0 } array && s["items"] is { } items)
        {
            Required(array[0], items, [.. keys, 0], slots);
        }
    }

    private void Bounded(JsonNode? node, JsonNode schema, List<object> keys, List<(List<object>, JsonNode)> slots)
    {
        var s = Resolve(schema);
        if (keys.Count > 0 && (s["maxLength"] is not null || s["maxItems"] is not null))
        {
            slots.Add(([.. keys], s));
        }

        if (node is JsonObject obj && s["properties"] is JsonObject properties)
        {
            foreach (var (property, propertySchema) in properties)
            {
                Bounded(obj[property], propertySchema!, [.. keys, property], slots);
            }
        }
        else if (node is JsonArray { Count: > 0 } array && s["items"] is { } items)
        {
            Bounded(array[0], items, [.. keys, 0], slots);
        }
    }

    /// <summary>The smallest item of a list (an object with its required properties only, one character, zero), so that a long list stays a small body.</summary>
    private JsonNode Minimal(JsonNode schema)
    {
        var s = Resolve(schema);
        return s["enum"] is JsonArray values ? values[0]!.DeepClone()
            : s["type"]?.GetValue<string>() switch
            {
                "string" => JsonValue.Create(s["format"] is null ? "x" : Valid(s, "item", 0)!.GetValue<string>()),
                "integer" or "number" => JsonValue.Create(0),
                "boolean" => JsonValue.Create(false),
                "array" => new JsonArray(),
                _ => new JsonObject([.. (s["required"] as JsonArray ?? []).Select(name => name!.GetValue<string>())
                    .Select(name => KeyValuePair.Create(name, (JsonNode?)Minimal(s["properties"]![name]!)))]),
            };
    }

    // ---------------------------------------------------------------- valid values from a schema

    private JsonNode? Valid(JsonNode schema, string name, int depth)
    {
        var s = Resolve(schema);
        if (s["enum"] is JsonArray values)
        {
            return values[_random.Next(values.Count)]!.DeepClone();
        }

        var lower = name.ToLowerInvariant();
        switch (s["type"]?.GetValue<string>())
        {
            case "string":
                return JsonValue.Create(ValidString(s, lower));
            case "integer":
                return JsonValue.Create(ValidInteger(s, lower));
            case "number":
                return JsonValue.Create(Math.Clamp(_random.Next(0, 100) / 4.0, s["minimum"]?.GetValue<double>() ?? double.MinValue, s["maximum"]?.GetValue<double>() ?? double.MaxValue));
            case "boolean":
                return JsonValue.Create(_random.Next(2) == 0);
            case "array":
                var array = new JsonArray();
                if (depth < 6)
                {
                    var items = Math.Max(1 + _random.Next(2), s["minItems"]?.GetValue<int>() ?? 0);
                    for (var i = 0; i < items; i++)
                    {
                        array.Add(Valid(s["items"]!, Singular(name), depth + 1));
                    }
                }

                return array;
            default:
                var obj = new JsonObject();
                if (depth < 6 && s["properties"] is JsonObject properties)
                {
                    foreach (var (property, propertySchema) in properties)
                    {
                        obj[property] = Valid(propertySchema!, property, depth + 1);
                    }
                }

                return obj;
        }
    }

    private string ValidString(JsonNode s, string name)
    {
        var format = s["format"]?.GetValue<string>();
        var limit = s["maxLength"]?.GetValue<int>() ?? 60;
        string value = format switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => _today.AddDays(_random.Next(-40, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "date-time" => _today.AddDays(_random.Next(-40, 40)).ToDateTime(new TimeOnly(9 + _random.Next(8), 0)).ToString("yyyy-MM-dd'T'HH:mm:ss'+09:00'", CultureInfo.InvariantCulture),
            "time" => new TimeOnly(8 + _random.Next(10), 15 * _random.Next(4)).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            "byte" => Convert.ToBase64String(Encoding.UTF8.GetBytes("%PDF-1.4 fuzz")),
            _ when s["pattern"] is not null || name.Contains("employeeid", StringComparison.Ordinal) || name.EndsWith("ids", StringComparison.Ordinal) =>
                _employeeIds[_random.Next(_employeeIds.Count)],
            _ when name.Contains("department", StringComparison.Ordinal) => _random.Next(2) == 0 ? "D100" : "D900",
            _ when name.Contains("grade", StringComparison.Ordinal) => "G" + (1 + _random.Next(5)),
            _ when name.EndsWith("code", StringComparison.Ordinal) => "C" + _random.Next(100),
            _ when name.Contains("format", StringComparison.Ordinal) => _random.Next(2) == 0 ? "csv" : "json",
            _ => _random.Next(3) == 0 ? "試験用の記述です。" : "fuzz text " + _random.Next(1000),
        };
        return value.Length > limit ? value[..limit] : value;
    }

    private long ValidInteger(JsonNode s, string name)
    {
        long min = s["minimum"]?.GetValue<long>() ?? long.MinValue, max = s["maximum"]?.GetValue<long>() ?? long.MaxValue;
        long value = name switch
        {
            "year" or "fiscalyear" => _today.Year + _random.Next(-1, 1),
            "month" => 1 + _random.Next(12),
            "quarter" => 1 + _random.Next(4),
            "page" => 1,
            "pagesize" => 1 + _random.Next(50),
            _ => _random.Next(0, 40),
        };
        return Math.Clamp(value, min, max);
    }

    // ---------------------------------------------------------------- mutations

    /// <summary>Replaces one field of the body (somewhere in its tree) with a value of this kind.</summary>
    private bool MutateBody(string kind, ref JsonNode? body, JsonNode? bodySchema)
    {
        if (bodySchema is null)
        {
            return false;
        }

        var slots = new List<Slot>();
        Collect(body, bodySchema, slots, null, null);
        var candidates = slots.Where(slot => Mutation(kind, slot.Schema) is not null).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var chosen = candidates[_random.Next(candidates.Count)];
        var value = Mutation(kind, chosen.Schema)!();
        if (chosen.Parent is null)
        {
            body = value;
        }
        else if (chosen.Parent is JsonObject parentObject)
        {
            parentObject[(string)chosen.Key!] = value;
        }
        else if (chosen.Parent is JsonArray parentArray)
        {
            parentArray[(int)chosen.Key!] = value;
        }

        return true;
    }

    private sealed record Slot(JsonNode? Parent, object? Key, JsonNode Schema);

    private void Collect(JsonNode? node, JsonNode schema, List<Slot> slots, JsonNode? parent, object? key)
    {
        var s = Resolve(schema);
        slots.Add(new Slot(parent, key, s));
        if (node is JsonObject obj && s["properties"] is JsonObject properties)
        {
            foreach (var (property, propertySchema) in properties)
            {
                Collect(obj[property], propertySchema!, slots, obj, property);
            }
        }
        else if (node is JsonArray array && s["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Collect(array[i], items, slots, array, i);
            }
        }
    }

    /// <summary>A generator of values of this kind for a field of this schema, or null when the kind does not fit it.</summary>
    private Func<JsonNode?>? Mutation(string kind, JsonNode s)
    {
        var type = s["type"]?.GetValue<string>();
        var format = s["format"]?.GetValue<string>();
        var isEnum = s["enum"] is not null;
        var isDate = format is "date" or "date-time" or "time";
        var isPlainString = type == "string" && !isEnum;
        return kind switch
        {
            "wrong-type" => () => WrongType(type),
            "huge-number" when type is "integer" or "number" => () => Raw(Pick(HugeNumbers)),
            "empty-string" when type == "string" => () => JsonValue.Create(_random.Next(4) == 0 ? "   " : string.Empty),
            "empty-string" when type == "array" => () => new JsonArray(),
            "oversized-string" when isPlainString => () => JsonValue.Create(Oversized(s)),
            "oversized-string" when type == "array" => () => OversizedArray(s),
            "boundary" when type is "integer" => () => Boundary(s),
            "boundary" when format is "date" => () => JsonValue.Create(Pick(ExtremeDates)),
            "boundary" when format is "date-time" => () => JsonValue.Create(Pick(ExtremeDateTimes)),
            "boundary" when format is "time" => () => JsonValue.Create(Pick(["00:00:00", "23:59:59.9999999", "12:00"])),
            "boundary" when isPlainString && format is null => () => JsonValue.Create(new string('境', s["maxLength"]?.GetValue<int>() ?? 1000)),
            "invalid-date" when isDate => () => JsonValue.Create(Pick(BadDates)),
            "invalid-enum" when isEnum => () => _random.Next(3) switch
            {
                0 => JsonValue.Create("NotAValue"),
                1 => Raw(Pick(["999", "-1", "2147483647", "1.5"])),
                _ => JsonValue.Create(s["enum"]![0]!.ToString().ToUpperInvariant() + " "),
            },
            "unicode" when isPlainString => () => PickNode(Pick(UnicodeEdges)),
            "null-field" => () => null,
            _ => null,
        };
    }

    private JsonNode? WrongType(string? type) => type switch
    {
        "string" => _random.Next(3) switch { 0 => JsonValue.Create(12345), 1 => JsonValue.Create(true), _ => new JsonObject() },
        "integer" or "number" => _random.Next(3) switch { 0 => JsonValue.Create("abc"), 1 => new JsonArray(), _ => JsonValue.Create(false) },
        "boolean" => _random.Next(2) == 0 ? JsonValue.Create("yes") : JsonValue.Create(1),
        "array" => _random.Next(2) == 0 ? JsonValue.Create("not an array") : new JsonObject { ["0"] = 1 },
        _ => _random.Next(2) == 0 ? new JsonArray(1, 2) : JsonValue.Create(42),
    };

    private string Oversized(JsonNode s)
    {
        // One over the documented bound; without one, far beyond any sensible field.
        var length = s["maxLength"]?.GetValue<int>() is { } max ? max + 1 : 20_000 + _random.Next(50_000);
        return new string(_random.Next(2) == 0 ? 'x' : '長', length);
    }

    private JsonArray OversizedArray(JsonNode s)
    {
        var count = s["maxItems"]?.GetValue<int>() is { } max ? max + 1 : 5_000;
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(Valid(s["items"]!, "item", 5));
        }

        return array;
    }

    private JsonNode Boundary(JsonNode s)
    {
        if (_random.Next(2) == 0 && (s["maximum"] ?? s["minimum"]) is { } bound)
        {
            return Raw(bound.ToJsonString());
        }

        return Raw(Pick(["0", "-1", "2147483647", "-2147483648", "1"]));
    }

    private bool MutateParameters(Dictionary<string, JsonNode?> values, ContractOperation operation, string kind)
    {
        var parameters = operation.Parameters.Where(p => p.In == "query").ToList();
        if (parameters.Count == 0)
        {
            return false;
        }

        var parameter = parameters[_random.Next(parameters.Count)];
        var schema = Resolve(parameter.Schema);
        var mutation = kind == "query" ? null : Mutation(kind, schema);
        values[parameter.Name] = mutation is not null ? mutation() : (_random.Next(6)) switch
        {
            0 => PickNode(Pick(UnicodeEdges)),
            1 => Raw(Pick(HugeNumbers)),
            2 => JsonValue.Create(Pick(BadDates)),
            3 => JsonValue.Create(new string('q', 5_000)),
            4 => JsonValue.Create("NotAValue"),
            _ => JsonValue.Create(string.Empty),
        };
        return true;
    }

    private bool MutatePath(Dictionary<string, JsonNode?> values)
    {
        if (values.Count == 0)
        {
            return false;
        }

        var name = values.Keys.ElementAt(_random.Next(values.Count));
        values[name] = JsonValue.Create(_random.Next(5) == 0 ? new string('p', 2_000) : Pick(PathValues));
        return true;
    }

    private bool MalformBody(ref string? contentType, ref string? rawBody, ContractOperation operation)
    {
        if (operation.Bodies.Count == 0 && operation.Method is "GET" or "DELETE")
        {
            return false;
        }

        rawBody = Pick(MalformedBodies);
        contentType = _random.Next(5) switch
        {
            0 => "text/plain",
            1 => "application/xml",
            _ => contentType ?? "application/json",
        };
        if (_random.Next(8) == 0)
        {
            // Deeper than any parser should follow.
            rawBody = new string('[', 5_000) + new string(']', 5_000);
        }

        return true;
    }

    // ---------------------------------------------------------------- serialisation

    private byte[] Serialize(JsonNode? body, string contentType, JsonNode schema)
    {
        string text;
        if (contentType is "text/csv" or "application/x-ndjson")
        {
            // Streamed imports take rows: one object per line (NDJSON) or a header and a line per row (CSV).
            var rows = body is JsonArray array ? array.ToList() : [body];
            if (contentType == "application/x-ndjson")
            {
                text = string.Join('\n', rows.Select(r => r?.ToJsonString() ?? "null"));
            }
            else
            {
                var columns = Resolve(Resolve(schema)["items"] ?? schema)["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
                var lines = new List<string> { string.Join(',', columns) };
                lines.AddRange(rows.Select(r => string.Join(',', columns.Select(c => Csv(r is JsonObject o ? o[c] : r)))));
                text = string.Join("\r\n", lines);
            }
        }
        else if (contentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            text = body?.ToJsonString() ?? "null";
        }
        else
        {
            // Binary uploads (certificates): a few bytes that claim to be the declared type.
            var bytes = new byte[_random.Next(1, 2_000)];
            _random.NextBytes(bytes);
            return bytes;
        }

        for (var i = 0; i < _raw.Count; i++)
        {
            text = text.Replace($"\"@@raw{i}@@\"", _raw[i], StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private string Csv(JsonNode? value)
    {
        var text = Text(value);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private string Text(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s))
        {
            var match = System.Text.RegularExpressions.Regex.Match(s, "^@@raw([0-9]+)@@$");
            return match.Success ? _raw[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)].Trim('"') : s;
        }

        return value?.ToJsonString() ?? string.Empty;
    }

    /// <summary>Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD), so any text fits in a URL.</summary>
    private static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>JSON text written verbatim (numbers beyond every CLR type, lone surrogates), placed through a marker.</summary>
    private JsonNode Raw(string json)
    {
        if (json.StartsWith("@@", StringComparison.Ordinal))
        {
            json = json[2..^2];
        }

        _raw.Add(json);
        return JsonValue.Create($"@@raw{_raw.Count - 1}@@");
    }

    private static string RawMarker(string json) => "@@" + json + "@@";

    private JsonNode PickNode(string value) => value.StartsWith("@@", StringComparison.Ordinal) ? Raw(value) : JsonValue.Create(value);

    private string Pick(string[] values)
    {
        var value = values[_random.Next(values.Length)];
        return value;
    }

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;

    /// <summary>The schema a reference points to; a nullable reference (allOf with one member) counts as its member.</summary>
    private JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"] is { } || schema["allOf"] is JsonArray { Count: 1 })
        {
            schema = schema["$ref"] is { } reference
                ? _document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!
                : schema["allOf"]![0]!;
        }

        return schema;
    }

    private IEnumerable<ContractOperation> ReadOperations()
    {
        foreach (var (path, item) in _document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"] as JsonArray ?? [])
                    .Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"] ?? new JsonObject { ["type"] = "string" }))
                    .ToList();
                var bodies = (operation["requestBody"]?["content"] as JsonObject ?? [])
                    .Select(c => (c.Key, c.Value?["schema"] ?? new JsonObject { ["type"] = "string" }))
                    .ToList();
                var success = (operation["responses"] as JsonObject ?? [])
                    .Where(r => r.Key.StartsWith('2'))
                    .SelectMany(r => (r.Value?["content"] as JsonObject ?? []).Select(c => c.Key))
                    .Distinct()
                    .ToList();
                yield return new ContractOperation(method.ToUpperInvariant(), path, operation["operationId"]?.GetValue<string>() ?? path, parameters, bodies, success);
            }
        }
    }
}
