using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.PeerSupport;

/// <summary>
/// Part 7 of issue #21: supporters (第4-5(2): made known to the department's staff) and coordinators (第4-1(2)ウ: made
/// known to every supporter) are shown by name, from the directory, to those the seed means; nobody else learns a name.
/// The names are synthetic.
/// </summary>
public sealed class FindingPeopleTests : PeerSupportTest
{
    [SetUp]
    public async Task NameThemAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.EmployeesAsync(personnel, Today.ToString("yyyy-MM-dd"),
            new SeedEmployee("E8000", "D100", NameKanji: "見本 一郎", NameKana: "ミホン イチロウ"),
            new SeedEmployee("E8001", "D100", NameKanji: "試行 二郎", NameKana: "シコウ ジロウ"),
            new SeedEmployee("E8900", "D900", "G3", NameKanji: "架空 三子", NameKana: "カクウ ミツコ"));
        await DeliverEventsAsync();
    }

    [Test]
    public async Task The_departments_staff_find_their_supporters_by_name_with_the_department()
    {
        await SupportersAsync();

        var page = await Colleague().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/supporters");
        var seen = page.GetProperty("items");

        Assert.That(seen.EnumerateArray().Select(s => s.GetProperty("person").GetProperty("nameKanji").GetString()), Is.EqualTo(new[] { "見本 一郎", "試行 二郎" }));
        Assert.That(seen[0].GetProperty("person").GetProperty("nameKana").GetString(), Is.EqualTo("ミホン イチロウ"));
        Assert.That(seen[0].GetProperty("person").GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(seen[0].GetProperty("person").GetProperty("departmentName").GetString(), Is.EqualTo("総務課"));
        Assert.That(seen[0].GetProperty("employeeId").GetString(), Is.EqualTo("E8000"), "the staff number stays");
        Assert.That(page.TryGetProperty("directoryAsOf", out _), Is.True, "a list that shows directory data says how fresh it is");
    }

    [TestCase("見本", "E8000")]
    [TestCase("見本一郎", "E8000")]
    [TestCase("しこう", "E8001")]
    [TestCase("ジロウ", "E8001")]
    [TestCase("E8001", "E8001")]
    [TestCase("該当なし", null)]
    public async Task A_supporter_is_found_by_part_of_the_name_in_kanji_or_kana_or_by_staff_number(string search, string? expected)
    {
        await SupportersAsync();

        var found = (await Colleague().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/supporters?search={Uri.EscapeDataString(search)}")).GetProperty("items");

        Assert.That(found.EnumerateArray().Select(s => s.GetProperty("employeeId").GetString()), Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { expected }));
    }

    [Test]
    public async Task The_head_coordinators_and_welfare_officers_see_the_names_too_and_other_departments_see_nothing()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();

        foreach (var (caller, who) in new[] { (Head(), "head"), (Coordinator(), "coordinator"), (WelfareOfficer(), "welfare officer") })
        {
            var items = (await caller.GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/supporters")).GetProperty("items");
            Assert.That(items[0].GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("見本 一郎"), who);
        }

        var workplaces = (await Head().GetFromJsonAsync<JsonElement>($"{Base}/departments/D100/workplaces")).GetProperty("items");
        Assert.That(workplaces[0].GetProperty("supporters")[0].GetProperty("person").GetProperty("nameKana").GetString(), Is.EqualTo("ミホン イチロウ"));

        foreach (var (caller, who) in new[] { (Outsider(), "employee of D200"), (OtherHead(), "head of D200"), (Personnel(), "personnel officer") })
        {
            var response = await caller.GetAsync($"{Base}/departments/D100/supporters?search={Uri.EscapeDataString("見本")}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), who);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("見本").And.Not.Contain("E8000"), who);
        }
    }

    [Test]
    public async Task Supporters_find_the_coordinators_by_name_and_other_employees_learn_none()
    {
        await SupportersAsync();
        await DesignateCoordinatorAsync();

        var bySupporter = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/coordinators?search={Uri.EscapeDataString("かくう")}")).GetProperty("items");
        var none = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/coordinators?search={Uri.EscapeDataString("見本")}")).GetProperty("items");
        var byEmployee = await Colleague().GetAsync($"{Base}/coordinators");

        Assert.That(bySupporter.GetArrayLength(), Is.EqualTo(1));
        Assert.That(bySupporter[0].GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("架空 三子"));
        Assert.That(bySupporter[0].GetProperty("person").GetProperty("departmentName").GetString(), Is.EqualTo("厚生課"));
        Assert.That(none.GetArrayLength(), Is.Zero);
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await byEmployee.Content.ReadAsStringAsync(), Does.Not.Contain("架空"));
    }

    [Test]
    public async Task The_designation_answers_carry_the_name_for_the_head_and_the_welfare_officer()
    {
        var workplace = await WorkplaceAsync();

        var supporter = await DesignateAsync(workplace, "E8000");
        var coordinator = await DesignateCoordinatorAsync();

        Assert.That(supporter.GetProperty("supporter").GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("見本 一郎"));
        Assert.That(coordinator.GetProperty("coordinator").GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("架空 三子"));
    }

    [Test]
    public async Task External_counsellors_are_found_by_their_registry_name_by_supporters_only()
    {
        await SupportersAsync();
        foreach (var (name, field) in new[] { ("架空法律事務所 弁護士A", "Legal"), ("架空クリニック 医師B", "Medical") })
        {
            await CreatedAsync(await WelfareOfficer().PostAsJsonAsync($"{Base}/external-counselors", new
            {
                name, field, mentalHealth = false, paid = false, contact = "096-000-0000", availability = "平日 9-17時",
            }));
        }

        var found = (await Supporter().GetFromJsonAsync<JsonElement>($"{Base}/external-counselors?search={Uri.EscapeDataString("弁護士")}")).GetProperty("items");
        var byEmployee = await Colleague().GetAsync($"{Base}/external-counselors?search={Uri.EscapeDataString("弁護士")}");

        Assert.That(found.EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "架空法律事務所 弁護士A" }));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
