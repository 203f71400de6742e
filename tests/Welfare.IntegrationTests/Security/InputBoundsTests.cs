using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.IntegrationTests.Security.Fuzzing;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API4 (resource consumption): every string and list a request carries has an upper bound, the
/// contract documents it (maxLength, maxItems, maximum) and the API enforces it with a 400 naming the field.
/// </summary>
public sealed class InputBoundsTests : ApiTest
{
    private static async Task<JsonNode> ContractAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;

    [Test]
    public async Task Every_request_string_and_list_in_the_contract_has_an_upper_bound()
    {
        var document = await ContractAsync();
        var unbounded = new SortedSet<string>();
        var bounded = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                foreach (var parameter in operation!["parameters"] as JsonArray ?? [])
                {
                    var name = parameter!["name"]!.GetValue<string>();
                    var schema = Resolve(document, parameter["schema"]!);
                    if (!IsFreeString(schema) && name is not ("pageSize" or "page"))
                    {
                        continue;
                    }

                    if (schema[IsFreeString(schema) ? "maxLength" : "maximum"] is null)
                    {
                        unbounded.Add($"{where} parameter {name}");
                    }
                    else
                    {
                        bounded++;
                    }
                }

                foreach (var (contentType, content) in operation["requestBody"]?["content"] as JsonObject ?? [])
                {
                    if (content?["schema"] is { } body && contentType != "application/pdf" && !contentType.StartsWith("image/", StringComparison.Ordinal))
                    {
                        bounded += Walk(document, body, $"{where} {contentType} body", unbounded, []);
                    }
                }
            }
        }

        await TestContext.Progress.WriteLineAsync($"{bounded} bounded request strings, lists and page parameters in the contract.");
        Assert.That(bounded, Is.GreaterThan(250));
        Assert.That(unbounded, Is.Empty, "request strings and lists without maxLength or maxItems");
    }

    [Test]
    public async Task Every_bounded_body_field_one_over_its_bound_is_refused_with_400_naming_it()
    {
        // Callers that together pass every policy, so that each request reaches the checks of its input: a
        // person with every human role, and a client with both machine roles for the machine clients' functions.
        string[] people = [.. Roles.All.Except([Roles.PersonnelSystem, Roles.AttendanceSystem])];
        var everyone = ClientFor("E9100", "D900", people, "en");
        var japanese = ClientFor("E9100", "D900", people, "ja");
        var machines = ClientFor("E9100", "D900", [Roles.PersonnelSystem, Roles.AttendanceSystem], "en");
        var document = await ContractAsync();
        var fuzzer = new ContractFuzzer(document, seed: 9, JapanTime.Today(Clock), ["E0001"]);
        var wrong = new List<string>();
        var sent = 0;
        foreach (var operation in fuzzer.Operations)
        {
            // Directory imports take a list of rows and reject a row with an over-long field by itself
            // (ImportLimitsTests): a bad row never sinks the file.
            var json = operation.Bodies.FirstOrDefault(b => b.ContentType == "application/json").Schema;
            if (json is null || json["type"]?.GetValue<string>() == "array")
            {
                continue;
            }

            var url = operation.PathTemplate;
            foreach (var (name, _, schema) in operation.Parameters.Where(p => p.In == "path"))
            {
                var value = schema["format"]?.GetValue<string>() == "date" ? JapanTime.Today(Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    : schema["format"]?.GetValue<string>() == "uuid" ? Guid.NewGuid().ToString() : "X1";
                url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            foreach (var (field, body) in fuzzer.OverBounds(json))
            {
                var client = sent++ % 2 == 0 ? everyone : japanese;
                HttpRequestMessage Request() => new(new HttpMethod(operation.Method), url)
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(Request());
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    response.Dispose();
                    client = machines;
                    response = await client.SendAsync(Request());
                }

                var text = await response.Content.ReadAsStringAsync();
                var errors = response.StatusCode == HttpStatusCode.BadRequest
                    ? JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var e) ? e : default
                    : default;
                if (errors.ValueKind != JsonValueKind.Object || !errors.TryGetProperty(field, out var messages)
                    || !messages.EnumerateArray().Any(m => m.GetString()!.Contains(client == japanese ? "以内" : "At most", StringComparison.Ordinal)))
                {
                    wrong.Add($"{operation.Method} {operation.PathTemplate} {field}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                }

                response.Dispose();
            }
        }

        await TestContext.Progress.WriteLineAsync($"{sent} requests with one field over its bound.");
        Assert.That(sent, Is.GreaterThan(150));
        Assert.That(wrong, Is.Empty);
    }

    private static int Walk(JsonNode document, JsonNode schema, string where, ISet<string> unbounded, HashSet<string> visiting)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            if (!visiting.Add(reference))
            {
                return 0;
            }

            var count = Walk(document, Resolve(document, schema), where, unbounded, visiting);
            visiting.Remove(reference);
            return count;
        }

        if (schema["allOf"] is JsonArray members)
        {
            return members.Sum(member => Walk(document, member!, where, unbounded, visiting));
        }

        var bounded = 0;
        var isArray = schema["type"]?.GetValue<string>() == "array";
        if (IsFreeString(schema) || isArray)
        {
            if (schema[isArray ? "maxItems" : "maxLength"] is null)
            {
                unbounded.Add(where);
            }
            else
            {
                bounded++;
            }
        }

        if (isArray)
        {
            bounded += Walk(document, schema["items"]!, where + "[]", unbounded, visiting);
        }

        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            bounded += Walk(document, property!, $"{where}.{name}", unbounded, visiting);
        }

        return bounded;
    }

    /// <summary>A string that is not an enum and has no format (uuid, date, date-time, time): those are bounded by their grammar.</summary>
    private static bool IsFreeString(JsonNode schema) =>
        schema["type"]?.GetValue<string>() == "string" && schema["format"] is null && schema["enum"] is null;

    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["schemas"]![reference.Split('/')[^1]]! : schema;
}
