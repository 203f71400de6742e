using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// One list shape (issue #19, item 2), read from the contract itself: every GET that answers a list answers the one
/// envelope { items, page, pageSize, totalCount } with the paging parameters and the Link header documented, or is one
/// of the few bare arrays below, each bounded by a rule (and saying so in the contract), never by how much data exists.
/// </summary>
public sealed class ListShapeTests : ApiTest
{
    /// <summary>The bare arrays, each with why a rule rather than the growth of the organisation or of time bounds it.</summary>
    private static readonly Dictionary<string, string> BoundedArrays = new()
    {
        ["GetHarassmentKinds"] = "the catalogue of kinds the regulations name (three)",
        ["GetGrades"] = "the grade scale, set whole, at most ReplaceGradesCommand.MaxGrades grades",
        ["GetStandardPreReturnSchedule"] = "one week per week of a plan, which lasts at most the configured longest plan (12 weeks)",
        ["GetWorkingDays"] = "one day per day of the period asked for, which spans at most a year (GetWorkingDaysQuery.MaxDays)",
    };

    private static readonly string[] Envelope = ["items", "page", "pageSize", "totalCount"];

    /// <summary>Present on the lists that show directory data (docs/adr/0012), never required.</summary>
    private const string DirectoryAsOf = "directoryAsOf";

    [Test]
    public async Task Every_list_operation_answers_the_one_envelope_or_a_bounded_array()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var problems = new List<string>();
        var arrays = new List<string>();
        var paged = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject operation || operation["responses"]?["200"] is not JsonObject ok
                || ok["content"]?["application/json"]?["schema"] is not JsonObject schema)
            {
                continue;
            }

            var id = operation["operationId"]!.GetValue<string>();
            var name = schema["$ref"]?.GetValue<string>().Split('/')[^1];
            if (schema["type"]?.GetValue<string>() == "array")
            {
                arrays.Add(id);
                if (!BoundedArrays.ContainsKey(id))
                {
                    problems.Add($"{id} ({path}) answers a bare array: page it, or add it to the bounded arrays with the rule that bounds it");
                }
                else if (schema["maxItems"] is null || operation["description"]?.GetValue<string>().StartsWith("Answered whole, not paged", StringComparison.Ordinal) != true)
                {
                    problems.Add($"{id} ({path}) is a bounded array but the contract gives neither its maxItems nor why");
                }
            }
            else if (name is not null && name.StartsWith("PagedListOf", StringComparison.Ordinal))
            {
                paged++;
                problems.AddRange(PagedOperationProblems(id, operation, ok, schemas[name]!));
            }
            else if (name is not null && schemas[name]?["properties"] is JsonObject properties)
            {
                problems.AddRange(properties.Where(p => p.Value?["$ref"]?.GetValue<string>().Contains("/PagedListOf", StringComparison.Ordinal) == true)
                    .Select(p => $"{id} ({path}) nests a paged list in {name}.{p.Key}: a list operation answers the envelope itself"));
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(arrays, Is.EquivalentTo(BoundedArrays.Keys), "the bounded arrays listed here and those of the contract");
        Assert.That(paged, Is.GreaterThan(40), "the paged lists of the contract");
    }

    [Test]
    public async Task A_filter_has_one_name_across_modules()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var queryParameters = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .SelectMany(o => (o.Operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
                .Select(p => (o.Route, Name: p!["name"]!.GetValue<string>())))
            .ToList();

        // The other spelling of each filter, now spelt one way: department, asOf, overdue.
        string[] retired = ["departmentCode", "on", "overdueOnly"];
        Assert.That(queryParameters.Where(p => retired.Contains(p.Name)).Select(p => $"{p.Route} ?{p.Name}"), Is.Empty);
        Assert.That(queryParameters.Count(p => p.Name == "department"), Is.GreaterThanOrEqualTo(7), "the department filter is department everywhere");
    }

    private static IEnumerable<string> PagedOperationProblems(string id, JsonObject operation, JsonObject ok, JsonNode envelope)
    {
        var properties = envelope["properties"]!.AsObject().Select(p => p.Key).ToList();
        var required = envelope["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        if (!properties.Where(p => p != DirectoryAsOf).SequenceEqual(Envelope) || !required.Order().SequenceEqual(Envelope.Order()))
        {
            yield return $"{id}: the envelope has {string.Join(", ", properties)} (required {string.Join(", ", required)})";
        }

        var parameters = (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);
        foreach (var (name, minimum, maximum, @default) in new[] { ("page", 1, 1_000_000, 1), ("pageSize", 1, 200, 50) })
        {
            if (!parameters.TryGetValue(name, out var schema))
            {
                yield return $"{id}: no {name} parameter";
            }
            else if (schema["minimum"]?.GetValue<int>() != minimum || schema["maximum"]?.GetValue<int>() != maximum || schema["default"]?.GetValue<int>() != @default)
            {
                yield return $"{id}: {name} is not documented as {minimum}..{maximum}, default {@default}";
            }
        }

        if (ok["headers"]?["Link"] is null)
        {
            yield return $"{id}: the Link header is not documented";
        }
    }
}
