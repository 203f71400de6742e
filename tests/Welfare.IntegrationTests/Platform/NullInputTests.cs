using System.Net;
using System.Text;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Platform;

/// <summary>Missing (null) fields and lists in request bodies answer 400 for that field, never 500.</summary>
public sealed class NullInputTests : ApiTest
{
    [TestCase(Roles.PersonnelOfficer, "PUT", "/api/v1/organisation/grades", """{"grades":null}""", "grades")]
    [TestCase(Roles.WelfareOfficer, "PUT", "/api/v1/stress-check/campaigns/{id}/implementers", """{"physicians":null}""", "physicians")]
    [TestCase(Roles.WelfareOfficer, "POST", "/api/v1/stress-check/campaigns", """{"fiscalYear":2026,"opensOn":"2026-06-01","closesOn":"2026-06-30","criteria":null,"consentScope":"FullResult","committeeDecisionReference":"x"}""", "criteria")]
    [TestCase(Roles.PersonnelOfficer, "POST", "/api/v1/overtime/rule-sets", """{"effectiveFrom":"2030-01-01","reason":"x","rules":null}""", "rules")]
    [TestCase(null, "POST", "/api/v1/stress-check/campaigns/{id}/my/submissions", """{"answers":null}""", "answers")]
    [TestCase(Roles.Physician, "PUT", "/api/v1/stress-check/campaigns/{id}/staff", """{"staff":null}""", "staff")]
    public async Task A_null_field_answers_400_for_that_field(string? role, string method, string path, string body, string field)
    {
        var client = role is null ? Employee() : InRole(role);
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await ProblemAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(field));
    }
}
