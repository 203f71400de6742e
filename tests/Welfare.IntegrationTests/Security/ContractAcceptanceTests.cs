using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.IntegrationTests.Security.Fuzzing;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// The contract says exactly what the server accepts, also in this direction: a request built only from what
/// the contract allows (types, formats, enums, bounds, required properties) is never refused as malformed.
/// It may still be refused by a rule of the moment (404, 409, 422), never by a 400 that a client generated from
/// the contract could not have foreseen. A failure names the operation, the request and the answer.
/// </summary>
public sealed class ContractAcceptanceTests : ApiTest
{
    private const int RequestsPerOperation = 4;

    [Test]
    public async Task A_request_the_contract_allows_is_never_refused_as_malformed()
    {
        var personnelSystem = InRole(Roles.PersonnelSystem, "SYS-PERSONNEL", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnelSystem);
        await OrganisationSeed.EmployeesAsync(personnelSystem, "2020-04-01", new SeedEmployee("E0001", "D100"), new SeedEmployee("E9100", "D900"));
        await DeliverEventsAsync();

        string[] people = [.. Roles.All.Except([Roles.PersonnelSystem, Roles.AttendanceSystem])];
        var everyone = ClientFor("E9100", "D900", people, "en");
        var machines = ClientFor("E9100", "D900", [Roles.PersonnelSystem, Roles.AttendanceSystem], "en");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var fuzzer = new ContractFuzzer(document, seed: 20261203, JapanTime.Today(Clock), ["E0001", "E9100"]);
        var refused = new SortedSet<string>();
        var sent = 0;
        foreach (var operation in fuzzer.Operations)
        {
            for (var i = 0; i < RequestsPerOperation; i++)
            {
                var request = fuzzer.Valid(sent++, "everyone", operation);
                var (status, text) = await SendAsync(everyone, request);
                if (status == HttpStatusCode.Forbidden)
                {
                    (status, text) = await SendAsync(machines, request);
                }

                if (status == HttpStatusCode.BadRequest)
                {
                    refused.Add($"{operation.Method} {operation.PathTemplate}: {request.Describe(200)} → {text[..Math.Min(text.Length, 300)]}");
                }
            }
        }

        await TestContext.Progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{sent} requests the contract allows, {refused.Count} refused with 400."));
        foreach (var line in refused)
        {
            await TestContext.Progress.WriteLineAsync(line);
        }

        Assert.That(refused, Is.Empty);
    }

    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(HttpClient client, FuzzRequest request)
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

        using var response = await client.SendAsync(message);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
