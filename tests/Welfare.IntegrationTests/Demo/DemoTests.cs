using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using Welfare.Demo;
using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel;

namespace Welfare.IntegrationTests.Demo;

/// <summary>
/// `scripts/run.sh --demo` promises, per demo user, three things to try in Swagger UI: the loader runs here
/// against the test host, and every promised request must answer with the demo data it names. The folder
/// sorts before Overtime, so the shared clock is read, never moved.
/// </summary>
public sealed class DemoTests : ApiTest
{
    // The loader is a real client: it names the versions of the records it changes itself.
    private static DemoLoader Loader() =>
        new(user => ClientFor(user.EmployeeId, user.Department, user.Roles, "en", currentVersions: false), _ => DeliverEventsAsync(), Clock.Today(), TestContext.Progress.WriteLine);

    private static async Task<HttpResponseMessage> TryAsync(DemoUser user, ThingToTry thing)
    {
        var client = ClientFor(user.EmployeeId, user.Department, user.Roles, "en");
        using var request = new HttpRequestMessage(new HttpMethod(thing.Method), thing.Path);
        if (thing.Body is not null)
        {
            request.Content = new StringContent(thing.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(thing.ContentType!);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string?[]> StatusesAsync(DemoUser user, string path)
    {
        var list = await ClientFor(user.EmployeeId, user.Department, user.Roles).GetFromJsonAsync<JsonElement>(path);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString())];
    }

    private static Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT count(*) FROM {table}");

    [Test]
    public async Task The_demo_is_coherent_with_today_and_every_thing_to_try_shows_its_user_demo_data()
    {
        var today = Clock.Today();
        var outcome = await Loader().LoadAsync();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

        Assert.That(await CountAsync("organisation.departments"), Is.EqualTo(6));
        Assert.That(await CountAsync("organisation.employees"), Is.EqualTo(45));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM organisation.employees WHERE name_kanji LIKE '見本 %' OR name_kanji LIKE '試行 %'"), Is.GreaterThan(0));
        Assert.That(await ScalarAsync<long>($"SELECT count(DISTINCT employee_id) FROM overtime.excess_analyses WHERE year = {lastMonth.Year} AND month = {lastMonth.Month}"),
            Is.GreaterThanOrEqualTo(8), "a quarter of the staff went over the 45-hour month");
        Assert.That(await ScalarAsync<DateOnly>("SELECT max(work_date) FROM overtime.working_time_records"), Is.LessThan(today));
        Assert.That(await StatusesAsync(DemoOrganisation.WelfareOfficer, "/api/v1/stress-check/campaigns"), Is.EqualTo(new[] { "Open" }));
        Assert.That(await CountAsync("stress_check.submissions"), Is.EqualTo(30));
        Assert.That(await CountAsync("peer_support.consultations"), Is.EqualTo(2));
        Assert.That(await StatusesAsync(DemoOrganisation.DepartmentHead, "/api/v1/return-to-work/pre-returns"), Is.EqualTo(new[] { "Reviewed" }));
        Assert.That(await StatusesAsync(DemoOrganisation.HarassmentCounselor, "/api/v1/harassment/complaints"), Is.EqualTo(new[] { "Intake" }));
        Assert.That(outcome.Facts, Has.Count.EqualTo(6));

        Assert.That(outcome.Guides.Select(g => g.User.Roles.Length == 0 ? g.User.EmployeeId : g.User.Roles[0]),
            Is.SupersetOf(new[] { "E0001", "department-head", "supervisor", "welfare-officer", "personnel-officer", "physician", "program-director", "auditor", "personnel-system", "attendance-system" }));
        foreach (var guide in outcome.Guides)
        {
            Assert.That(guide.Things, Has.Count.EqualTo(3), guide.User.Title);
            foreach (var thing in guide.Things)
            {
                using var response = await TryAsync(guide.User, thing);
                var body = await response.Content.ReadAsStringAsync();
                Assert.That((int)response.StatusCode, Is.InRange(200, 201), $"{guide.User.Title}: {thing.Operation}: {body}");
                Assert.That(body, Does.Contain(thing.Expect), $"{guide.User.Title}: {thing.Operation} should show {thing.Expect}");
            }
        }
    }

    [Test]
    public async Task A_second_run_adds_nothing_and_promises_the_same_records()
    {
        var first = await Loader().LoadAsync();
        string[] tables =
        [
            "organisation.employees", "organisation.department_heads", "overtime.working_time_records", "overtime.excess_analyses", "stress_check.campaigns",
            "stress_check.submissions", "stress_check.result_consents", "peer_support.workplaces", "peer_support.supporter_designations",
            "peer_support.consultations", "return_to_work.leave_cases", "return_to_work.pre_returns", "harassment.counselors", "harassment.complaints",
        ];
        var before = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            before[table] = await CountAsync(table);
        }

        var second = await Loader().LoadAsync();

        Assert.That(second.DirectoryExisted, Is.True);
        foreach (var table in tables)
        {
            Assert.That(await CountAsync(table), Is.EqualTo(before[table]), table);
        }

        Assert.That(second.Guides.SelectMany(g => g.Things.Select(t => t.Path)).Where(p => !p.Contains("/overtime/imports/records/", StringComparison.Ordinal)),
            Is.EqualTo(first.Guides.SelectMany(g => g.Things.Select(t => t.Path)).Where(p => !p.Contains("/overtime/imports/records/", StringComparison.Ordinal))));
    }
}
