using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API3 (mass assignment): on every operation of the contract that takes a JSON body, fields the
/// body does not define — an id, someone else's employee id, a status, a consent, who created it, a
/// retention date — are refused with 400 naming them, never bound and applied.
/// </summary>
public sealed class MassAssignmentTests : ApiTest
{
    private static readonly string[] Smuggled = ["createdBy", "retentionUntil", "consentGivenAt", "recordedBy"];

    [Test]
    public async Task Every_json_body_refuses_fields_it_does_not_define()
    {
        // Callers that together pass every policy, so that the request reaches binding: a person with
        // every human role, and for the machine clients' functions, a client with both machine roles.
        var person = ClientFor("E9100", "D900", [.. Roles.All.Except([Roles.PersonnelSystem, Roles.AttendanceSystem])], "en");
        var client = ClientFor("E9100", "D900", [Roles.PersonnelSystem, Roles.AttendanceSystem], "en");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var accepted = new List<string>();
        var checkedOperations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var json = operation?["requestBody"]?["content"]?["application/json"];
                if (json is null)
                {
                    continue;
                }

                // Imports take an array of rows: each row is checked, and a row with unknown fields is rejected by name.
                var isArray = json["schema"]?["type"]?.ToString() == "array";

                checkedOperations++;
                var url = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", Guid.NewGuid().ToString());
                var body = new JsonObject { ["createdBy"] = "E0666", ["retentionUntil"] = "2099-12-31", ["consentGivenAt"] = "2020-01-01T00:00:00Z", ["recordedBy"] = "E0666" };
                HttpRequestMessage Request() => new(new HttpMethod(method.ToUpperInvariant()), url)
                {
                    Content = new StringContent(isArray ? new JsonArray(body.DeepClone()).ToJsonString() : body.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                var response = await person.SendAsync(Request());
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    response = await client.SendAsync(Request());
                }

                var text = await response.Content.ReadAsStringAsync();
                var refused = isArray ? (int)response.StatusCode is 400 or 200 or 201 : response.StatusCode == HttpStatusCode.BadRequest;
                if (!refused || !Smuggled.Any(f => text.Contains(f, StringComparison.Ordinal)))
                {
                    accepted.Add($"{method.ToUpperInvariant()} {path} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(checkedOperations, Is.GreaterThan(50));
        Assert.That(accepted, Is.Empty);
    }
}
