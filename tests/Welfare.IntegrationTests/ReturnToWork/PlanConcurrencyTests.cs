using System.Net;
using System.Net.Http.Json;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>Issue #19, item 4: two heads' tabs draft the plan of one case; the second must not silently overwrite the first.</summary>
public sealed class PlanConcurrencyTests : ReturnToWorkTest
{
    [Test]
    public async Task A_second_plan_drafted_against_the_version_the_first_replaced_is_refused_and_the_first_is_kept()
    {
        var id = await AppliedCaseAsync();
        var read = await Head().GetAsync($"{Base}/pre-returns/{id}");
        var tag = read.Headers.ETag;
        Assert.That(tag, Is.Not.Null, "GET of a case answers its ETag");
        Assert.That(tag!.IsWeak, Is.False);

        var first = await Head().SendJsonAsync(HttpMethod.Put, $"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(1)), tag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        Assert.That(first.Headers.ETag, Is.Not.Null.And.Not.EqualTo(tag), "the answer carries the case's new ETag");

        var second = await Head().SendJsonAsync(HttpMethod.Put, $"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(8), weeks: 6), tag);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), await second.Content.ReadAsStringAsync());
        Assert.That((await ProblemAsync(second)).GetProperty("code").GetString(), Is.EqualTo("request.precondition-failed"));

        var stored = await CaseAsync(Head(), id);
        Assert.That(stored.GetProperty("plan").GetProperty("startOn").GetString(), Is.EqualTo(Iso(Today.AddDays(1))));
        Assert.That(stored.GetProperty("plan").GetProperty("weeks").GetInt32(), Is.EqualTo(4));
        Assert.That((await Head().GetAsync($"{Base}/pre-returns/{id}")).Headers.ETag, Is.EqualTo(first.Headers.ETag));
    }
}
