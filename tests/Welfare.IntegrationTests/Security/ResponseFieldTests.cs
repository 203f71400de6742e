using System.Net.Http.Json;
using System.Text.Json;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.SharedKernel;
using O = Welfare.IntegrationTests.Security.ObjectLevelTests;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API3 (excessive data exposure): for representative sensitive reads of every module, per role that
/// may read them, the set of JSON field paths of the response equals the committed snapshot in
/// <c>response-fields.json</c>, so a field newly shown to a role is a reviewed diff. A path ending in
/// <c>=null</c> is a part the role is shown as withheld. Regenerate after a deliberate change with
/// <c>WELFARE_UPDATE_RESPONSE_FIELDS=1</c> and review the diff against the modules' disclosure tables.
/// </summary>
public sealed partial class ResponseFieldTests : ApiTest
{
    private static readonly string SnapshotFile = Path.Combine(ContractTests.RepositoryRoot(), "tests", "Welfare.IntegrationTests", "Security", "response-fields.json");

    /// <summary>A read by one caller: the snapshot key names the module, the read and the role.</summary>
    public sealed record Read(string Key, O.Caller Caller, string Path);

    public sealed record Scenario(string Module, Func<Task<Dictionary<string, string>>> Arrange, Read[] Reads)
    {
        public override string ToString() => Module;
    }

    private static readonly O.Caller Staff = new("implementation staff K1", "K1", "D900");
    private static readonly O.Caller Supporter = new("supporter E1003", "E1003", "D100");
    private static readonly O.Caller Coordinator = new("coordinator K1", "K1", "D900");
    private static readonly O.Caller Counselor = new("assigned counsellor C1", "C1", "D900");
    private static readonly O.Caller SupportOfficer = new("support officer E1003", "E1003", "D100");
    private static readonly O.Caller Unknown = new("token subject X9999 the directory does not know", "X9999", "D100");

    public static IEnumerable<TestCaseData> Scenarios() => new[]
    {
        new Scenario("StressCheck", O.OpinionIssuedAsync,
        [
            new("stress-check GET my/result — employee", O.Self, "/api/v1/stress-check/campaigns/{campaign}/my/result"),
            new("stress-check GET results/{employee} — implementer", O.PhysicianA, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET results/{employee} — implementation staff", Staff, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET results/{employee} — welfare officer (consent: full result)", O.WelfareOfficer, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET results/{employee} — department head (consent: full result)", O.HeadD100, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET interviews/{employee} — implementer", O.PhysicianA, "/api/v1/stress-check/campaigns/{campaign}/interviews/E1001"),
            new("stress-check GET interviews/{employee} — implementation staff", Staff, "/api/v1/stress-check/campaigns/{campaign}/interviews/E1001"),
            new("stress-check GET interviews/{employee} — welfare officer", O.WelfareOfficer, "/api/v1/stress-check/campaigns/{campaign}/interviews/E1001"),
            new("stress-check GET interviews/{employee} — department head", O.HeadD100, "/api/v1/stress-check/campaigns/{campaign}/interviews/E1001"),
            new("stress-check GET my/interview — employee", O.Self, "/api/v1/stress-check/campaigns/{campaign}/my/interview"),
        ]),
        new Scenario("StressCheck, consent scope high stress only", () => O.CampaignAsync("HighStressOnly"),
        [
            new("stress-check GET results/{employee} — welfare officer (consent: high stress only)", O.WelfareOfficer, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET results/{employee} — department head (consent: high stress only)", O.HeadD100, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
            new("stress-check GET results/{employee} — implementer (consent: high stress only)", O.PhysicianA, "/api/v1/stress-check/campaigns/{campaign}/results/E1001"),
        ]),
        new Scenario("Harassment", HarassmentReferredAsync,
        [
            new("harassment GET complaints/{id} — assigned counsellor", Counselor, "/api/v1/harassment/complaints/{complaint}"),
            new("harassment GET complaints/{id} — personnel officer (after an emergency notice)", O.PersonnelOfficer, "/api/v1/harassment/complaints/{complaint}"),
            new("harassment GET me/complaints — complainant", O.Self, "/api/v1/harassment/me/complaints"),
            new("harassment GET emergency-notices — welfare officer", O.WelfareOfficer, "/api/v1/harassment/emergency-notices"),
            new("harassment GET consultation-desk — employee", O.Self, "/api/v1/harassment/consultation-desk"),
            new("harassment GET consultation-desk — caller the directory does not know", Unknown, "/api/v1/harassment/consultation-desk"),
        ]),
        new Scenario("PeerSupport", O.GuidanceRequestAsync,
        [
            new("peer-support GET consultations/{id} — recording supporter", Supporter, "/api/v1/peer-support/consultations/{consultation}"),
            new("peer-support GET consultations/{id} — subject employee", O.Self, "/api/v1/peer-support/consultations/{consultation}"),
            new("peer-support GET guidance-requests — coordinator addressed", Coordinator, "/api/v1/peer-support/guidance-requests"),
            new("peer-support GET departments/{code}/supporters — colleague", O.Colleague, "/api/v1/peer-support/departments/D100/supporters"),
            new("peer-support GET coordinators — supporter", Supporter, "/api/v1/peer-support/coordinators"),
        ]),
        new Scenario("ReturnToWork", PreReturnWithEveryPartAsync,
        [
            new("return-to-work GET pre-returns/{id} — participant", O.Self, "/api/v1/return-to-work/pre-returns/{case}"),
            new("return-to-work GET pre-returns/{id} — department head", O.HeadD100, "/api/v1/return-to-work/pre-returns/{case}"),
            new("return-to-work GET pre-returns/{id} — support officer", SupportOfficer, "/api/v1/return-to-work/pre-returns/{case}"),
            new("return-to-work GET pre-returns/{id} — physician", O.PhysicianA, "/api/v1/return-to-work/pre-returns/{case}"),
            new("return-to-work GET pre-returns/{id} — welfare officer", O.WelfareOfficer, "/api/v1/return-to-work/pre-returns/{case}"),
            new("return-to-work GET pre-returns/{id} — program director", O.Director, "/api/v1/return-to-work/pre-returns/{case}"),
        ]),
        new Scenario("Overtime", OvertimeOpinionAsync,
        [
            new("overtime GET interviews/{id} — welfare officer", O.WelfareOfficer, "/api/v1/overtime/interviews/{interview}"),
            new("overtime GET interviews/{id} — department head", O.HeadD100, "/api/v1/overtime/interviews/{interview}"),
            new("overtime GET me/interviews — employee", O.Self, "/api/v1/overtime/me/interviews"),
            new("overtime GET employees/{id}/limits — department head", O.HeadD100, "/api/v1/overtime/employees/E1001/limits?year=2026&month=2"),
            new("overtime GET me/limits — employee", O.Self, "/api/v1/overtime/me/limits?year=2026&month=2"),
            new("overtime GET employees/{id}/caps — department head", O.HeadD100, "/api/v1/overtime/employees/E1001/caps"),
        ]),
        new Scenario("Organisation", O.NoRecordAsync,
        [
            new("organisation GET employees/{id} — the employee", O.Self, "/api/v1/organisation/employees/E1001"),
            new("organisation GET employees/{id} — department head", O.HeadD100, "/api/v1/organisation/employees/E1001"),
            new("organisation GET employees/{id} — welfare officer", O.WelfareOfficer, "/api/v1/organisation/employees/E1001"),
            new("organisation GET departments/{code}/staff — department head", O.HeadD100, "/api/v1/organisation/departments/D100/staff"),
        ]),
    }.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Module));

    [TestCaseSource(nameof(Scenarios))]
    public async Task Each_role_sees_exactly_the_snapshotted_fields(Scenario scenario)
    {
        await O.SeedAsync();
        var ids = await scenario.Arrange();
        var actual = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var unaudited = new List<string>();
        foreach (var read in scenario.Reads)
        {
            var path = ids.Aggregate(read.Path, (p, id) => p.Replace($"{{{id.Key}}}", id.Value, StringComparison.Ordinal));
            var auditedBefore = await AllowedEntriesAsync();
            var response = await O.ClientOf(read.Caller).GetAsync(path);
            var audited = await AllowedEntriesAsync() - auditedBefore;
            if (SensitiveRecord().IsMatch(read.Path) && audited != 1)
            {
                unaudited.Add($"{read.Key}: {audited} audit entries");
            }

            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{read.Key}: {await response.Content.ReadAsStringAsync()}");
            var fields = new SortedSet<string>(StringComparer.Ordinal);
            Collect(await response.Content.ReadFromJsonAsync<JsonElement>(), string.Empty, fields);
            actual[read.Key] = [.. fields];
        }

        var snapshot = File.Exists(SnapshotFile)
            ? JsonSerializer.Deserialize<SortedDictionary<string, string[]>>(await File.ReadAllTextAsync(SnapshotFile))!
            : new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("WELFARE_UPDATE_RESPONSE_FIELDS") == "1")
        {
            foreach (var (key, fields) in actual)
            {
                snapshot[key] = fields;
            }

            await File.WriteAllTextAsync(SnapshotFile, JsonSerializer.Serialize(snapshot, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var differences = new List<string>();
        foreach (var (key, fields) in actual)
        {
            var expected = snapshot.GetValueOrDefault(key) ?? [];
            differences.AddRange(fields.Except(expected).Select(f => $"{key}: new field {f}"));
            differences.AddRange(expected.Except(fields).Select(f => $"{key}: missing field {f}"));
        }

        Assert.That(differences, Is.Empty, "responses differ from response-fields.json: review against the module's disclosure table");
        Assert.That(unaudited, Is.Empty, "a read of one sensitive record must leave exactly one audit entry");
    }

    [Test]
    public async Task The_audit_trail_has_no_column_for_content()
    {
        var columns = await ScalarAsync<string>(
            "SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_schema = 'audit' AND table_name = 'audit_entries'");

        Assert.That(columns.Split(','), Is.EquivalentTo(new[]
        {
            "action", "actor_id", "actor_roles", "id", "module", "occurred_at", "outcome", "record_id", "record_type", "trace_id",
        }));
    }

    private static Task<long> AllowedEntriesAsync() => ScalarAsync<long>("SELECT count(*) FROM audit.audit_entries WHERE outcome = 'Allowed'");

    /// <summary>Reads of one health, consultation or complaint record (lists and directory reads are not such a read).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"/(results/E\d+|interviews/E\d+|my/result|my/interview|complaints/\{complaint\}|consultations/\{consultation\}|pre-returns/\{case\}|overtime/interviews/\{interview\})$")]
    private static partial System.Text.RegularExpressions.Regex SensitiveRecord();

    [Test]
    public void Every_snapshot_entry_is_still_read()
    {
        var keys = Scenarios().SelectMany(c => ((Scenario)c.Arguments[0]!).Reads).Select(r => r.Key).ToList();
        var snapshot = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(SnapshotFile))!;
        Assert.That(snapshot.Keys.Except(keys), Is.Empty, "stale snapshot entries");
        Assert.That(keys.Except(snapshot.Keys), Is.Empty, "reads without a snapshot");
        TestContext.Out.WriteLine($"{snapshot.Count} snapshot entries, {snapshot.Values.Sum(v => v.Length)} field paths.");
    }

    /// <summary>Field paths: objects by name, array elements as <c>[]</c> (the union over elements), null values as <c>=null</c>.</summary>
    private static void Collect(JsonElement element, string path, SortedSet<string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        fields.Add($"{child}=null");
                    }
                    else
                    {
                        fields.Add(child);
                        Collect(property.Value, child, fields);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, $"{path}[]", fields);
                }

                break;
        }
    }

    /// <summary>A running pre-return with a log, a programme interview, a contact and a cancellation request, so every part has content.</summary>
    private static async Task<Dictionary<string, string>> PreReturnWithEveryPartAsync()
    {
        var ids = await O.RunningPreReturnAsync();
        var path = $"/api/v1/return-to-work/pre-returns/{ids["case"]}";
        var today = O.Day(Clock.Today());
        await O.OkAsync(O.PhysicianA, "POST", $"{path}/interviews", new { heldOn = today, notes = "回復傾向（架空）" });
        await O.OkAsync(O.Self, "PUT", $"{path}/contact-consent", new { attendingPhysician = false, family = true });
        await O.OkAsync(SupportOfficer, "POST", $"{path}/contacts", new { party = "Family", contactedOn = today, summary = "家族に連絡（架空）" });
        await O.OkAsync(SupportOfficer, "POST", $"{path}/logs/{today}/review", new { report = "着実に作業（架空）" });
        await O.OkAsync(O.HeadD100, "POST", $"{path}/change-requests", new { kind = "Cancellation", reason = "ParticipantCannotBear", explanation = "負担が大きい（架空）", newPlan = (object?)null });
        return ids;
    }

    /// <summary>A confirmed complaint with an emergency notice, which opens it to the personnel officer.</summary>
    private static async Task<Dictionary<string, string>> HarassmentReferredAsync()
    {
        var ids = await O.ConfirmedComplaintAsync();
        await O.OkAsync(Counselor, "POST", $"/api/v1/harassment/complaints/{ids["complaint"]}/emergency-notices",
            new { reason = "PossibleSelfHarm", complainantObjected = false, note = "架空の記録" });
        return ids;
    }

    /// <summary>E1001's long-hours interview held by PA with an opinion.</summary>
    private static async Task<Dictionary<string, string>> OvertimeOpinionAsync()
    {
        var ids = await O.ScheduledInterviewAsync();
        var today = Clock.Today();
        await O.OkAsync(O.PhysicianA, "PUT", $"/api/v1/overtime/interviews/{ids["interview"]}/opinion", new
        {
            heldOn = O.Day(today), changeOfPlace = false, changeOfDuties = false, leave = false, shorterHours = true, fewerNightShifts = false,
            overtimeCapHours = (double?)null, overtimeForbidden = true, measuresFrom = O.Day(today.AddDays(1)), measuresTo = (string?)null,
            noMeasuresNeeded = false, nextInterviewUnnecessary = true, note = "架空の所見",
        });
        return ids;
    }
}
