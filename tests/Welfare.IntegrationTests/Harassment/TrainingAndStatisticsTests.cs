using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Welfare.IntegrationTests.Harassment;

/// <summary>Training (capability 10, 第6条) and statistics with small cells suppressed (capability 11).</summary>
public sealed class TrainingAndStatisticsTests : HarassmentTest
{
    private static int FiscalYear(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    private static object Session(string audience, DateOnly heldOn, bool sogi = true, string[]? kinds = null) => new
    {
        title = "Harassment prevention",
        heldOn,
        audience,
        kinds = kinds ?? ["SexualHarassment", "PowerHarassment"],
        topics = new[] { "Definitions", "Sexual orientation and gender identity", "Where to consult" },
        coversSexualOrientationAndGenderIdentity = sogi,
    };

    [Test]
    public async Task Sexual_harassment_training_covers_sexual_orientation_and_gender_identity()
    {
        var refused = await WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions", Session("AllStaff", Today, sogi: false));
        var power = await WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions", Session("AllStaff", Today, sogi: false, kinds: ["PowerHarassment"]));
        var session = await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions", Session("AllStaff", Today)));

        await AssertRuleAsync(refused, HttpStatusCode.UnprocessableEntity, "harassment.training-sogi-required");
        Assert.That(power.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(session.GetProperty("topics").EnumerateArray().Select(t => t.GetString()), Does.Contain("Sexual orientation and gender identity"));
        var year = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/training-sessions?fiscalYear={FiscalYear(Today)}"))).GetProperty("items");
        Assert.That(year.GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task New_employees_and_new_supervisors_who_have_not_attended_are_listed()
    {
        await ImportAsync(Today, Row("N1", "D100", "Female", joinedOn: Today.AddDays(-20).ToString("yyyy-MM-dd")),
            Row("N2", "D200", "Male", joinedOn: Today.AddDays(-20).ToString("yyyy-MM-dd")), Row("R1", "D100", "Male", "G3"));
        await DeliverEventsAsync();
        var planned = await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions", Session("NewEmployees", Today.AddDays(7))));
        var early = await WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions/{planned.GetProperty("id").GetGuid()}/attendance", new { employeeIds = new[] { "N1" } });
        var held = await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions", Session("NewEmployees", Today)));
        await OkAsync(WelfareOfficer().PostAsJsonAsync($"{Base}/training-sessions/{held.GetProperty("id").GetGuid()}/attendance", new { employeeIds = new[] { "N1", "N1" } }));

        var employees = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/training/untrained?audience=NewEmployees"))).GetProperty("items");
        var supervisors = (await OkAsync(WelfareOfficer().GetAsync($"{Base}/training/untrained?audience=NewSupervisors"))).GetProperty("items");

        await AssertRuleAsync(early, HttpStatusCode.UnprocessableEntity, "harassment.training-not-held-yet");
        Assert.That(employees.EnumerateArray().Select(e => e.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "N2" }));
        Assert.That(supervisors.EnumerateArray().Select(e => e.GetProperty("employeeId").GetString()), Is.EqualTo(new[] { "R1" }), "R1 became 係長 (G3) today");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM harassment.training_attendance"), Is.EqualTo(1));
    }

    [Test]
    public async Task Statistics_count_per_kind_and_suppress_small_cells()
    {
        await OkAsync(WelfareOfficer().PutAsJsonAsync($"{Base}/settings", new { followUpDays = new[] { 30 }, minimumCellSize = 2, supervisorGradeRank = 3, newPeriodMonths = 12 }));
        await ReceiveAsync();
        await ReceiveAsync(Complaint(source: "Witness", complainant: "W1", personHarassed: "E1"));
        var emergency = await ReceiveAsync(Complaint(kinds: [new { kind = "SexualHarassment" }, new { kind = "PowerHarassment" }]));
        await OkAsync(Counselor().PostAsJsonAsync($"{Base}/complaints/{emergency}/emergency-notices", new { reason = "SeriousSituation", complainantObjected = false, note = "Serious." }));

        var stats = await OkAsync(WelfareOfficer().GetAsync($"{Base}/statistics?fiscalYear={FiscalYear(Today)}"));
        var rows = stats.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("kind").ValueKind == JsonValueKind.Null ? "Total" : r.GetProperty("kind").GetString()!);

        Assert.That(rows["PowerHarassment"].GetProperty("complaints").GetInt32(), Is.EqualTo(3));
        Assert.That(rows["SexualHarassment"].GetProperty("complaints").ValueKind, Is.EqualTo(JsonValueKind.Null), "1 < 2: suppressed");
        Assert.That(rows["PregnancyChildcareCareHarassment"].GetProperty("complaints").GetInt32(), Is.Zero);
        Assert.That(rows["Total"].GetProperty("complaints").GetInt32(), Is.EqualTo(3));
        Assert.That(rows["Total"].GetProperty("sources").GetProperty("PersonHarassed").GetInt32(), Is.EqualTo(2));
        Assert.That(rows["Total"].GetProperty("sources").GetProperty("Witness").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(rows["Total"].GetProperty("emergencies").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(stats.ToString(), Does.Not.Contain("E1").And.Not.Contain("R1"));
        var refused = await Counselor().GetAsync($"{Base}/statistics?fiscalYear={FiscalYear(Today)}");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
