using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API5 (function-level authorization): every routed API endpoint is called by every caller of
/// shared/domain/roles.md — no token, an employee without a role, each human role and each machine
/// client — and the outcome must be the one written in <c>authorization-matrix.md</c>, next to this file,
/// where a reviewer reads who may use what. A new endpoint without a row fails, as does a row for an
/// endpoint that no longer exists. Every refusal in the matrix leaves exactly one audit entry (item 9).
/// </summary>
/// <remarks>
/// The call carries made-up ids and a JSON body with one undefined field, so that a caller who passes
/// the function-level check is stopped by binding or by the record not existing (400/404/415) before
/// anything changes; only 401 and 403 count as refusals, anything else as "may use".
/// To review a change: <c>WELFARE_WRITE_MATRIX=1 scripts/test.sh --filter Name~Authorization_matrix</c>
/// rewrites the file, and the diff shows what changed.
/// </remarks>
public sealed partial class AuthorizationMatrixTests : ApiTest
{
    private const string Allowed = "✓";
    private const string NoToken = "anonymous";
    private const string NoRole = "employee";

    /// <summary>The callers, in the columns' order.</summary>
    private static readonly string[] Callers = [NoToken, NoRole, .. Roles.All];

    private static string MatrixFile => Path.Combine(ContractTests.RepositoryRoot(), "tests", "Welfare.IntegrationTests", "Security", "authorization-matrix.md");

    [Test]
    public async Task Authorization_matrix_every_endpoint_by_every_caller_matches_the_reviewed_table()
    {
        var clients = Callers.ToDictionary(c => c, Client);
        var actual = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var unaudited = new List<string>();
        foreach (var (method, route) in Routes())
        {
            var cells = new string[Callers.Length];
            for (var i = 0; i < Callers.Length; i++)
            {
                var response = await clients[Callers[i]].SendAsync(Request(method, route));
                cells[i] = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => "401",
                    HttpStatusCode.Forbidden => "403",
                    _ => Allowed,
                };
                if (cells[i] != Allowed)
                {
                    var audited = await RefusalEntriesAsync(response);
                    if (audited != 1)
                    {
                        unaudited.Add($"{method} {route} by {Callers[i]} → {cells[i]}: {audited} audit entries");
                    }
                }
            }

            actual[$"{method} {route}"] = cells;
        }

        if (Environment.GetEnvironmentVariable("WELFARE_WRITE_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(MatrixFile, Render(actual));
        }

        var expected = Parse(await File.ReadAllTextAsync(MatrixFile));
        var differences = new List<string>();
        foreach (var (operation, cells) in actual)
        {
            if (!expected.TryGetValue(operation, out var row))
            {
                differences.Add($"{operation}: no row in authorization-matrix.md");
                continue;
            }

            for (var i = 0; i < Callers.Length; i++)
            {
                if (row[i] != cells[i])
                {
                    differences.Add($"{operation} by {Callers[i]}: expected {row[i]}, got {cells[i]}");
                }
            }
        }

        differences.AddRange(expected.Keys.Except(actual.Keys).Select(o => $"{o}: row for an endpoint that is not routed"));
        if (differences.Count > 0)
        {
            var written = Path.Combine(Path.GetTempPath(), "authorization-matrix.actual.md");
            await File.WriteAllTextAsync(written, Render(actual));
            TestContext.Out.WriteLine($"the actual matrix is in {written}");
        }

        TestContext.Progress.WriteLine($"authorization matrix: {actual.Count} endpoints × {Callers.Length} callers = {actual.Count * Callers.Length} cells, "
            + $"{actual.Values.Sum(c => c.Count(x => x != Allowed))} refusals audited");
        Assert.Multiple(() =>
        {
            Assert.That(actual, Has.Count.GreaterThan(100));
            Assert.That(differences, Is.Empty, "the matrix differs from authorization-matrix.md");
            Assert.That(unaudited, Is.Empty, "refusals without exactly one audit entry:\n" + string.Join("\n", unaudited));
        });
    }

    [Test]
    public async Task A_refusal_is_audited_with_who_and_which_endpoint_but_no_request_content()
    {
        var response = await Client(Roles.Auditor).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisation/imports/departments")
        {
            Content = new StringContent("""{"note":"SECRET-CONTENT-42"}""", Encoding.UTF8, "application/json"),
        });
        var traceId = (await ProblemAsync(response)).GetProperty("traceId").GetString()!;

        var entry = await ScalarAsync<string>(
            $"SELECT row_to_json(a)::text FROM audit.audit_entries a WHERE trace_id = '{traceId}'");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(entry, Does.Contain("\"actor_id\":\"E9001\"").And.Contain("auditor").And.Contain("Denied")
            .And.Contain("POST /api/v1/organisation/imports/departments"));
        Assert.That(entry, Does.Not.Contain("SECRET-CONTENT-42"));
    }

    private static HttpClient Client(string caller) => caller switch
    {
        NoToken => Anonymous(),
        NoRole => Employee("E9001", "D900"),
        _ => InRole(caller),
    };

    private static HttpRequestMessage Request(string method, string route)
    {
        var path = Parameter().Replace(route, m => m.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "X1");
        return new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("""{"matrixProbe":true}""", Encoding.UTF8, "application/json"),
        };
    }

    private static IEnumerable<(string Method, string Route)> Routes() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal);

    /// <summary>Audit entries of the request that got this refusal, found by the trace id its problem details carry.</summary>
    private static async Task<long> RefusalEntriesAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var traceId = problem.GetProperty("traceId").GetString()!;
        return await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE trace_id = '{traceId}' AND outcome = 'Denied'");
    }

    private static string Render(IReadOnlyDictionary<string, string[]> matrix)
    {
        var text = new StringBuilder();
        text.AppendLine("# Who may use which endpoint (function level)");
        text.AppendLine();
        text.AppendLine("Checked by `AuthorizationMatrixTests` on every run: every routed endpoint called by every caller of");
        text.AppendLine("`shared/domain/roles.md`. `✓` the caller may use the function (what they then see is checked per");
        text.AppendLine("record by the object-level tests); `403` refused to an authenticated caller; `401` no token.");
        text.AppendLine("Every 401 and 403 leaves one audit entry. Regenerate with `WELFARE_WRITE_MATRIX=1` and review the diff.");
        text.AppendLine();
        text.AppendLine($"| endpoint | {string.Join(" | ", Callers)} |");
        text.AppendLine($"| --- |{string.Concat(Callers.Select(_ => " :-: |"))}");
        foreach (var (operation, cells) in matrix)
        {
            text.AppendLine($"| `{operation}` | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    private static Dictionary<string, string[]> Parse(string markdown)
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in markdown.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.That(cells, Has.Length.EqualTo(Callers.Length + 1), $"authorization-matrix.md: a row needs {Callers.Length} callers: {line}");
            rows[cells[0].Trim('`')] = cells[1..];
        }

        return rows;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
