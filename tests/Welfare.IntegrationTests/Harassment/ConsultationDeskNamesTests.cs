using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>
/// Part 7 of issue #21: the desk listed counsellors by staff number only, and an employee cannot look a staff number
/// up. 第7条 makes the consultation system known to employees: they now see each counsellor's name and department,
/// from the directory; a caller the directory does not know as an employee in service sees staff numbers only, and
/// cannot probe names by searching. The names are synthetic.
/// </summary>
public sealed class ConsultationDeskNamesTests : HarassmentTest
{
    [SetUp]
    public async Task NameTheCounsellorsAsync()
    {
        await ImportAsync(Today, Named("C1", "Female", "架空 一子", "カクウ イチコ"), Named("C2", "Male", "見本 二郎", "ミホン ジロウ"),
            Named("W2", "Male", "試験 太郎", "シケン タロウ", "D200", "Left"));
        await DeliverEventsAsync();
    }

    private static object Named(string id, string sex, string kanji, string kana, string department = "D900", string? status = null) => new
    {
        employeeId = id,
        nameKanji = kanji,
        nameKana = kana,
        sex,
        gradeCode = department == "D900" ? "G3" : "G1",
        employmentType = "Regular",
        appointingAuthority = "Governor",
        departmentCode = department,
        status,
        joinedOn = "2015-04-01",
        effectiveDate = (string?)null,
    };

    private static Dictionary<string, JsonElement> Counselors(JsonElement desk) =>
        desk.GetProperty("counselors").EnumerateArray().ToDictionary(c => c.GetProperty("employeeId").GetString()!, c => c.GetProperty("person"));

    [Test]
    public async Task An_employee_sees_each_counsellor_by_name_kana_and_department_with_the_staff_number_and_sex()
    {
        var desk = await OkAsync(Person("E1").GetAsync($"{Base}/consultation-desk"));

        var c1 = desk.GetProperty("counselors")[0];
        Assert.That(c1.GetProperty("employeeId").GetString(), Is.EqualTo("C1"));
        Assert.That(c1.GetProperty("sex").GetString(), Is.EqualTo("Female"));
        Assert.That(c1.GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("架空 一子"));
        Assert.That(c1.GetProperty("person").GetProperty("nameKana").GetString(), Is.EqualTo("カクウ イチコ"));
        Assert.That(c1.GetProperty("person").GetProperty("departmentName").GetString(), Is.EqualTo("厚生課"));
        Assert.That(Counselors(desk)["C2"].GetProperty("nameKanji").GetString(), Is.EqualTo("見本 二郎"));
        Assert.That(desk.TryGetProperty("directoryAsOf", out _), Is.True);
    }

    [TestCase("見本", "C2")]
    [TestCase("いちこ", "C1")]
    [TestCase("カクウイチコ", "C1")]
    [TestCase("C3", "C3")]
    public async Task An_employee_finds_a_counsellor_by_part_of_the_name_or_the_staff_number(string search, string expected)
    {
        var desk = await OkAsync(Person("E1").GetAsync($"{Base}/consultation-desk?search={Uri.EscapeDataString(search)}"));

        Assert.That(Counselors(desk).Keys, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public async Task Respondents_supervisors_and_heads_are_employees_too_and_see_the_names()
    {
        foreach (var (id, roles) in new[] { ("R1", Array.Empty<string>()), ("S1", new[] { Roles.Supervisor }), ("H1", new[] { Roles.DepartmentHead }) })
        {
            var desk = await OkAsync(Person(id, "D100", roles).GetAsync($"{Base}/consultation-desk"));
            Assert.That(Counselors(desk)["C1"].GetProperty("nameKanji").GetString(), Is.EqualTo("架空 一子"), id);
        }
    }

    [Test]
    public async Task A_caller_the_directory_does_not_know_in_service_sees_staff_numbers_only_and_cannot_probe_names()
    {
        foreach (var (caller, who) in new[] { (Person("NOBODY", "D100"), "not in the directory"), (Person("W2", "D200"), "left") })
        {
            var desk = await OkAsync(caller.GetAsync($"{Base}/consultation-desk"));
            var byName = await OkAsync(caller.GetAsync($"{Base}/consultation-desk?search={Uri.EscapeDataString("架空")}"));
            var byNumber = await OkAsync(caller.GetAsync($"{Base}/consultation-desk?search=C1"));

            Assert.That(Counselors(desk).Keys, Is.EqualTo(new[] { "C1", "C2", "C3" }), who);
            Assert.That(Counselors(desk).Values.Select(p => p.ValueKind), Is.All.EqualTo(JsonValueKind.Null), who);
            Assert.That(byName.GetProperty("counselors").GetArrayLength(), Is.Zero, who);
            Assert.That(Counselors(byNumber).Keys, Is.EqualTo(new[] { "C1" }), who);
            Assert.That(desk.GetRawText() + byName.GetRawText(), Does.Not.Contain("架空").And.Not.Contain("カクウ"), who);
        }
    }

    [Test]
    public async Task Machine_clients_get_no_desk_at_all()
    {
        foreach (var role in new[] { Roles.PersonnelSystem, Roles.AttendanceSystem })
        {
            var response = await InRole(role, role, "D900").GetAsync($"{Base}/consultation-desk");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
    }

    [Test]
    public async Task The_welfare_officer_keeps_the_register_by_name_and_sees_the_published_desk_with_names()
    {
        var register = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/counselors?search={Uri.EscapeDataString("ミホン")}"))).GetProperty("items");
        var published = await OkAsync(WelfareOfficer().PutAsJsonAsync($"{Base}/consultation-desk", new
        {
            entries = new[] { new { place = "Welfare division, room 3", hours = "Weekdays 9:00-17:00", contact = (string?)null, note = (string?)null } },
        }));

        Assert.That(register.EnumerateArray().Select(c => c.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "C2" }));
        Assert.That(register[0].GetProperty("person").GetProperty("nameKanji").GetString(), Is.EqualTo("見本 二郎"));
        Assert.That(Counselors(published)["C1"].GetProperty("nameKana").GetString(), Is.EqualTo("カクウ イチコ"));
    }
}
