using System.Net;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API2, algorithm confusion: in production the provider signs with its RSA private key and
/// publishes the public key. Whoever takes that public key as an HMAC secret can sign an HS256 token;
/// the host must accept only the provider's asymmetric signatures.
/// </summary>
public sealed class AlgorithmConfusionTests : ApiTest
{
    private const string Route = "/api/v1/audit";

    [Test]
    public async Task A_token_signed_by_the_identity_provider_is_accepted()
    {
        await using var production = IdentityProviderHost.Create();

        var response = await IdentityProviderHost.Client(production, IdentityProviderHost.Token("E5001", "auditor")).GetAsync(Route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_HMAC_token_made_with_the_providers_public_key_is_refused()
    {
        await using var production = IdentityProviderHost.Create();
        var publicKey = IdentityProviderHost.PublicKey;
        var secrets = new[]
        {
            Encoding.UTF8.GetBytes(publicKey.ExportSubjectPublicKeyInfoPem()),
            publicKey.ExportSubjectPublicKeyInfo(),
            publicKey.ExportRSAPublicKey(),
            publicKey.ExportParameters(false).Modulus!,
        };

        foreach (var secret in secrets)
        {
            var forged = IdentityProviderHost.Sign(new SigningCredentials(new SymmetricSecurityKey(secret), SecurityAlgorithms.HmacSha256), "E5001", "auditor");

            var response = await IdentityProviderHost.Client(production, forged).GetAsync(Route);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        }
    }
}
