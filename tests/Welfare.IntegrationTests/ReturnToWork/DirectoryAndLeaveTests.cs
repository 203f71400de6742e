using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.ReturnToWork;

/// <summary>The module's copy of the directory (grades, departments, heads) and the personnel system's leave batches.</summary>
public sealed class DirectoryAndLeaveTests : ReturnToWorkTest
{
    [Test]
    public async Task Promotions_transfers_and_heads_from_the_directory_decide_who_may_act()
    {
        var (id, _) = await ReviewedCaseAsync();
        await OkAsync(await Director().PostAsJsonAsync($"{Base}/pre-returns/{id}/decision", new { approved = true, remarks = "ok" }));
        await AssertProblemAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = "E8002" }),
            HttpStatusCode.UnprocessableEntity, "return-to-work.support-officer-grade-too-low");

        await OrganisationSeed.EmployeesAsync(Personnel(), Iso(Today), new SeedEmployee("E8002", "D100", "G4", EffectiveDate: Iso(Today)),
            new SeedEmployee("E8001", "D200", EffectiveDate: Iso(Today)));
        await DeliverEventsAsync();

        var designated = await OkAsync(await Head().PutAsJsonAsync($"{Base}/pre-returns/{id}/support-officer", new { employeeId = "E8002" }));
        Assert.That(designated.GetProperty("supportOfficerId").GetString(), Is.EqualTo("E8002"), "promoted to G4, at least G3");

        // The head as the directory knows them, whatever department their token names.
        var seconded = ClientFor("E8100", "D999", [Roles.DepartmentHead]);
        Assert.That((await seconded.GetAsync($"{Base}/pre-returns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ClientFor("E8101", "D999", [Roles.DepartmentHead]).GetAsync($"{Base}/pre-returns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // E8001 moved to D200: its head now sees their leave, D100's head no longer.
        await OkAsync(await RecordLeaveAsync("E8001", "LeaveOfAbsence", Today, null));
        Assert.That((await OtherHead().GetAsync($"{Base}/employees/E8001/leave-cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Head().GetAsync($"{Base}/employees/E8001/leave-cases")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await OtherHead().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = "E8001" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_leave_batch_stores_good_rows_reports_bad_ones_and_updates_by_reference()
    {
        object Row(string employeeId, string reference, DateOnly start, DateOnly? expectedEnd, DateOnly? ended = null) => new
        {
            employeeId, kind = "LongSickLeave", startedOn = Iso(start), expectedEndOn = expectedEnd is null ? null : Iso(expectedEnd.Value),
            endedOn = ended is null ? null : Iso(ended.Value), reference,
        };

        var first = await OkAsync(await Personnel().PostAsJsonAsync($"{Base}/imports/leave-cases", new
        {
            rows = new[] { Row(Participant, "R1", Today.AddDays(-30), Today.AddDays(30)), Row("E0404", "R2", Today, null), Row("E8001", "R3", Today, Today.AddDays(-1)) },
        }));
        Assert.That(first.GetProperty("created").GetInt32(), Is.EqualTo(1));
        Assert.That(first.GetProperty("rejected").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()}:{r.GetProperty("code").GetString()}"),
            Is.EqualTo(new[] { "2:return-to-work.employee-unknown", "3:return-to-work.leave-period-reversed" }));

        var second = await OkAsync(await Personnel().PostAsJsonAsync($"{Base}/imports/leave-cases", new
        {
            rows = new[] { Row(Participant, "R1", Today.AddDays(-30), Today.AddDays(30), Today.AddDays(-1)) },
        }));
        Assert.That(second.GetProperty("updated").GetInt32(), Is.EqualTo(1));
        var leaves = (await Welfare().GetFromJsonAsync<JsonElement>($"{Base}/employees/{Participant}/leave-cases")).GetProperty("items");
        Assert.That(leaves.GetArrayLength(), Is.EqualTo(1));
        Assert.That(leaves[0].GetProperty("qualifies").GetBoolean(), Is.False, "the leave ended yesterday");
        await AssertProblemAsync(await Head().PostAsJsonAsync($"{Base}/pre-returns", new { employeeId = Participant }), HttpStatusCode.UnprocessableEntity, "return-to-work.not-on-qualifying-leave");
        await AssertProblemAsync(await Personnel().PostAsJsonAsync($"{Base}/imports/leave-cases", new { rows = (object[]?)null }), HttpStatusCode.BadRequest);
    }
}
