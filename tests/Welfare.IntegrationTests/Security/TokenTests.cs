using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API2 (broken authentication): every token the API must not trust is answered 401 with a
/// Bearer challenge, never a response with data.
/// </summary>
public sealed class TokenTests : ApiTest
{
    private const string ProtectedRoute = "/api/v1/audit";

    private static string Key => Factory.Services.GetRequiredService<IConfiguration>()["Authentication:DevelopmentSigningKey"]!;

    private static string Audience => Factory.Services.GetRequiredService<IConfiguration>()["Authentication:Audience"]!;

    private static string Mint(string? issuer = null, string? audience = null, DateTimeOffset? notBefore = null, DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? "welfare-development",
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity([new Claim("sub", "E5001"), new Claim("role", "auditor")]),
            IssuedAt = (notBefore ?? now).UtcDateTime,
            NotBefore = (notBefore ?? now).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private static async Task<HttpResponseMessage> SendAsync(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(ProtectedRoute);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
    }

    [Test]
    public async Task The_issuer_of_the_development_tokens_is_what_the_test_mints()
    {
        // Guards the cases below: a well-formed token from this minting is accepted.
        var response = await SendAsync(Mint());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var token = $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url($"{{\"sub\":\"E5001\",\"role\":\"auditor\",\"iss\":\"welfare-development\",\"aud\":\"{Audience}\",\"exp\":{exp}}}")}.";

        AssertRefused(await SendAsync(token));
    }

    [Test]
    public async Task A_token_of_another_issuer_or_for_another_audience_is_refused()
    {
        AssertRefused(await SendAsync(Mint(issuer: "https://idp.example.invalid/realms/other")));
        AssertRefused(await SendAsync(Mint(audience: "another-api")));
    }

    [Test]
    public async Task A_token_not_yet_valid_is_refused()
    {
        var later = DateTimeOffset.UtcNow.AddMinutes(5);

        AssertRefused(await SendAsync(Mint(notBefore: later, expires: later.AddHours(1))));
    }

    [Test]
    public async Task The_clock_skew_forgives_seconds_not_minutes()
    {
        var now = DateTimeOffset.UtcNow;

        var justExpired = await SendAsync(Mint(notBefore: now.AddHours(-1), expires: now.AddSeconds(-10)));
        var expiredMinutesAgo = await SendAsync(Mint(notBefore: now.AddHours(-1), expires: now.AddMinutes(-2)));

        Assert.That(justExpired.StatusCode, Is.EqualTo(HttpStatusCode.OK), "30 s of skew by default");
        AssertRefused(expiredMinutesAgo);
    }

    [Test]
    public async Task A_token_in_the_query_string_is_not_accepted()
    {
        var response = await Anonymous().GetAsync($"{ProtectedRoute}?access_token={Mint()}");

        AssertRefused(response);
    }

    [Test]
    public void A_host_configured_with_more_than_a_minute_of_clock_skew_does_not_start()
    {
        using var lax = new WelfareApiFactory(TestDatabase.ConnectionString, "Development", new Dictionary<string, string?>
        {
            ["Authentication:ClockSkew"] = "00:05:00",
        });

        var failure = Assert.Throws<InvalidOperationException>(() => lax.CreateClient());
        Assert.That(failure!.Message, Does.Contain("ClockSkew"));
    }
}
