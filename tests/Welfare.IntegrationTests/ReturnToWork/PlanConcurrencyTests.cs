using System.Net;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>Issue #19, item 4: the head, the participant, the physician and the director change one case; nobody silently overwrites another.</summary>
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

    [Test]
    public async Task A_case_follows_the_version_rules_and_its_view_which_changes_with_the_day_answers_no_304()
    {
        var id = await AppliedCaseAsync();
        await VersionRules.AssertAsync(Head(), $"{Base}/pre-returns/{id}",
            tag => Head().SendJsonAsync(HttpMethod.Put, $"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(1)), tag), answersNotModified: false);
    }

    [Test]
    public async Task Each_party_changes_the_case_with_the_version_the_last_change_answered()
    {
        var id = await AppliedCaseAsync();
        var tag = (await VersionRules.ReadAsync(Head(), $"{Base}/pre-returns/{id}")).Tag;

        var planned = await Head().SendJsonAsync(HttpMethod.Put, $"{Base}/pre-returns/{id}/plan", StandardPlan(Today.AddDays(1)), tag);
        var reviewed = await Physician().SendJsonAsync(HttpMethod.Put, $"{Base}/pre-returns/{id}/review",
            new { interviewedOn = Iso(Today), feasible = true, planAppropriate = true, opinion = "fit" }, planned.Headers.ETag);
        var decidedOnTheOldVersion = await Director().SendJsonAsync(HttpMethod.Post, $"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "ok" }, planned.Headers.ETag);
        var decided = await Director().SendJsonAsync(HttpMethod.Post, $"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "ok" }, reviewed.Headers.ETag);

        Assert.That(planned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reviewed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await reviewed.Content.ReadAsStringAsync());
        Assert.That(decidedOnTheOldVersion.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "the director had not seen the review");
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK), await decided.Content.ReadAsStringAsync());
    }
}
