using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

public sealed class OrderTests : OvertimeTest
{
    private static Task<HttpResponseMessage> OrderAsync(HttpClient client, DateOnly day, string start, string end, string? special = null, string employeeId = "E7000") =>
        client.PostAsJsonAsync("/api/v1/overtime/orders", new
        {
            employeeId,
            workDate = day.ToString("yyyy-MM-dd"),
            plannedStart = start,
            plannedEnd = end,
            reason = "議会答弁資料の作成",
            specialBusiness = special,
        });

    [Test]
    public async Task The_department_head_orders_in_advance_and_only_for_their_staff()
    {
        var day = Weekday(3);

        var given = await OrderAsync(Head(), day, "17:15", "19:15");
        var byOtherHead = await OrderAsync(OtherHead(), day, "17:15", "19:15");
        var byEmployee = await OrderAsync(Employee("E7000"), day, "17:15", "19:15");
        var byOfficer = await OrderAsync(InRole(Roles.PersonnelOfficer), day, "17:15", "19:15");
        var listed = (await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/departments/D100/orders?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).GetProperty("items");
        var order = await given.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(given.StatusCode, Is.EqualTo(HttpStatusCode.Created), order.ToString());
        Assert.That(order.GetProperty("plannedHours").GetDouble(), Is.EqualTo(2));
        Assert.That(order.GetProperty("warnings").GetArrayLength(), Is.Zero);
        Assert.That(byOtherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byEmployee.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(listed.GetArrayLength(), Is.EqualTo(1));
        Assert.That((await OtherHead().GetAsync($"/api/v1/overtime/departments/D100/orders?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Orders_straining_the_rest_interval_rule_are_warned_or_refused()
    {
        var day = Weekday(3);

        var late = await (await OrderAsync(Head(), day, "17:15", "21:30")).Content.ReadFromJsonAsync<JsonElement>();
        var pastTen = await OrderAsync(Head(), Weekday(4), "17:15", "22:30");
        var overlapping = await OrderAsync(Head(), day, "18:00", "19:00");
        var tooLate = await OrderAsync(Head(), MonthStart.AddDays(-4), "17:15", "18:15");

        Assert.That(late.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Is.EquivalentTo(new[] { "ordered-past-cutoff", "ordered-too-long" }));
        Assert.That(pastTen.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(pastTen)).GetProperty("code").GetString(), Is.EqualTo("overtime.order-past-prohibition"));
        Assert.That(overlapping.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(tooLate.StatusCode, Is.AnyOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.NotFound), "before the employee joined or beyond the window");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.overtime_orders"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_order_recorded_later_than_the_window_allows_is_refused()
    {
        AdvanceTo(Weekday(10), 9, 0);

        var withinWindow = await OrderAsync(Head(), Weekday(10).AddDays(-3), "17:15", "18:15");
        var beyond = await OrderAsync(Head(), Weekday(10).AddDays(-4), "17:15", "18:15");

        Assert.That(withinWindow.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(beyond.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(beyond)).GetProperty("code").GetString(), Is.EqualTo("overtime.order-too-late"));
    }

    [Test]
    public async Task An_order_beyond_the_monthly_limit_needs_special_business_and_opens_an_excess_analysis()
    {
        await WorkWeekendsAsync("E7000", 7); // 43.75 h
        var day = Weekday(15);

        var ordinary = await OrderAsync(Head(), day, "17:15", "19:15");
        var special = await OrderAsync(Head(), day, "17:15", "19:15", special: "Parliament");
        var order = await special.Content.ReadFromJsonAsync<JsonElement>();
        var analysisId = order.GetProperty("excessAnalyses")[0].GetGuid();
        var analysis = await Head().GetFromJsonAsync<JsonElement>($"/api/v1/overtime/excess-analyses/{analysisId}");
        var fiscalYear = MonthStart.Month >= 4 ? MonthStart.Year : MonthStart.Year - 1;

        Assert.That(ordinary.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(ordinary)).GetProperty("code").GetString(), Is.EqualTo("overtime.order-beyond-limit"));
        Assert.That(special.StatusCode, Is.EqualTo(HttpStatusCode.Created), order.ToString());
        Assert.That(analysis.GetProperty("limit").GetString(), Is.EqualTo("month"));
        Assert.That(analysis.GetProperty("limitHours").GetDouble(), Is.EqualTo(45));
        Assert.That(analysis.GetProperty("hours").GetDouble(), Is.EqualTo(45.75));
        Assert.That(analysis.GetProperty("departmentCode").GetString(), Is.EqualTo("D100"));
        Assert.That(analysis.GetProperty("dueOn").GetString(), Is.EqualTo($"{fiscalYear + 1}-09-30"));
        Assert.That(analysis.GetProperty("status").GetString(), Is.EqualTo("Open"));
        Assert.That((await OtherHead().GetAsync($"/api/v1/overtime/excess-analyses/{analysisId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_personal_cap_refuses_ordinary_orders_above_it()
    {
        await ExecuteAsync($"""
            INSERT INTO overtime.personal_caps (id, employee_id, valid_from, valid_to, monthly_hours, source, source_reference, set_at)
            VALUES ('{Guid.NewGuid()}', 'E7000', '{MonthStart:yyyy-MM-dd}', NULL, 0, 'PostReturn', 'test', now())
            """);

        var ordinary = await OrderAsync(Head(), Weekday(3), "17:15", "18:15");
        var special = await (await OrderAsync(Head(), Weekday(3), "17:15", "18:15", special: "Disaster")).Content.ReadFromJsonAsync<JsonElement>();
        var colleague = await OrderAsync(Head(), Weekday(3), "17:15", "18:15", employeeId: "E7100");

        Assert.That(ordinary.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await ProblemAsync(ordinary)).GetProperty("detail").GetString(), Does.Contain("personal-cap"));
        Assert.That(special.GetProperty("excessAnalyses").GetArrayLength(), Is.EqualTo(1));
        Assert.That(await ScalarAsync<string>("SELECT \"limit\" FROM overtime.excess_analyses"), Is.EqualTo("personal-cap"));
        Assert.That(colleague.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_cancelled_order_stays_as_history_and_frees_its_hours()
    {
        var day = Weekday(3);
        var order = await (await OrderAsync(Head(), day, "17:15", "19:15")).Content.ReadFromJsonAsync<JsonElement>();
        var id = order.GetProperty("id").GetGuid();

        var byOtherHead = await OtherHead().PostAsync($"/api/v1/overtime/orders/{id}/cancel", null);
        var cancelled = await Head().PostAsync($"/api/v1/overtime/orders/{id}/cancel", null);
        var again = await Head().PostAsync($"/api/v1/overtime/orders/{id}/cancel", null);
        var replacement = await OrderAsync(Head(), day, "17:15", "19:15");

        Assert.That(byOtherHead.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(replacement.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM overtime.overtime_orders"), Is.EqualTo(2));
    }
}
