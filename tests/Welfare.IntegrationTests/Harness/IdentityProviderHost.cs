using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Welfare.IntegrationTests.Harness;

/// <summary>
/// A host configured as in production: tokens from the employer's identity provider, which signs with
/// its RSA private key and publishes the public key. The test stands in for the provider, so it can
/// sign tokens the host trusts and, with the public key alone, tokens an attacker could make.
/// </summary>
public static class IdentityProviderHost
{
    public const string Issuer = "https://idp.example.invalid/realms/welfare";

    private static readonly RSA ProviderKey = RSA.Create(2048);

    /// <summary>What anyone can download from the provider's metadata.</summary>
    public static RSA PublicKey { get; } = ImportPublic();

    public static WelfareApiFactory Create(string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?> { ["Authentication:Authority"] = Issuer };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new WelfareApiFactory(
            TestDatabase.ConnectionString,
            environment,
            configuration,
            // Stands in for the provider's metadata document and published keys.
            services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                jwt.TokenValidationParameters.IssuerSigningKey = new RsaSecurityKey(PublicKey);
            }));
    }

    /// <summary>A token the provider signed (RS256).</summary>
    public static string Token(string subject = "E0001", params string[] roles) =>
        Sign(new SigningCredentials(new RsaSecurityKey(ProviderKey), SecurityAlgorithms.RsaSha256), subject, roles);

    public static string Sign(SigningCredentials credentials, string subject, params string[] roles) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = "welfare-api",
            Subject = new ClaimsIdentity([new Claim("sub", subject), .. roles.Select(r => new Claim("role", r))]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = credentials,
        });

    public static HttpClient Client(WelfareApiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static RSA ImportPublic()
    {
        var rsa = RSA.Create();
        rsa.ImportParameters(ProviderKey.ExportParameters(includePrivateParameters: false));
        return rsa;
    }
}
