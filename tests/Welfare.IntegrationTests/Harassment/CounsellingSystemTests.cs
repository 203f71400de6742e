using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Kinds with sub-kinds (capability 1) and the counselling system (capability 2, 第7条).</summary>
public sealed class CounsellingSystemTests : HarassmentTest
{
    [Test]
    public async Task Every_employee_reads_the_kinds_with_the_grounds_of_the_2021_amendment()
    {
        var kinds = await OkAsync(Person("E1").GetAsync($"{Base}/kinds"));

        Assert.That(kinds.EnumerateArray().Select(k => k.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { "SexualHarassment", "PregnancyChildcareCareHarassment", "PowerHarassment" }));
        var subKinds = kinds[1].GetProperty("subKinds").EnumerateArray().ToDictionary(s => s.GetProperty("subKind").GetString()!, s => s.GetProperty("group").GetString());
        Assert.That(subKinds["FertilityTreatment"], Is.EqualTo("Circumstance"));
        Assert.That(subKinds["FertilitySupportLeave"], Is.EqualTo("PregnancyMeasure"));
        Assert.That(subKinds["ChildcareLeave"], Is.EqualTo("ChildcareMeasure"));
        Assert.That(subKinds["ShortTermCareLeave"], Is.EqualTo("CareMeasure"));
        Assert.That(kinds[0].GetProperty("subKinds").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_welfare_officer_publishes_the_desk_and_every_employee_sees_it_with_the_counsellors_sex()
    {
        await OkAsync(WelfareOfficer().PutAsJsonAsync($"{Base}/consultation-desk", new
        {
            entries = new[]
            {
                new { place = "Welfare division, room 3", hours = "Weekdays 9:00-17:00", contact = (string?)"ext. 1234", note = (string?)null },
                new { place = "Branch office meeting room", hours = "Tuesdays 13:00-16:00", contact = (string?)null, note = (string?)"Booking needed" },
            },
        }));

        var desk = await OkAsync(Person("E1").GetAsync($"{Base}/consultation-desk"));

        Assert.That(desk.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("place").GetString()),
            Is.EqualTo(new[] { "Welfare division, room 3", "Branch office meeting room" }));
        Assert.That(desk.GetProperty("counselors").EnumerateArray().Select(c => $"{c.GetProperty("employeeId").GetString()}:{c.GetProperty("sex").GetString()}"),
            Is.EqualTo(new[] { "C1:Female", "C2:Male", "C3:Female" }));
    }

    [Test]
    public async Task A_released_counsellor_leaves_the_desk_and_cannot_be_designated_twice_while_active()
    {
        var register = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/counselors"))).GetProperty("items");
        var c3 = register.EnumerateArray().Single(c => c.GetProperty("employeeId").GetString() == "C3").GetProperty("id").GetGuid();

        var twice = await WelfareOfficer().PostAsJsonAsync($"{Base}/counselors", new { employeeId = "C1", sex = "Female" });
        await AssertRuleAsync(twice, HttpStatusCode.Conflict, "harassment.counselor-already-designated");
        var stranger = await WelfareOfficer().PostAsJsonAsync($"{Base}/counselors", new { employeeId = "NOBODY", sex = "Male" });
        await AssertRuleAsync(stranger, HttpStatusCode.UnprocessableEntity, "harassment.counselor-not-an-employee");

        await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/counselors/{c3}/release", new { }));
        var desk = await OkAsync(Person("E1").GetAsync($"{Base}/consultation-desk"));

        Assert.That(desk.GetProperty("counselors").EnumerateArray().Select(c => c.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "C1", "C2" }));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.counselors"), Is.EqualTo(3));
    }

    [Test]
    public async Task Only_the_welfare_officer_designates_and_publishes()
    {
        foreach (var role in new[] { Roles.PersonnelOfficer, Roles.DepartmentHead, Roles.Supervisor })
        {
            var designate = await InRole(role).PostAsJsonAsync($"{Base}/counselors", new { employeeId = "W1", sex = "Female" });
            var desk = await InRole(role).PutAsJsonAsync($"{Base}/consultation-desk", new { entries = new[] { new { place = "x", hours = "y" } } });
            Assert.That((designate.StatusCode, desk.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)), role);
        }

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.counselors"), Is.EqualTo(3));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.consultation_desk_entries"), Is.Zero);
    }
}
