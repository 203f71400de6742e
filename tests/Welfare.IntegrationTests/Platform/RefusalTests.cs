using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>Every API route refuses a caller without a token, and every role-limited route refuses a wrong role.</summary>
public sealed partial class RefusalTests : ApiTest
{
    [Test]
    public async Task Every_api_route_refuses_a_caller_without_a_token()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToList();

        var allowed = new List<string>();
        foreach (var (method, route) in routes)
        {
            var path = Parameter().Replace(route, m => m.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "X1");
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            var response = await Anonymous().SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                allowed.Add($"{method} {route} → {(int)response.StatusCode}");
            }
        }

        Assert.That(routes, Has.Count.GreaterThan(50));
        Assert.That(allowed, Is.Empty);
    }

    [TestCase("GET", "/api/v1/organisation/imports", Roles.WelfareOfficer)]
    [TestCase("GET", "/api/v1/organisation/imports/{id}", null)]
    [TestCase("PUT", "/api/v1/organisation/departments/D1/head", Roles.WelfareOfficer)]
    [TestCase("POST", "/api/v1/organisation/imports/departments", Roles.PersonnelOfficer)]
    [TestCase("PUT", "/api/v1/stress-check/campaigns/{id}/criteria", Roles.Physician)]
    [TestCase("PUT", "/api/v1/stress-check/campaigns/{id}/implementers", Roles.PersonnelOfficer)]
    [TestCase("POST", "/api/v1/stress-check/campaigns/{id}/close", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/stress-check/campaigns/{id}/targets/E1", null)]
    [TestCase("POST", "/api/v1/stress-check/campaigns/{id}/targets/E1/exclusion", Roles.Physician)]
    [TestCase("PUT", "/api/v1/stress-check/campaigns/{id}/interviews/E1/decision", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/stress-check/retention/purge", Roles.Auditor)]
    [TestCase("GET", "/api/v1/overtime/rule-sets", null)]
    [TestCase("GET", "/api/v1/overtime/reports/other-driven-share", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/overtime/departments/D1/other-driven/end", Roles.Physician)]
    [TestCase("POST", "/api/v1/overtime/imports/records", Roles.WelfareOfficer)]
    [TestCase("POST", "/api/v1/overtime/month-closes", Roles.DepartmentHead)]
    [TestCase("PUT", "/api/v1/overtime/excess-analyses/{id}/countermeasures", Roles.WelfareOfficer)]
    [TestCase("PUT", "/api/v1/overtime/holidays/2026-05-05", Roles.DepartmentHead)]
    [TestCase("DELETE", "/api/v1/overtime/holidays/2026-05-05", null)]
    [TestCase("POST", "/api/v1/overtime/interviews/evaluations", Roles.DepartmentHead)]
    [TestCase("GET", "/api/v1/overtime/interviews", null)]
    [TestCase("POST", "/api/v1/overtime/interviews/{id}/recommendation", Roles.Physician)]
    [TestCase("PUT", "/api/v1/overtime/interviews/{id}/schedule", Roles.PersonnelOfficer)]
    [TestCase("PUT", "/api/v1/overtime/interviews/{id}/not-held", Roles.DepartmentHead)]
    [TestCase("PUT", "/api/v1/overtime/interviews/{id}/opinion", Roles.WelfareOfficer)]
    [TestCase("GET", "/api/v1/overtime/statistics?fiscalYear=2025", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/peer-support/coordinators", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/peer-support/coordinators/{id}/release", null)]
    [TestCase("POST", "/api/v1/peer-support/external-counselors", null)]
    [TestCase("PUT", "/api/v1/peer-support/external-counselors/{id}", Roles.PersonnelOfficer)]
    [TestCase("GET", "/api/v1/peer-support/quarterly-reports?fiscalYear=2025&quarter=1", Roles.DepartmentHead)]
    [TestCase("GET", "/api/v1/peer-support/quarterly-reports/overdue", Roles.PersonnelOfficer)]
    [TestCase("GET", "/api/v1/peer-support/quarterly-reports.csv?fiscalYear=2025&quarter=1", null)]
    [TestCase("PUT", "/api/v1/harassment/consultation-desk", null)]
    [TestCase("GET", "/api/v1/harassment/counselors", Roles.PersonnelOfficer)]
    [TestCase("POST", "/api/v1/harassment/counselors", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/harassment/counselors/{id}/release", Roles.Supervisor)]
    [TestCase("GET", "/api/v1/harassment/settings", Roles.PersonnelOfficer)]
    [TestCase("PUT", "/api/v1/harassment/settings", null)]
    [TestCase("GET", "/api/v1/harassment/emergency-notices", Roles.PersonnelOfficer)]
    [TestCase("POST", "/api/v1/harassment/training-sessions", Roles.DepartmentHead)]
    [TestCase("GET", "/api/v1/harassment/training-sessions?fiscalYear=2026", null)]
    [TestCase("POST", "/api/v1/harassment/training-sessions/{id}/attendance", Roles.Supervisor)]
    [TestCase("GET", "/api/v1/harassment/training/untrained?audience=NewEmployees", Roles.DepartmentHead)]
    [TestCase("GET", "/api/v1/harassment/statistics?fiscalYear=2026", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/return-to-work/leave-cases", null)]
    [TestCase("POST", "/api/v1/return-to-work/imports/leave-cases", Roles.WelfareOfficer)]
    [TestCase("PUT", "/api/v1/return-to-work/leave-cases/{id}", Roles.Physician)]
    [TestCase("PUT", "/api/v1/return-to-work/pre-returns/{id}/review", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/return-to-work/pre-returns/{id}/decision", Roles.DepartmentHead)]
    [TestCase("POST", "/api/v1/return-to-work/pre-returns/{id}/interviews", Roles.WelfareOfficer)]
    [TestCase("PUT", "/api/v1/return-to-work/pre-returns/{id}/change-requests/{id}/opinion", Roles.ProgramDirector)]
    [TestCase("POST", "/api/v1/return-to-work/pre-returns/{id}/change-requests/{id}/decision", Roles.Physician)]
    public async Task Role_limited_routes_refuse_other_roles(string method, string path, string? role)
    {
        var client = role is null ? Employee() : InRole(role);
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await ProblemAsync(response);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
