using System.Net;
using System.Net.Http.Headers;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

public sealed class AuthenticationTests : ApiTest
{
    private const string ProtectedRoute = "/api/v1/audit";

    [Test]
    public async Task A_request_without_a_token_is_refused_with_a_bearer_challenge()
    {
        var response = await Anonymous().GetAsync(ProtectedRoute);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("認証が必要です。有効なアクセストークンを指定してください。"));
    }

    [Test]
    public async Task A_token_with_a_wrong_signature_is_refused()
    {
        var token = TokenFor("E5001", "D900", [Roles.Auditor]);
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        var response = await Send(tampered);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_expired_token_is_refused()
    {
        var token = TokenFor("E5001", "D900", [Roles.Auditor], DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1));

        Assert.That((await Send(token)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_without_a_subject_is_refused()
    {
        var token = TokenFor(string.Empty, "D900", [Roles.Auditor]);

        Assert.That((await Send(token)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_valid_development_token_is_accepted_in_Development()
    {
        var token = TokenFor("E5001", "D900", [Roles.Auditor]);

        Assert.That((await Send(token)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_development_key_is_refused_outside_Development()
    {
        var token = TokenFor("E5001", "D900", [Roles.Auditor]);
        await using var production = new WelfareApiFactory(TestDatabase.ConnectionString, "Production", new Dictionary<string, string?>
        {
            // An OIDC provider that is not there: the development key must not be a way in.
            ["Authentication:Authority"] = "http://127.0.0.1:9/realms/welfare",
            ["Authentication:RequireHttpsMetadata"] = "false",
            ["Authentication:DevelopmentSigningKey"] = "welfare-development-signing-key-not-for-production-0123456789",
        });
        var client = production.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync(ProtectedRoute);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void A_host_outside_Development_without_an_identity_provider_does_not_start()
    {
        using var production = new WelfareApiFactory(TestDatabase.ConnectionString, "Production");

        var failure = Assert.Throws<InvalidOperationException>(() => production.CreateClient());
        Assert.That(failure!.Message, Does.Contain("Authentication:Authority"));
    }

    private static Task<HttpResponseMessage> Send(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.GetAsync(ProtectedRoute);
    }
}
