using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
