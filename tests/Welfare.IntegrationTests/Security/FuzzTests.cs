using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.IntegrationTests.Security.Fuzzing;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// Fuzzing (#9, item 8): requests generated from api-specs/welfare.v1.json — valid-looking ones and ones
/// with wrong types, huge numbers, empty and oversized strings, invalid dates and enums, unicode edge
/// cases, broken bodies and parameters — sent with a valid token of every caller of roles.md.
/// Whatever a caller sends, the API answers without a server error, and every refusal is a problem
/// details document. The seed is printed; set WELFARE_FUZZ_SEED to replay a run (WELFARE_FUZZ_REQUESTS
/// to send more).
/// </summary>
public sealed class FuzzTests : ApiTest
{
    private const int DefaultSeed = 20261124;
    private const int DefaultRequests = 10_000;
    private const int ListedFailures = 40;

    private static readonly string[] SeededEmployees = ["E0001", "E0002", "E9001", "E9002"];

    [Test]
    public async Task Malformed_and_boundary_requests_never_get_a_server_error_and_every_refusal_is_problem_details()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WELFARE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("WELFARE_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var n) ? Math.Max(n, 1) : DefaultRequests;
        await TestContext.Progress.WriteLineAsync($"Fuzzing with seed {seed} (replay: WELFARE_FUZZ_SEED={seed}), {count} malformed and boundary requests and valid ones besides.");

        // A directory to act in, so that valid-looking requests reach the handlers, not only the binder.
        var personnelSystem = InRole(Roles.PersonnelSystem, "SYS-PERSONNEL", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnelSystem);
        await OrganisationSeed.EmployeesAsync(personnelSystem, "2020-04-01",
            new SeedEmployee("E0001", "D100"), new SeedEmployee("E0002", "D100", "G5"), new SeedEmployee("E9001", "D900"), new SeedEmployee("E9002", "D200"));
        await DeliverEventsAsync();

        // Every caller of roles.md: an employee without a role, the eight human roles, the two systems.
        var callers = new Dictionary<string, HttpClient> { ["employee"] = ClientFor("E0001", "D100", [], "ja") };
        foreach (var role in Roles.All)
        {
            callers[role] = ClientFor(role == Roles.DepartmentHead ? "E0002" : "E9001", role == Roles.DepartmentHead ? "D100" : "D900", [role], callers.Count % 2 == 0 ? "ja" : "en");
        }

        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var fuzzer = new ContractFuzzer(document, seed, JapanTime.Today(Clock), SeededEmployees);
        var requests = fuzzer.Generate(count, [.. callers.Keys]).ToList();

        var failures = new ConcurrentBag<(int Number, string Text)>();
        var statuses = new ConcurrentDictionary<string, int>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            var (status, problem) = await SendAsync(callers[request.Caller], request, ct);
            statuses.AddOrUpdate($"{request.Kind} {status / 100}xx", 1, (_, v) => v + 1);
            if (problem is not null)
            {
                failures.Add((request.Number, $"{status} {problem}: {request.Describe()}"));
            }
        });
        watch.Stop();

        var byKind = requests.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
        await TestContext.Progress.WriteLineAsync(
            $"Fuzzed {requests.Count} requests over {fuzzer.Operations.Count} operations and {callers.Count} callers in {watch.Elapsed.TotalSeconds:F1} s (seed {seed}).");
        await TestContext.Progress.WriteLineAsync("Requests by kind: " + string.Join(", ", byKind));
        await TestContext.Progress.WriteLineAsync("Answers: " + string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}")));

        var listed = failures.OrderBy(f => f.Number).Take(ListedFailures).Select(f => f.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Count(r => r.Kind != "valid"), Is.GreaterThanOrEqualTo(count), "malformed and boundary requests");
            Assert.That(requests.Select(r => r.Kind).Distinct(), Is.EquivalentTo(ContractFuzzer.Kinds), "every kind of abuse was sent");
            // The generator must reach past the binder and the policies, or it proves little.
            Assert.That(statuses.Where(x => x.Key.EndsWith(" 2xx", StringComparison.Ordinal)).Sum(x => x.Value), Is.GreaterThan(count / 50), "requests that succeeded");
            Assert.That(listed, Is.Empty, $"seed {seed}: {failures.Count} bad answers, the first {listed.Count}:{Environment.NewLine}" + string.Join(Environment.NewLine, listed));
        });
    }

    /// <summary>
    /// The answer's status and, when it breaks the rules, why: any 5xx; a 4xx that is not
    /// application/problem+json with its status and a title; a 2xx whose body has a media type the
    /// contract does not document for the operation's success, or JSON that does not parse.
    /// </summary>
    private static async Task<(int Status, string? Problem)> SendAsync(HttpClient client, FuzzRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        using var response = await client.SendAsync(message, ct);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return (status, "server error");
        }

        if (status >= 400)
        {
            if (mediaType != "application/problem+json")
            {
                return (status, $"refusal as {mediaType ?? "no content type"}, not problem+json");
            }

            try
            {
                var problem = JsonDocument.Parse(body).RootElement;
                var title = problem.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (!problem.TryGetProperty("status", out var st) || st.ValueKind != JsonValueKind.Number || st.GetInt32() != status || string.IsNullOrEmpty(title))
                {
                    return (status, "problem details without its status or a title");
                }
            }
            catch (JsonException)
            {
                return (status, "problem+json that is not JSON");
            }

            return (status, null);
        }

        if (status is >= 200 and < 300 && body.Length > 0)
        {
            if (mediaType is null || !request.Operation.SuccessMediaTypes.Contains(mediaType))
            {
                return (status, $"success as {mediaType ?? "no content type"}, which the contract does not document ({string.Join(", ", request.Operation.SuccessMediaTypes)})");
            }

            if (mediaType.EndsWith("json", StringComparison.Ordinal))
            {
                try
                {
                    using var _ = JsonDocument.Parse(body);
                }
                catch (JsonException)
                {
                    return (status, "success whose JSON does not parse");
                }
            }
        }

        return (status, null);
    }
}
