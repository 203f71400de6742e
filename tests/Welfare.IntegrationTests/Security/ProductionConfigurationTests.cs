using System.Net;
using System.Net.Http.Json;
using System.Text;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API8 (security misconfiguration) on a host in the Production environment: errors carry no
/// exception text, the OpenAPI document and Swagger UI are off unless configured on, responses are not
/// cached, and bodies of an unexpected type are refused.
/// </summary>
public sealed class ProductionConfigurationTests : ApiTest
{
    private static WelfareApiFactory Production(bool swagger = false) =>
        IdentityProviderHost.Create(settings: new Dictionary<string, string?> { ["Swagger:Enabled"] = swagger ? "true" : "false" });

    private static HttpClient Client(WelfareApiFactory factory) => IdentityProviderHost.Client(factory, IdentityProviderHost.Token());

    [Test]
    public async Task An_unexpected_failure_in_Production_shows_no_exception_text()
    {
        await using var production = Production();

        var response = await Client(production).PostAsJsonAsync("/_probe/notes", new { text = "crash" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain(" at ").And.Not.Contain("SECRET-HEALTH-CONTENT"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.Contains("Server"), Is.False);
        ContentSecurityPolicy.AssertLocksDown(response);
    }

    [Test]
    public async Task The_contract_and_Swagger_UI_are_off_in_Production_unless_configured_on()
    {
        await using var production = Production();
        await using var documented = Production(swagger: true);

        Assert.That((await production.CreateClient().GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await production.CreateClient().GetAsync("/swagger/index.html")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await documented.CreateClient().GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_body_of_an_unexpected_type_answers_415()
    {
        await using var production = Production();

        var response = await Client(production).PostAsync("/api/v1/overtime/orders", new StringContent("employeeId=E0001", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }
}
