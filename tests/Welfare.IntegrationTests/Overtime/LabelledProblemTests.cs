using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>A value outside a closed set is answered with the values the field takes and what each means.</summary>
public sealed class LabelledProblemTests : OvertimeTest
{
    [Test]
    public async Task An_unknown_enum_value_in_a_body_lists_the_values_with_their_labels()
    {
        var japanese = await RecordAsync("E7000", MonthStart, "18:00", "20:00", source: "Fax");
        var english = await InRole(Roles.AttendanceSystem, "attendance-system", "D900", "en").PostAsJsonAsync("/api/v1/overtime/employees/E7000/records",
            new { source = "Fax", externalId = "x", workDate = "2026-01-05", startedAt = "2026-01-05T18:00:00+09:00", endedAt = "2026-01-05T20:00:00+09:00" });

        Assert.That(japanese.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorAsync(japanese, "source"), Does.Contain("次のいずれかを指定してください").And.Contain("TimeCard（タイムカード）").And.Contain("SelfReport（自己申告）"));
        Assert.That(await ErrorAsync(english, "source"), Does.Contain("Use one of").And.Contain("TimeCard (Time card)"));
    }

    [Test]
    public async Task An_unknown_choice_in_a_query_lists_the_choices_with_their_labels()
    {
        var response = await InRole(Roles.WelfareOfficer).GetAsync("/api/v1/overtime/statistics?fiscalYear=2025&format=xml");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorAsync(response, "format"), Does.Contain("json（JSON形式）").And.Contain("csv（CSV形式）"));
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }
}
