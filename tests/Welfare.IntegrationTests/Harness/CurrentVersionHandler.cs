using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Npgsql;

namespace Welfare.IntegrationTests.Harness;

/// <summary>
/// Plays a front end that read the record just before changing it (docs/adr/0011): a change of an editable
/// record sent without If-Match gets the record's current version, read from the database so that no extra
/// read shows in the audit trail. Where If-Match is optional (departments, a complaint's counsellors) it adds
/// none, as a client that cannot read the record would. Tests of the version rules themselves name their versions (or none, with
/// <see cref="EntityTags.SendJsonAsync"/>), which this handler leaves as they are; the demo loader's clients
/// go without it, as the loader must send its versions itself.
/// </summary>
public sealed partial class CurrentVersionHandler : DelegatingHandler
{
    /// <summary>Set on a request that must go out exactly as the test wrote it.</summary>
    public static readonly HttpRequestOptionsKey<bool> AsWritten = new("welfare.as-written");

    // The editable records a change URL belongs to, most specific first (a campaign's interview before the campaign).
    private static readonly (Regex Path, string Sql)[] Records =
    [
        (PreReturn(), "SELECT xmin::text FROM return_to_work.pre_returns WHERE id = @id::uuid"),
        (Complaint(), "SELECT xmin::text FROM harassment.complaints WHERE id = @id::uuid"),
        (HarassmentSettings(), "SELECT xmin::text FROM harassment.settings WHERE id = 1"),
        (StressCheckInterview(), "SELECT xmin::text FROM stress_check.interviews WHERE campaign_id = @id::uuid AND employee_id = @employee"),
        (Campaign(), "SELECT xmin::text FROM stress_check.campaigns WHERE id = @id::uuid"),
        (LongHoursInterview(), "SELECT xmin::text FROM overtime.long_hours_interviews WHERE id = @id::uuid"),
        (ExcessAnalysis(), "SELECT xmin::text FROM overtime.excess_analyses WHERE id = @id::uuid"),
        (Consultation(), "SELECT xmin::text FROM peer_support.consultations WHERE id = @id::uuid"),
        (ExternalCounselor(), "SELECT xmin::text FROM peer_support.external_counselors WHERE id = @id::uuid"),
    ];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Headers.IfMatch.Count == 0
            && !(request.Options.TryGetValue(AsWritten, out var asWritten) && asWritten)
            && await CurrentTagAsync(request.RequestUri!, cancellationToken) is { } tag)
        {
            request.Headers.IfMatch.Add(tag);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<EntityTagHeaderValue?> CurrentTagAsync(Uri uri, CancellationToken cancellationToken)
    {
        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        foreach (var (pattern, sql) in Records)
        {
            if (pattern.Match(Uri.UnescapeDataString(path)) is not { Success: true } match)
            {
                continue;
            }

            await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", match.Groups["id"].Value);
            command.Parameters.AddWithValue("employee", match.Groups["employee"].Value);
            return await command.ExecuteScalarAsync(cancellationToken) is string version ? new EntityTagHeaderValue($"\"{version}\"") : null;
        }

        return null;
    }

    [GeneratedRegex("^/api/v1/return-to-work/pre-returns/(?<id>[0-9a-f-]{36})/")]
    private static partial Regex PreReturn();

    [GeneratedRegex("^/api/v1/harassment/complaints/(?<id>[0-9a-f-]{36})/")]
    private static partial Regex Complaint();

    [GeneratedRegex("^/api/v1/harassment/settings$")]
    private static partial Regex HarassmentSettings();

    [GeneratedRegex("^/api/v1/stress-check/campaigns/(?<id>[0-9a-f-]{36})/interviews/(?<employee>[^/]+)/")]
    private static partial Regex StressCheckInterview();

    [GeneratedRegex("^/api/v1/stress-check/campaigns/(?<id>[0-9a-f-]{36})/")]
    private static partial Regex Campaign();

    [GeneratedRegex("^/api/v1/overtime/(me/)?interviews/(?<id>[0-9a-f-]{36})/")]
    private static partial Regex LongHoursInterview();

    [GeneratedRegex("^/api/v1/overtime/excess-analyses/(?<id>[0-9a-f-]{36})/")]
    private static partial Regex ExcessAnalysis();

    [GeneratedRegex("^/api/v1/peer-support/consultations/(?<id>[0-9a-f-]{36})(/|$)")]
    private static partial Regex Consultation();

    [GeneratedRegex("^/api/v1/peer-support/external-counselors/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ExternalCounselor();
}
