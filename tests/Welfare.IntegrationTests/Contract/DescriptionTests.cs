using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Host.OpenApi;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Contract;

/// <summary>
/// Every operation and every tag of the contract is described from the one table
/// (src/Host/Welfare.Host/OpenApi/OperationDescriptions.cs), and the table holds nothing else.
/// </summary>
public sealed class DescriptionTests : ApiTest
{
    [Test]
    public async Task Every_operation_has_its_description_from_the_table_and_no_entry_is_orphaned()
    {
        var operations = (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Id: op.Value!["operationId"]!.GetValue<string>(), Description: op.Value["description"]?.GetValue<string>())))
            .ToList();

        Assert.That(operations.Where(o => !OperationDescriptions.Operations.ContainsKey(o.Id)).Select(o => o.Id), Is.Empty, "operations without a description in the table");
        Assert.That(OperationDescriptions.Operations.Keys.Except(operations.Select(o => o.Id)), Is.Empty, "descriptions of operations the contract does not have");
        Assert.That(operations.Where(o => o.Description?.EndsWith(OperationDescriptions.Operations[o.Id].ToMarkdown(), StringComparison.Ordinal) != true).Select(o => o.Id), Is.Empty,
            "operations whose description is not the table's");
        Assert.That(OperationDescriptions.Operations.Where(e => new[] { e.Value.Who, e.Value.Does, e.Value.Answers }.Any(string.IsNullOrWhiteSpace)).Select(e => e.Key),
            Is.Empty, "every description says who may call it, what it does and what it answers");
    }

    [Test]
    public async Task Every_tag_has_its_description_from_the_table_and_no_entry_is_orphaned()
    {
        var tags = (await DocumentAsync())["tags"]!.AsArray()
            .Select(t => (Name: t!["name"]!.GetValue<string>(), Description: t["description"]?.GetValue<string>())).ToList();

        Assert.That(tags, Is.Not.Empty);
        Assert.That(tags.Where(t => !OperationDescriptions.Tags.TryGetValue(t.Name, out var text) || t.Description != text).Select(t => t.Name), Is.Empty,
            "tags without the table's description");
        Assert.That(OperationDescriptions.Tags.Keys.Except(tags.Select(t => t.Name)), Is.Empty, "descriptions of tags the contract does not have");
    }

    [Test]
    public async Task Each_description_names_every_role_its_endpoint_policy_admits()
    {
        var policies = Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var missing = new List<string>();
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } id || !OperationDescriptions.Operations.TryGetValue(id, out var text))
            {
                continue;
            }

            foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(d => d.Policy is not null))
            {
                var policy = await policies.GetPolicyAsync(data.Policy!);
                var roles = policy!.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles);
                missing.AddRange(roles.Where(role => !text.Who.Contains($"`{role}`", StringComparison.Ordinal)).Select(role => $"{id}: `{role}`"));
            }
        }

        Assert.That(missing, Is.Empty, "who may call it, as the authorization policy says (and the authorization matrix lists)");
    }

    private static async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
}
