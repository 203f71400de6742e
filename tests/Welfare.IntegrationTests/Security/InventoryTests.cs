using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API9 (improper inventory): the endpoints the host routes and the operations of the committed
/// contract are the same set, so there is no hidden endpoint and no stale one in the document.
/// </summary>
public sealed partial class InventoryTests : ApiTest
{
    /// <summary>Routes that are not API: health probes, the contract itself, and this test project's probe module.</summary>
    private static readonly string[] NotApi = ["/health/", "/swagger", "/_probe"];

    [Test]
    public async Task Every_routed_endpoint_is_in_the_contract_and_every_contract_operation_is_routed()
    {
        var routed = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !NotApi.Any(prefix => e.RoutePattern.RawText!.StartsWith(prefix, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {Constraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/')}"))
            .ToHashSet();
        var contract = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!["paths"]!
            .AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))
            .ToHashSet();

        Assert.That(routed.Except(contract).Order(), Is.Empty, "routed but not in api-specs/welfare.v1.json (hidden)");
        Assert.That(contract.Except(routed).Order(), Is.Empty, "in api-specs/welfare.v1.json but not routed (stale)");
        Assert.That(routed, Has.Count.GreaterThan(100));
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
