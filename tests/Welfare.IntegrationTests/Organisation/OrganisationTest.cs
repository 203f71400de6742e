using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Organisation;

public abstract class OrganisationTest : ApiTest
{
    protected static HttpClient PersonnelSystem(string language = "ja") => InRole(Roles.PersonnelSystem, "personnel-system", "D900", language);

    protected static async Task<JsonElement> ImportAsync(string kind, string query, object rows, HttpClient? client = null)
    {
        var response = await (client ?? PersonnelSystem("en")).PostAsJsonAsync($"/api/v1/organisation/imports/{kind}?{query}", rows);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<JsonElement> ImportCsvAsync(string kind, string query, string csv)
    {
        var response = await PersonnelSystem("en").PostAsync(
            $"/api/v1/organisation/imports/{kind}?{query}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static object[] Rows(params SeedEmployee[] employees) => [.. employees.Select(e => e.ToRow())];

    protected static int Count(JsonElement report, string name) => report.GetProperty(name).GetInt32();

    protected static Task<long> ReceivedAsync(string eventType, string key) =>
        ScalarAsync<long>($"SELECT count(*) FROM probe.received_events WHERE event_type = '{eventType}' AND key = '{key}'");
}
