using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Versions of a complaint (docs/adr/0011) next to the versions of its intake and hearing records, which are never overwritten.</summary>
public sealed class ComplaintVersionTests : HarassmentTest
{
    private static object Settings(int minimumCellSize) => new { followUpDays = new[] { 30, 90 }, minimumCellSize, supervisorGradeRank = 3, newPeriodMonths = 12 };

    [Test]
    public async Task A_complaint_follows_the_version_rules()
    {
        var id = await ReceiveAsync();
        await VersionRules.AssertAsync(Counselor(), $"{Base}/complaints/{id}",
            tag => Counselor().SendJsonAsync(HttpMethod.Post, $"{Base}/complaints/{id}/intake", Facts(), tag));
    }

    [Test]
    public async Task Two_counsellors_correcting_the_intake_from_the_same_reading_append_one_version_not_two()
    {
        var id = await ConfirmedComplaintAsync();
        var tag = (await VersionRules.ReadAsync(Counselor("C1"), $"{Base}/complaints/{id}")).Tag;
        Assert.That((await VersionRules.ReadAsync(Counselor("C2"), $"{Base}/complaints/{id}")).Tag, Is.EqualTo(tag), "one version for every reader");
        var correction = new { facts = Facts(how: "Repeated remarks, also by e-mail."), correctionNote = "The complainant added the e-mails." };

        var first = await Counselor("C1").SendJsonAsync(HttpMethod.Post, $"{Base}/complaints/{id}/intake/corrections", correction, tag);
        var second = await Counselor("C2").SendJsonAsync(HttpMethod.Post, $"{Base}/complaints/{id}/intake/corrections", correction, tag);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        await VersionRules.AssertProblemAsync(second, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        var intake = (await ComplaintAsync(id)).GetProperty("intake");
        Assert.That(intake.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task A_confirmation_names_the_intake_version_and_the_complaint_version_and_moves_the_latter()
    {
        var id = await ReceiveAsync();
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts()));
        var tag = (await VersionRules.ReadAsync(Counselor(), $"{Base}/complaints/{id}")).Tag;

        var wrongIntakeVersion = await Counselor().SendJsonAsync(HttpMethod.Post, $"{Base}/complaints/{id}/intake/confirmation", new { version = 2, method = "ReadBack" }, tag);
        var confirmed = await Counselor().SendJsonAsync(HttpMethod.Post, $"{Base}/complaints/{id}/intake/confirmation", new { version = 1, method = "ReadBack" }, tag);

        Assert.That(wrongIntakeVersion.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the intake version is still checked as before");
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        Assert.That(confirmed.Headers.ETag, Is.Not.Null.And.Not.EqualTo(tag), "confirming a record version is a change of the complaint");
        Assert.That((await ComplaintAsync(id)).GetProperty("intake")[0].GetProperty("confirmedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task The_welfare_officer_who_may_not_read_the_complaint_assigns_its_counsellors_without_a_version_but_a_stale_one_is_refused()
    {
        var id = await ReceiveAsync();
        var tag = (await VersionRules.ReadAsync(Counselor(), $"{Base}/complaints/{id}")).Tag;
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{id}/intake", Facts()));
        var assignment = new { counselorIds = new[] { "C1", "C3" }, singleCounselorReason = (string?)null };

        var stale = await WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/complaints/{id}/counselors", assignment, tag);
        var unconditional = await WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/complaints/{id}/counselors", assignment, null);

        await VersionRules.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(unconditional.StatusCode, Is.EqualTo(HttpStatusCode.OK), await unconditional.Content.ReadAsStringAsync());
        Assert.That(unconditional.Headers.ETag, Is.Not.Null);
        Assert.That((await WelfareOfficer().GetAsync($"{Base}/complaints/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "still sealed from the welfare officer");
    }

    [Test]
    public async Task The_settings_need_no_version_until_first_saved_and_then_follow_the_version_rules()
    {
        var defaults = await WelfareOfficer().GetAsync($"{Base}/settings");
        var withATag = await WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/settings", Settings(5), new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var saved = await WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/settings", Settings(5), null);

        Assert.That(defaults.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(defaults.Headers.ETag, Is.Null, "the defaults are not stored: there is no version yet");
        await VersionRules.AssertProblemAsync(withATag, HttpStatusCode.PreconditionFailed, "request.precondition-failed");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.That(saved.Headers.ETag, Is.Not.Null);
        await VersionRules.AssertAsync(WelfareOfficer(), $"{Base}/settings", tag => WelfareOfficer().SendJsonAsync(HttpMethod.Put, $"{Base}/settings", Settings(6), tag));
    }
}
