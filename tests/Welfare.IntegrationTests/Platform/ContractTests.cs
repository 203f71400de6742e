using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Welfare.Host.ErrorHandling;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// The committed OpenAPI document is the contract front-end teams build on. Any change to the API shows
/// up as a diff of api-specs/welfare.v1.json in review; regenerate it with scripts/update-contract.sh.
/// </summary>
public sealed class ContractTests : ApiTest
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Readable diffs: Japanese text and '+' stay as they are (the file is never embedded in HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Test]
    public async Task The_committed_OpenAPI_document_matches_the_running_API()
    {
        var generated = Normalize(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"));
        var path = Path.Combine(RepositoryRoot(), "api-specs", "welfare.v1.json");

        if (Environment.GetEnvironmentVariable("WELFARE_UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run scripts/update-contract.sh");
        var committed = Normalize(await File.ReadAllTextAsync(path));
        Assert.That(generated, Is.EqualTo(committed), "The API changed: run scripts/update-contract.sh and commit api-specs/welfare.v1.json");
    }

    [Test]
    public async Task Every_operation_has_a_stable_operation_id()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key} {path.Key}", Id: op.Value!["operationId"]?.GetValue<string>())))
            .ToList();

        Assert.That(operations, Is.Not.Empty);
        Assert.That(operations.Where(o => string.IsNullOrEmpty(o.Id)).Select(o => o.Route), Is.Empty, "operations without an operationId");
        Assert.That(operations.Select(o => o.Id), Is.Unique);
    }

    [Test]
    public async Task Every_error_response_of_every_operation_is_the_one_problem_schema()
    {
        var document = await DocumentAsync();

        var errors = Operations(document).SelectMany(o => o.Operation["responses"]!.AsObject()
            .Where(r => int.Parse(r.Key, CultureInfo.InvariantCulture) >= 400)
            .Select(r => (Where: $"{o.Route} {r.Key}", Content: Resolve(document, r.Value!)["content"]!.AsObject()))).ToList();

        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors.Where(e => e.Content.Count != 1 || e.Content["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/ProblemDetails")
            .Select(e => e.Where), Is.Empty);
        Assert.That(document["components"]!["schemas"]!.AsObject().Select(s => s.Key), Has.No.Member("HttpValidationProblemDetails"));
    }

    [Test]
    public async Task The_problem_schema_lists_every_code_a_problem_can_carry_with_its_status_and_texts()
    {
        var schema = (await DocumentAsync())["components"]!["schemas"]!["ProblemDetails"]!;
        var codes = ProblemCodes.All.Where(c => c.Status is not null).ToList();

        Assert.That(schema["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EquivalentTo(new[] { "type", "title", "status", "instance", "code", "traceId" }));
        Assert.That(schema["properties"]!["code"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EquivalentTo(codes.Select(c => c.Value)));
        Assert.That(schema["properties"]!["code"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()), Does.Contain("request.invalid").And.Contain("stress-check.campaign-closed"));
        var documented = schema["x-problem-codes"]!.AsObject();
        foreach (var code in codes)
        {
            Assert.That(documented[code.Value]!["status"]!.GetValue<int>(), Is.EqualTo(code.Status), code.Value);
            Assert.That(documented[code.Value]!["ja"]!.GetValue<string>(), Is.EqualTo(code.Text.Japanese), code.Value);
            Assert.That(documented[code.Value]!["en"]!.GetValue<string>(), Is.EqualTo(code.Text.English), code.Value);
        }
    }

    [Test]
    public async Task Every_operation_documents_the_statuses_and_headers_it_can_answer()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();
        foreach (var (route, operation) in Operations(document))
        {
            var responses = new JsonObject(operation["responses"]!.AsObject().Select(r => KeyValuePair.Create(r.Key, (JsonNode?)Resolve(document, r.Value!).DeepClone())));
            var parameters = operation["parameters"]?.AsArray() ?? [];
            var hasBody = operation["requestBody"] is not null;
            var expected = new List<string> { "401", "403", "429", "500" };
            expected.AddRange(hasBody || parameters.Count > 0 ? ["400"] : []);
            expected.AddRange(parameters.Any(p => p!["in"]!.GetValue<string>() == "path") ? ["404"] : []);
            expected.AddRange(hasBody ? ["413", "415"] : []);
            missing.AddRange(expected.Where(s => !responses.ContainsKey(s)).Select(s => $"{route}: {s}"));

            missing.AddRange(Header(responses, "201", "Location") is false ? [$"{route}: 201 Location"] : []);
            missing.AddRange(Header(responses, "429", "Retry-After") is false ? [$"{route}: 429 Retry-After"] : []);
            missing.AddRange(Header(responses, "401", "WWW-Authenticate") is false ? [$"{route}: 401 WWW-Authenticate"] : []);
            var downloads = responses.Where(r => r.Key.StartsWith('2') && r.Value!["content"]?.AsObject().Any(c => c.Key is not ("application/json" or "text/html")) == true);
            missing.AddRange(downloads.Where(r => r.Value!["headers"]?["Content-Disposition"] is null).Select(r => $"{route}: {r.Key} Content-Disposition"));
        }

        Assert.That(missing, Is.Empty);
    }

    /// <summary>Null when the status is not answered, else whether its response documents the header.</summary>
    private static bool? Header(JsonObject responses, string status, string header) =>
        responses.TryGetPropertyValue(status, out var response) ? response!["headers"]?[header] is not null : null;

    /// <summary>A response, or the shared one in components/responses it refers to.</summary>
    private static JsonNode Resolve(JsonNode document, JsonNode response) =>
        response["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["responses"]![reference.Split('/')[^1]]! : response;

    private static async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

    private static IEnumerable<(string Route, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)));

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Welfare.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Welfare.sln not found above the test directory.");
    }
}
