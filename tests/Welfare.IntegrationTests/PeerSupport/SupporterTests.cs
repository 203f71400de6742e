using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capability 1: workplaces and supporters, Forms 1 and 3, the department's list of its supporters.</summary>
public sealed class SupporterTests : PeerSupportTest
{
    [Test]
    public async Task The_head_designates_supporters_with_the_notice_and_a_report_listing_all_current_ones()
    {
        var workplace = await WorkplaceAsync();
        var second = await WorkplaceAsync(name: "第2執務室");

        var first = await DesignateAsync(workplace, "E8000");
        var change = await DesignateAsync(second, "E8001");

        Assert.That(first.GetProperty("notice").GetProperty("form").GetInt32(), Is.EqualTo(1));
        Assert.That(first.GetProperty("notice").GetProperty("employeeId").GetString(), Is.EqualTo("E8000"));
        Assert.That(first.GetProperty("notice").GetProperty("change").GetString(), Is.EqualTo("Designation"));
        var report = change.GetProperty("report");
        Assert.That(report.GetProperty("form").GetInt32(), Is.EqualTo(3));
        Assert.That(report.GetProperty("supporters").EnumerateArray().Select(s => s.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E8000", "E8001" }));
        Assert.That(report.GetProperty("supporters")[1].GetProperty("workplaceName").GetString(), Is.EqualTo("第2執務室"));
        var reports = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/designation-reports")).GetProperty("items");
        Assert.That(reports.GetArrayLength(), Is.EqualTo(2));
        var notices = (await Employee("E8000", "D100").GetFromJsonAsync<JsonElement>($"{Base}/my/notices")).GetProperty("items");
        Assert.That(notices.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_departments_employees_see_who_their_supporters_are_and_how_to_reach_them()
    {
        await SupportersAsync();

        var seen = (await Colleague().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/supporters")).GetProperty("items");
        var byWelfare = await WelfareOfficer().GetAsync($"{Base}/departments/D100/supporters");
        var outsider = await Outsider().GetAsync($"{Base}/departments/D100/supporters");

        Assert.That(seen.EnumerateArray().Select(s => s.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E8000", "E8001" }));
        Assert.That(seen[0].GetProperty("contact").GetString(), Is.EqualTo("内線 000"));
        Assert.That(byWelfare.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(outsider.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Designating_someone_twice_for_one_workplace_is_a_conflict_and_changes_nothing()
    {
        var workplace = await WorkplaceAsync();
        await DesignateAsync(workplace, "E8000");

        var again = await Head("en").PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8000", contact = "内線 999" });

        Assert.That(await CodeAsync(again, HttpStatusCode.Conflict), Is.EqualTo("peer-support.supporter-already-designated"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.supporter_designations"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.designation_reports"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.designation_notices"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_release_hands_a_notice_and_reports_the_remaining_supporters()
    {
        var workplace = await WorkplaceAsync();
        var designation = (await DesignateAsync(workplace, "E8000")).GetProperty("supporter").GetProperty("designationId").GetGuid();
        await DesignateAsync(workplace, "E8001");

        var release = await Head().PostAsJsonAsync($"{Base}/supporters/{designation}/release", new { reason = "異動のため" });
        var body = await release.Content.ReadFromJsonAsync<JsonElement>();
        var again = await Head().PostAsJsonAsync($"{Base}/supporters/{designation}/release", new { });
        var list = (await Colleague().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/supporters")).GetProperty("items");
        var notices = (await Employee("E8000", "D100").GetFromJsonAsync<JsonElement>($"{Base}/my/notices")).GetProperty("items");

        Assert.That(release.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("notice").GetProperty("change").GetString(), Is.EqualTo("Release"));
        Assert.That(body.GetProperty("report").GetProperty("supporters").EnumerateArray().Select(s => s.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E8001" }));
        Assert.That(await CodeAsync(again, HttpStatusCode.Conflict), Is.EqualTo("peer-support.supporter-already-released"));
        Assert.That(list.EnumerateArray().Select(s => s.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "E8001" }));
        Assert.That(notices.EnumerateArray().Select(n => n.GetProperty("change").GetString()), Is.EqualTo(new[] { "Release", "Designation" }));
    }

    [Test]
    public async Task A_workplace_without_a_supporter_is_flagged_until_one_is_designated_or_a_reason_recorded()
    {
        var workplace = await WorkplaceAsync();
        var second = await WorkplaceAsync(name: "倉庫詰所");
        await DesignateAsync(workplace, "E8000");

        var before = (await Head().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/workplaces")).GetProperty("items");
        var reason = await Head().PutAsJsonAsync($"{Base}/workplaces/{second}/no-supporter-reason", new { reason = "常駐職員1名のため第1執務室のサポーターが兼ねる" });
        var after = (await WelfareOfficer().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/workplaces")).GetProperty("items");

        Assert.That(before.EnumerateArray().Select(w => (w.GetProperty("name").GetString(), w.GetProperty("needsSupporter").GetBoolean())),
            Is.EquivalentTo(new[] { ("第1執務室", false), ("倉庫詰所", true) }));
        Assert.That(reason.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.EnumerateArray().All(w => !w.GetProperty("needsSupporter").GetBoolean()), Is.True);
    }

    [Test]
    public async Task Only_the_departments_head_registers_workplaces_and_designates_staff_of_that_department()
    {
        var workplace = await WorkplaceAsync();

        var otherHead = await OtherHead().PostAsJsonAsync($"{Base}/departments/D100/workplaces", new { name = "別室" });
        var otherHeadDesignates = await OtherHead().PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8201", contact = "x" });
        var employee = await Colleague().PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8003", contact = "x" });
        var welfare = await WelfareOfficer().PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8003", contact = "x" });
        var outsiderStaff = await Head().PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8201", contact = "x" });
        var himself = await Head().PostAsJsonAsync($"{Base}/workplaces/{workplace}/supporters", new { employeeId = "E8100", contact = "x" });
        var otherHeadReads = await OtherHead().GetAsync($"{Base}/departments/D100/workplaces");

        Assert.That(otherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(otherHeadDesignates.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(employee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(welfare.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CodeAsync(outsiderStaff, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.supporter-not-in-department"));
        Assert.That(await CodeAsync(himself, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.head-cannot-be-supporter"));
        Assert.That(otherHeadReads.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM peer_support.supporter_designations"), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE action = 'supporter.designate' AND outcome = 'Denied'"), Is.EqualTo(3));
    }
}
