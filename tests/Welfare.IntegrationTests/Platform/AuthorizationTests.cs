using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

public sealed class AuthorizationTests : ApiTest
{
    [Test]
    public void Every_endpoint_declares_its_authorization_explicitly()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/_probe", StringComparison.Ordinal))
            .ToList();

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.That(endpoints, Is.Not.Empty);
        Assert.That(unprotected, Is.Empty, "endpoints without an authorization policy");
        Assert.That(anonymous, Is.EquivalentTo(new[] { "/health/live", "/health/ready" }), "only health checks may be anonymous");
    }

    [Test]
    public async Task An_endpoint_without_a_policy_is_denied_by_the_fallback_policy()
    {
        Assert.That((await Anonymous().GetAsync("/_probe/unprotected")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await InRole(Roles.Auditor).GetAsync("/_probe/unprotected")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_unknown_route_answers_404_problem_details()
    {
        var response = await Employee(language: "en").GetAsync("/api/v1/nothing-here");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var problem = await ProblemAsync(response);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The requested record was not found."));
    }

    [TestCase(null)]
    [TestCase(Roles.WelfareOfficer)]
    [TestCase(Roles.PersonnelOfficer)]
    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Physician)]
    [TestCase(Roles.PersonnelSystem)]
    public async Task Only_auditors_read_the_audit_trail_and_every_refusal_is_audited(string? role)
    {
        var client = role is null ? Employee("E0042") : InRole(role, "E0042");

        var response = await client.GetAsync("/api/v1/audit");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await ProblemAsync(response);
        var entries = await InRole(Roles.Auditor).GetFromJsonAsync<JsonElement>("/api/v1/audit?actorId=E0042&outcome=Denied");
        var entry = entries.GetProperty("items").EnumerateArray().Single();
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("endpoint.access"));
        Assert.That(entry.GetProperty("recordId").GetString(), Is.EqualTo("GET /api/v1/audit"));
        Assert.That(entry.GetProperty("module").GetString(), Is.EqualTo("Audit"));
    }
}
