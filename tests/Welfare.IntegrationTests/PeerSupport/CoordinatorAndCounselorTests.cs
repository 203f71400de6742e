using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>Capabilities 2 and 3: coordinators with Form 2, the external counsellor registry.</summary>
public sealed class CoordinatorAndCounselorTests : PeerSupportTest
{
    [Test]
    public async Task The_first_coordinator_comes_from_the_welfare_division_and_gets_the_form_2_notice()
    {
        var outsideFirst = await WelfareOfficer().PostAsJsonAsync($"{Base}/coordinators", new { employeeId = "E8901", contact = "内線 901" });
        var inside = await DesignateCoordinatorAsync("E8900");
        var outside = await DesignateCoordinatorAsync("E8901");
        var twice = await WelfareOfficer().PostAsJsonAsync($"{Base}/coordinators", new { employeeId = "E8901", contact = "内線 901" });

        Assert.That(await CodeAsync(outsideFirst, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.welfare-division-coordinator-first"));
        Assert.That(inside.GetProperty("coordinator").GetProperty("inWelfareDivision").GetBoolean(), Is.True);
        Assert.That(inside.GetProperty("notice").GetProperty("form").GetInt32(), Is.EqualTo(2));
        Assert.That(outside.GetProperty("coordinator").GetProperty("inWelfareDivision").GetBoolean(), Is.False);
        Assert.That(await CodeAsync(twice, HttpStatusCode.Conflict), Is.EqualTo("peer-support.coordinator-already-designated"));
    }

    [Test]
    public async Task The_welfare_divisions_last_coordinator_cannot_be_released()
    {
        var first = (await DesignateCoordinatorAsync("E8900")).GetProperty("coordinator").GetProperty("id").GetGuid();
        var outside = (await DesignateCoordinatorAsync("E8901")).GetProperty("coordinator").GetProperty("id").GetGuid();

        var last = await WelfareOfficer().PostAsJsonAsync($"{Base}/coordinators/{first}/release", new { });
        var other = await WelfareOfficer().PostAsJsonAsync($"{Base}/coordinators/{outside}/release", new { });
        var notices = (await Employee("E8901", "D200").GetFromJsonAsync<JsonElement>($"{Base}/my/notices")).GetProperty("items");

        Assert.That(await CodeAsync(last, HttpStatusCode.UnprocessableEntity), Is.EqualTo("peer-support.last-welfare-division-coordinator"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(notices.EnumerateArray().Select(n => (n.GetProperty("form").GetInt32(), n.GetProperty("change").GetString())),
            Is.EqualTo(new[] { (2, "Release"), (2, "Designation") }));
    }

    [Test]
    public async Task Supporters_and_coordinators_see_the_coordinators_other_employees_do_not()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();

        var bySupporter = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/coordinators")).GetProperty("items");
        var byCoordinator = await Coordinator().GetAsync($"{Base}/coordinators");
        var byEmployee = await Colleague().GetAsync($"{Base}/coordinators");
        var byHead = await Head().GetAsync($"{Base}/coordinators");

        Assert.That(bySupporter.EnumerateArray().Select(c => c.GetProperty("contact").GetString()), Is.EqualTo(new[] { "内線 900" }));
        Assert.That(byCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byHead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Welfare_officers_keep_the_counsellor_registry_that_supporters_and_coordinators_consult()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();
        var lawyer = await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", new
        {
            name = "架空法律事務所 弁護士A", field = "Legal", mentalHealth = false, paid = true, feeNote = "30分5,000円", contact = "096-000-0000", availability = "平日 9-17時",
        }));
        await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", new
        {
            name = "架空クリニック 医師B", field = "Medical", mentalHealth = true, paid = false, contact = "096-000-0001", availability = "火・木 13-16時",
        }));
        var updated = await WelfareOfficer().PutAsJsonAsync($"{Base}/external-counselors/{lawyer.GetProperty("id").GetGuid()}", new
        {
            name = "架空法律事務所 弁護士A", field = "Legal", mentalHealth = false, paid = true, feeNote = "初回無料、以後30分5,000円", contact = "096-000-0000",
            availability = "平日 9-17時", active = true,
        });

        var all = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/external-counselors")).GetProperty("items");
        var mental = (await Coordinator().GetFromJsonAsync<JsonElement>($"{Base}/external-counselors?mentalHealth=true")).GetProperty("items");
        var employee = await Colleague().GetAsync($"{Base}/external-counselors");
        var badField = await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", new
        {
            name = "架空税理士C", field = "Tax", mentalHealth = true, paid = true, contact = "x", availability = "x",
        });

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(all.EnumerateArray().Select(c => (c.GetProperty("field").GetString(), c.GetProperty("paid").GetBoolean())),
            Is.EquivalentTo(new[] { ("Legal", true), ("Medical", false) }));
        Assert.That(all.EnumerateArray().Single(c => c.GetProperty("field").GetString() == "Legal").GetProperty("feeNote").GetString(), Is.EqualTo("初回無料、以後30分5,000円"));
        Assert.That(mental.EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "架空クリニック 医師B" }));
        Assert.That(employee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(badField.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "mental health only in the medical field");
    }
}
