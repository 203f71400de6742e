using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Platform;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Security;

/// <summary>
/// OWASP API1 (object-level authorization). The table in <c>ObjectLevelTests.*.cs</c> has one row per
/// operation of the contract whose path names a record, a person or a department: either a case (the
/// record is created through the API by its owner, then a caller of the RIGHT role who is not its owner
/// calls the operation and must get 404 — as for a record that does not exist — and change nothing,
/// while the owner's identical call passes the access check), or the stated reason why the path
/// parameter is no per-object secret. A new operation with a path parameter and no row fails.
/// </summary>
public sealed partial class ObjectLevelTests : ApiTest
{
    private static readonly Regex PathParameter = new("{(?<name>[^}:]+)(:[^}]+)?}", RegexOptions.Compiled);

    /// <summary>The whole table, module by module (each partial file adds its rows).</summary>
    public static IReadOnlyList<ObjectCase> Table =>
    [
        .. HarassmentCases, .. OrganisationCases, .. OvertimeCases, .. PeerSupportCases, .. ReturnToWorkCases, .. StressCheckCases,
    ];

    public static IEnumerable<TestCaseData> PerObjectCases() =>
        Table.Where(c => c.Kind == CaseKind.PerObject).Select(c => new TestCaseData(c).SetArgDisplayNames($"{c.OperationId} by {c.Outsider!.Subject}"));

    [Test]
    public void Every_operation_with_a_path_parameter_has_a_row()
    {
        var contract = ContractOperations().Where(o => o.Path.Contains('{', StringComparison.Ordinal)).Select(o => o.OperationId).ToList();
        var rows = Table.Select(c => c.OperationId).Distinct().ToList();

        Assert.That(contract.Except(rows), Is.Empty, "operations taking an id without an object-level row");
        Assert.That(rows.Except(contract), Is.Empty, "rows of operations the contract does not have (or that take no path parameter)");
        Assert.That(Table.GroupBy(c => $"{c.OperationId} by {c.Outsider?.Subject}").Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty,
            "an operation has one row per outsider");
        Assert.That(Table.Where(c => c.Kind != CaseKind.PerObject).Select(c => c.OperationId).Intersect(Table.Where(c => c.Kind == CaseKind.PerObject).Select(c => c.OperationId)),
            Is.Empty, "an operation is either per object or not");
        Assert.That(Table.Where(c => c.Kind != CaseKind.PerObject && string.IsNullOrWhiteSpace(c.Reason)).Select(c => c.OperationId), Is.Empty,
            "a row without a case says why");

        TestContext.Out.WriteLine(
            $"{contract.Count} operations take a path parameter: {Table.Count(c => c.Kind == CaseKind.PerObject)} object-level cases " +
            $"on {Table.Where(c => c.Kind == CaseKind.PerObject).Select(c => c.OperationId).Distinct().Count()} operations, " +
            $"{Table.Count(c => c.Kind == CaseKind.RoleWide)} role-wide, {Table.Count(c => c.Kind == CaseKind.NotSecret)} not a per-object secret.");
    }

    [TestCaseSource(nameof(PerObjectCases))]
    public async Task An_outsider_of_the_right_role_gets_404_and_changes_nothing_while_the_owner_passes(ObjectCase row)
    {
        await SeedAsync();
        var ids = await row.Arrange!();
        var schema = SchemaOf(row.Request!.Path);
        var before = await FingerprintAsync(schema);

        var refused = await SendAsync(row.Outsider!, row.Request, ids);
        var refusedBody = await refused.Content.ReadAsStringAsync();
        Assert.That((int)refused.StatusCode, Is.EqualTo(row.Expected), $"{row.Outsider} on {row.Record}: {refusedBody}");
        Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await FingerprintAsync(schema), Is.EqualTo(before), $"the refused call changed the {schema} schema");
        var traceId = JsonDocument.Parse(refusedBody).RootElement.GetProperty("traceId").GetString();
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM audit.audit_entries WHERE trace_id = '{traceId}' AND outcome = 'Denied'"),
            Is.EqualTo(1), "the refusal must leave exactly one audit entry");

        // The refusal must read exactly like the answer for a record that does not exist.
        var absentIds = ids.ToDictionary(p => p.Key, p => Guid.TryParse(p.Value, out _) ? Guid.NewGuid().ToString() : p.Value);
        if (!absentIds.SequenceEqual(ids))
        {
            var absent = await SendAsync(row.Outsider!, row.Request, absentIds);
            Assert.That(absent.StatusCode, Is.EqualTo(refused.StatusCode), "an absent record answers differently from someone else's");
            Assert.That(Title(await absent.Content.ReadAsStringAsync()), Is.EqualTo(Title(refusedBody)));
        }

        var allowed = await SendAsync(row.Owner!, row.Request, ids);
        Assert.That((int)allowed.StatusCode, Is.Not.AnyOf(400, 401, 403, 404, 405, 415).And.LessThan(500),
            $"the owner {row.Owner} must pass the access check (positive control): {await allowed.Content.ReadAsStringAsync()}");
    }

    // ---- the table's vocabulary ----------------------------------------------------------------

    public enum CaseKind
    {
        /// <summary>A record someone owns: an outsider of the right role is refused.</summary>
        PerObject,

        /// <summary>Every holder of the operation's role acts on every such record (the role matrix covers it).</summary>
        RoleWide,

        /// <summary>The parameter names nothing secret (a day, a public list).</summary>
        NotSecret,
    }

    /// <summary>A caller by token; <paramref name="Who"/> is how the table names them.</summary>
    public sealed record Caller(string Who, string Subject, string Department, params string[] Roles)
    {
        public override string ToString() => Who;
    }

    /// <summary>A request; <c>{name}</c> in the path is replaced by the arranged id of that name.</summary>
    public sealed record Call(string Method, string Path, Func<IReadOnlyDictionary<string, string>, object?>? Body = null, Func<HttpContent>? Raw = null)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    public sealed record ObjectCase(
        string OperationId,
        CaseKind Kind,
        string Record,
        Caller? Owner,
        Caller? Outsider,
        int Expected,
        Func<Task<Dictionary<string, string>>>? Arrange,
        Call? Request,
        string? Reason)
    {
        public override string ToString() => Kind == CaseKind.PerObject
            ? $"{OperationId}: {Record} of {Owner}; {Outsider} → {Expected}"
            : $"{OperationId}: {Kind} — {Reason}";
    }

    private static ObjectCase Case(string operationId, string record, Caller owner, Caller outsider, Func<Task<Dictionary<string, string>>> arrange, Call call, int expected = 404) =>
        new(operationId, CaseKind.PerObject, record, owner, outsider, expected, arrange, call, null);

    private static ObjectCase RoleWide(string operationId, string reason) => new(operationId, CaseKind.RoleWide, string.Empty, null, null, 0, null, null, reason);

    private static ObjectCase NotSecret(string operationId, string reason) => new(operationId, CaseKind.NotSecret, string.Empty, null, null, 0, null, null, reason);

    private static Call Get(string path) => new("GET", path);

    private static Call Post(string path, object? body = null) => new("POST", path, body is null ? null : _ => body);

    private static Call Post(string path, Func<IReadOnlyDictionary<string, string>, object?> body) => new("POST", path, body);

    private static Call Put(string path, object? body = null) => new("PUT", path, body is null ? null : _ => body);

    private static Call Put(string path, Func<IReadOnlyDictionary<string, string>, object?> body) => new("PUT", path, body);

    private static Call Delete(string path) => new("DELETE", path);

    private static Dictionary<string, string> Ids(params (string Name, object Value)[] ids) => ids.ToDictionary(i => i.Name, i => i.Value.ToString()!);

    // ---- the shared directory --------------------------------------------------------------------

    /// <summary>
    /// D100: E1001 (G1, the person concerned), E1002 (G1, colleague), E1003 (G3), R1001 (G2, male), head H100;
    /// D200: E2001 (G1), head H200; D900 (welfare division): counsellors C1 (female), C2 (male), C3 (female,
    /// designated but never assigned), K1 and K2 (G3); X1 of another appointing authority in D200. Everyone
    /// in the directory from 2025-10-01, before the shared clock's start, so nothing here moves the clock.
    /// </summary>
    internal static async Task SeedAsync()
    {
        var personnel = InRole(Roles.PersonnelSystem, "personnel-system", "D900");
        await OrganisationSeed.DepartmentsAndGradesAsync(personnel);
        var report = await OrganisationSeed.EmployeesAsync(personnel, AsOf,
            new SeedEmployee("E1001", "D100"), new SeedEmployee("E1002", "D100"), new SeedEmployee("E1003", "D100", "G3"),
            new SeedEmployee("R1001", "D100", "G2", Sex: "Male"), new SeedEmployee("H100", "D100", "G5"),
            new SeedEmployee("E2001", "D200"), new SeedEmployee("H200", "D200", "G5"),
            new SeedEmployee("C1", "D900", "G3"), new SeedEmployee("C2", "D900", "G3", Sex: "Male"), new SeedEmployee("C3", "D900", "G3"),
            new SeedEmployee("K1", "D900", "G3"), new SeedEmployee("K2", "D900", "G3"));
        var police = new SeedEmployee("X1", "D200", "G2", Sex: "Male").ToRow();
        var row = JsonSerializer.SerializeToNode(police)!.AsObject();
        row["appointingAuthority"] = "PoliceHeadquarters";
        (await personnel.PostAsJsonAsync($"/api/v1/organisation/imports/employees?mode=Delta&asOf={AsOf}", new JsonArray(row))).EnsureSuccessStatusCode();
        Assert.That(report.ToString(), Does.Not.Contain("\"rejected\":[{"));
        foreach (var (department, head) in new[] { ("D100", "H100"), ("D200", "H200") })
        {
            (await InRole(Roles.PersonnelOfficer).PutAsJsonAsync($"/api/v1/organisation/departments/{department}/head",
                new { employeeId = head, effectiveFrom = AsOf })).EnsureSuccessStatusCode();
        }

        await DeliverEventsAsync();
    }

    internal const string AsOf = "2025-10-01";

    internal static readonly Caller HeadD100 = new("head of D100 (H100)", "H100", "D100", Roles.DepartmentHead);
    internal static readonly Caller HeadD200 = new("head of D200 (H200)", "H200", "D200", Roles.DepartmentHead);
    internal static readonly Caller Self = new("employee E1001 (the person concerned)", "E1001", "D100");
    internal static readonly Caller Colleague = new("colleague E1002 of the same department", "E1002", "D100");
    internal static readonly Caller OtherDepartmentEmployee = new("employee E2001 of D200", "E2001", "D200");
    internal static readonly Caller WelfareOfficer = new("welfare officer W1", "W1", "D900", Roles.WelfareOfficer);
    internal static readonly Caller PersonnelOfficer = new("personnel officer P1", "P1", "D900", Roles.PersonnelOfficer);
    internal static readonly Caller PhysicianA = new("physician PA (named / scheduled)", "PA", "D900", Roles.Physician);
    internal static readonly Caller PhysicianB = new("physician PB (not named / not scheduled)", "PB", "D900", Roles.Physician);
    internal static readonly Caller Director = new("program director DIR", "DIR", "D900", Roles.ProgramDirector);

    internal static HttpClient ClientOf(Caller caller) => ClientFor(caller.Subject, caller.Department, caller.Roles, "en");

    internal static async Task<HttpResponseMessage> SendAsync(Caller caller, Call call, IReadOnlyDictionary<string, string> ids)
    {
        var path = PathParameter.Replace(call.Path, m => ids.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);
        Assert.That(path, Does.Not.Contain("{"), $"no id arranged for {call.Path}");
        var request = new HttpRequestMessage(new HttpMethod(call.Method), path);
        if (call.Raw is not null)
        {
            request.Content = call.Raw();
        }
        else if (call.Body?.Invoke(ids) is { } body)
        {
            request.Content = JsonContent.Create(body);
        }

        return await ClientOf(caller).SendAsync(request);
    }

    internal static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That((int)response.StatusCode, Is.InRange(200, 299), await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static Task<JsonElement> OkAsync(Caller caller, string method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
        return OkAsync(ClientOf(caller).SendAsync(request));
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    internal static DateOnly Today => Clock.Today();

    internal static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    internal static string? Title(string problem)
    {
        try
        {
            return JsonNode.Parse(problem)?["title"]?.ToString();
        }
        catch (JsonException)
        {
            return problem;
        }
    }

    internal static string SchemaOf(string path) => path.Split('/')[3] switch
    {
        "peer-support" => "peer_support",
        "return-to-work" => "return_to_work",
        "stress-check" => "stress_check",
        var module => module,
    };

    /// <summary>A digest of every row of every table of the module's schema: equal digests, nothing written.</summary>
    internal static async Task<string> FingerprintAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @s AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        {
            list.Parameters.AddWithValue("s", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digest = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{schema}\".\"{table}\" t", connection);
            digest.Append(table).Append('=').Append(await command.ExecuteScalarAsync()).Append(';');
        }

        return digest.ToString();
    }

    internal static IEnumerable<(string Method, string Path, string OperationId)> ContractOperations()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(ContractTests.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["operationId"] is { } id)
                {
                    yield return (method.ToUpperInvariant(), path, id.ToString());
                }
            }
        }
    }
}
