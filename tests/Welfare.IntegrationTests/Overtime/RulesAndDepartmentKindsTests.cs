using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class RulesAndDepartmentKindsTests : ApiTest
{
    private static DateOnly Today => Clock.Today();

    private static HttpClient Officer(string language = "ja") => InRole(Roles.PersonnelOfficer, "E2002", "D900", language);

    private static async Task<JsonObject> DefaultsAsync() =>
        (await Employee().GetFromJsonAsync<JsonObject>("/api/v1/overtime/rules/defaults"))!["rules"]!.AsObject();

    [Test]
    public async Task The_national_defaults_are_in_force_until_the_employer_issues_its_own()
    {
        var rules = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/overtime/rules");

        var r = rules.GetProperty("rules");
        Assert.That(r.GetProperty("yearStartMonth").GetInt32(), Is.EqualTo(4));
        Assert.That(r.GetProperty("standard").GetProperty("monthHours").GetInt32(), Is.EqualTo(45));
        Assert.That(r.GetProperty("otherDriven").GetProperty("monthComparison").GetString(), Is.EqualTo("StrictlyUnder"));
        Assert.That(r.GetProperty("otherDriven").GetProperty("rollingWindowMonths").EnumerateArray().Select(x => x.GetInt32()), Is.EqualTo(new[] { 2, 3, 4, 5, 6 }));
        Assert.That(r.GetProperty("restInterval").GetProperty("intervalHours").GetInt32(), Is.EqualTo(10));
    }

    [Test]
    public async Task A_new_version_applies_from_its_date_and_the_old_one_keeps_its_days()
    {
        var rules = await DefaultsAsync();
        rules["standard"]!["monthHours"] = 40;
        var from = Today.AddDays(30);

        var issued = await Officer().PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = from.ToString("yyyy-MM-dd"), reason = "条例改正 第12号", rules });
        var before = await Employee().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/rules?asOf={from.AddDays(-1):yyyy-MM-dd}");
        var after = await Employee().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/rules?asOf={from:yyyy-MM-dd}");

        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Created), await issued.Content.ReadAsStringAsync());
        Assert.That(before.GetProperty("rules").GetProperty("standard").GetProperty("monthHours").GetInt32(), Is.EqualTo(45));
        Assert.That(after.GetProperty("rules").GetProperty("standard").GetProperty("monthHours").GetInt32(), Is.EqualTo(40));
        Assert.That(after.GetProperty("reason").GetString(), Is.EqualTo("条例改正 第12号"));
    }

    [Test]
    public async Task Rules_cannot_start_in_the_past_nor_before_the_latest_version()
    {
        var rules = await DefaultsAsync();
        await Officer().PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = Today.AddDays(60).ToString("yyyy-MM-dd"), reason = "r1", rules });

        var past = await Officer("en").PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = Today.AddDays(-1).ToString("yyyy-MM-dd"), reason = "r2", rules });
        var earlier = await Officer("en").PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = Today.AddDays(30).ToString("yyyy-MM-dd"), reason = "r3", rules });

        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(past)).GetProperty("code").GetString(), Is.EqualTo("overtime.rule-set-in-the-past"));
        Assert.That(earlier.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.rule_sets"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_rolling_window_longer_than_six_months_is_refused_by_field()
    {
        var rules = await DefaultsAsync();
        rules["otherDriven"]!["rollingWindowMonths"] = new JsonArray(2, 3, 7);

        var response = await Officer("en").PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = Today.AddDays(1).ToString("yyyy-MM-dd"), reason = "x", rules });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.StartsWith("rules.otherDriven.rollingWindowMonths"));
    }

    [TestCase(null)]
    [TestCase(Roles.DepartmentHead)]
    [TestCase(Roles.Physician)]
    [TestCase(Roles.AttendanceSystem)]
    public async Task Only_welfare_and_personnel_officers_change_rules_and_kinds(string? role)
    {
        var client = role is null ? Employee() : InRole(role);
        var rules = await DefaultsAsync();

        var issue = await client.PostAsJsonAsync("/api/v1/overtime/rule-sets", new { effectiveFrom = Today.AddDays(1).ToString("yyyy-MM-dd"), reason = "x", rules });
        var designate = await client.PostAsJsonAsync("/api/v1/overtime/departments/D100/other-driven", new { from = Today.ToString("yyyy-MM-dd"), reason = "x" });

        Assert.That(issue.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(designate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Other_driven_designations_carry_a_reason_and_a_period_and_the_share_is_reported()
    {
        await SeedDepartmentsAsync();
        var from = Today.ToString("yyyy-MM-dd");

        var d100 = await Officer().PostAsJsonAsync("/api/v1/overtime/departments/D100/other-driven", new { from, reason = "災害対応の窓口業務" });
        var overlapping = await Officer().PostAsJsonAsync("/api/v1/overtime/departments/D100/other-driven", new { from = Today.AddDays(10).ToString("yyyy-MM-dd"), reason = "重複" });
        var unknown = await Officer().PostAsJsonAsync("/api/v1/overtime/departments/D404/other-driven", new { from, reason = "x" });
        var kinds = (await Employee().GetFromJsonAsync<JsonElement>("/api/v1/overtime/departments")).GetProperty("items");
        var share = await Officer().GetFromJsonAsync<JsonElement>("/api/v1/overtime/reports/other-driven-share");

        Assert.That(d100.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(overlapping.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var byCode = kinds.EnumerateArray().ToDictionary(k => k.GetProperty("departmentCode").GetString()!, k => k.GetProperty("kind").GetString());
        Assert.That(byCode["D100"], Is.EqualTo("OtherDriven"));
        Assert.That(byCode["D200"], Is.EqualTo("Standard"));
        Assert.That(share.GetProperty("departments").GetInt32(), Is.EqualTo(4));
        Assert.That(share.GetProperty("share").GetDouble(), Is.EqualTo(0.25));
        Assert.That(share.GetProperty("flagged").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Designating_nearly_every_department_is_flagged_and_a_designation_can_end()
    {
        await SeedDepartmentsAsync();
        foreach (var code in new[] { "D000", "D100", "D200" })
        {
            (await Officer().PostAsJsonAsync($"/api/v1/overtime/departments/{code}/other-driven", new { from = Today.ToString("yyyy-MM-dd"), reason = "繁忙" })).EnsureSuccessStatusCode();
        }

        var flagged = await Officer().GetFromJsonAsync<JsonElement>("/api/v1/overtime/reports/other-driven-share");
        var ended = await Officer().PostAsJsonAsync("/api/v1/overtime/departments/D000/other-driven/end", new { lastDay = Today.AddDays(9).ToString("yyyy-MM-dd") });
        var later = await Officer().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/reports/other-driven-share?asOf={Today.AddDays(10):yyyy-MM-dd}");

        Assert.That(flagged.GetProperty("share").GetDouble(), Is.EqualTo(0.75));
        Assert.That(flagged.GetProperty("flagged").GetBoolean(), Is.True);
        Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(later.GetProperty("otherDriven").GetInt32(), Is.EqualTo(2));
    }

    private static async Task SeedDepartmentsAsync()
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(InRole(Roles.PersonnelSystem, "personnel-system", "D900"));
        await DeliverEventsAsync();
    }

    [Test]
    public async Task The_department_list_says_up_to_when_the_module_s_copy_of_the_directory_is_complete()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        await DeliverEventsAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var current = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/overtime/departments");

        var changedAt = Clock.GetUtcNow();
        (await personnel.PostAsJsonAsync("/api/v1/organisation/imports/departments?mode=Delta&asOf=2020-04-01", new[]
        {
            new { departmentCode = "D300", name = "新設課", parentDepartmentCode = "D000", appointingAuthority = "Governor", effectiveFrom = "2000-04-01" },
        })).EnsureSuccessStatusCode();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var behind = await Employee().GetFromJsonAsync<JsonElement>("/api/v1/overtime/departments");

        Assert.That(current.GetProperty("directoryAsOf").GetDateTimeOffset(), Is.EqualTo(changedAt), "current: as of now");
        Assert.That(behind.GetProperty("directoryAsOf").GetDateTimeOffset(), Is.EqualTo(changedAt), "behind: as of the first change it lacks");
        Assert.That(behind.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("departmentCode").GetString()), Does.Not.Contain("D300"));
        var rules = await Officer().GetFromJsonAsync<JsonElement>("/api/v1/overtime/rule-sets");
        Assert.That(rules.TryGetProperty("directoryAsOf", out _), Is.False, "lists without directory data do not carry it");
    }
}
