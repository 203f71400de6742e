using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Security.Fuzzing;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Required means required, in the contract and on the server: every required property of every JSON request
/// body the contract describes, left out in turn, is refused with a 400 that names it, and nothing is stored.
/// Before this, a missing bool became false, a missing enum its first member and a missing date 0001-01-01.
/// </summary>
public sealed class RequiredFieldsTests : ApiTest
{
    [Test]
    public async Task Leaving_out_any_required_property_of_a_request_body_is_a_400_naming_it_and_stores_nothing()
    {
        // Callers that together pass every policy, so that each request reaches the binding of its body.
        string[] people = [.. Roles.All.Except([Roles.PersonnelSystem, Roles.AttendanceSystem])];
        var everyone = ClientFor("E9100", "D900", people, "en");
        var machines = ClientFor("E9100", "D900", [Roles.PersonnelSystem, Roles.AttendanceSystem], "en");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var fuzzer = new ContractFuzzer(document, seed: 19, JapanTime.Today(Clock), ["E0001"]);
        var before = await StoredRowsAsync();
        var wrong = new List<string>();
        var sent = 0;
        foreach (var operation in fuzzer.Operations)
        {
            // Directory imports take a list of rows and reject an incomplete row by itself, in the import's
            // report (ImportLimitsTests): a bad row never sinks the file.
            var json = operation.Bodies.FirstOrDefault(b => b.ContentType == "application/json").Schema;
            if (json is null || json["type"]?.GetValue<string>() == "array")
            {
                continue;
            }

            var url = operation.PathTemplate;
            foreach (var (name, _, schema) in operation.Parameters.Where(p => p.In == "path"))
            {
                var value = schema["format"]?.GetValue<string>() switch
                {
                    "date" => JapanTime.Today(Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    "uuid" => Guid.NewGuid().ToString(),
                    _ => "X1",
                };
                url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            foreach (var (field, body) in fuzzer.WithoutEachRequired(json))
            {
                sent++;
                HttpRequestMessage Request() => new(new HttpMethod(operation.Method), url)
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                var response = await everyone.SendAsync(Request());
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    response.Dispose();
                    response = await machines.SendAsync(Request());
                }

                var text = await response.Content.ReadAsStringAsync();
                var errors = response.StatusCode == HttpStatusCode.BadRequest
                    && JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var e) ? e : default;
                if (errors.ValueKind != JsonValueKind.Object || !errors.TryGetProperty(field, out var messages)
                    || !messages.EnumerateArray().Any(m => m.GetString()!.Contains("required", StringComparison.Ordinal)))
                {
                    wrong.Add($"{operation.Method} {operation.PathTemplate} without {field}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                }

                response.Dispose();
            }
        }

        await TestContext.Progress.WriteLineAsync($"{sent} requests each without one required property.");
        Assert.That(sent, Is.GreaterThan(150));
        Assert.That(wrong, Is.Empty);
        Assert.That(await StoredRowsAsync(), Is.EqualTo(before), "rows stored by refused requests");
    }

    [Test]
    public async Task Null_for_a_property_that_is_not_nullable_is_a_400_naming_it()
    {
        var response = await InRole(Roles.WelfareOfficer).PutAsync($"/api/v1/overtime/interviews/{Guid.NewGuid()}/not-held",
            new StringContent("""{"reason":null}""", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "reason" }));
    }

    /// <summary>The number of rows of every table outside the audit trail, which records refusals by design.</summary>
    private static async Task<Dictionary<string, long>> StoredRowsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'audit')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
