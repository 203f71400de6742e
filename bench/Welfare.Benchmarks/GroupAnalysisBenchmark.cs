using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Welfare.Modules.StressCheck.Application;
using Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Scoring;
using Welfare.Modules.StressCheck.Infrastructure;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Benchmarks;

/// <summary>
/// Group analysis of every department over N stored responses: through the module (facade, pipeline,
/// LINQ aggregation, risk computation) against one hand-written SQL query on the same data, same run.
/// </summary>
internal static class GroupAnalysisBenchmark
{
    private const string Physician = "E3001";

    public static async Task<int> RunAsync(string connectionString, int responses, int departments, int repetitions)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Welfare"] = connectionString,
            ["Outbox:RelayEnabled"] = "false",
        }).Build();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<ICurrentUser, Implementer>();
        services.AddWelfarePlatform(configuration);
        services.AddModuleStressCheck(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateWelfareDatabaseAsync();

        var campaign = await SeedAsync(connectionString, responses, departments);

        var module = new List<double>();
        var sql = new List<double>();
        int moduleGroups = 0, sqlGroups = 0;
        for (var i = 0; i < repetitions; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var scope = provider.CreateAsyncScope())
            {
                // The list is paged: the largest page (the hand-written SQL below reads every department).
                var analyses = await scope.ServiceProvider.GetRequiredService<IStressCheckModule>()
                    .ExecuteQueryAsync(new GetGroupAnalysesQuery(campaign, new PageRequest(1, PageRequest.MaxPageSize)));
                moduleGroups = analyses.Items.Count;
            }

            module.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            sqlGroups = await HandWrittenSqlAsync(connectionString, campaign);
            sql.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // The first round warms up connections and query plans on both sides.
        double Median(List<double> t) => t.Skip(1).Order().ElementAt((t.Count - 1) / 2);
        Console.WriteLine($"group analysis, {responses:N0} responses in {departments} departments, {repetitions - 1} measured rounds:");
        Console.WriteLine($"  module (facade → LINQ → risks): median {Median(module):0} ms  ({moduleGroups} departments)");
        Console.WriteLine($"  hand-written SQL:               median {Median(sql):0} ms  ({sqlGroups} department×sex rows)");
        Console.WriteLine($"  ratio module / SQL: {Median(module) / Median(sql):0.00} (goal ≤ 1.50)");
        return 0;
    }

    private static async Task<int> HandWrittenSqlAsync(string connectionString, Guid campaign)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var means = string.Join(", ", Enumerable.Range(1, 19).Select(i => $"avg(raw_scores[{i}])"));
        await using var command = new NpgsqlCommand(
            $"SELECT department_code, sex, count(*), count(*) FILTER (WHERE high_stress), {means} " +
            "FROM stress_check.submissions WHERE campaign_id = @c AND is_latest GROUP BY department_code, sex", connection);
        command.Parameters.AddWithValue("c", campaign);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    private static async Task<Guid> SeedAsync(string connectionString, int responses, int departments)
    {
        var campaign = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO stress_check.campaigns (id, fiscal_year, opens_on, closes_on, minimum_group_size, consent_scope, interview_request_counts_as_consent, " +
            "committee_decision_reference, created_by, status, implementers, implementation_staff, target_departments, target_employment_types, " +
            "scoring_method, criteria_stress_reaction, criteria_factors_and_support, criteria_stress_reaction_with_factors) " +
            "VALUES (@id, 2026, '2026-06-01', '2026-06-30', 10, 'FullResult', false, 'bench', 'bench', 'Open', @impl, '{}', '{}', '{}', 'Sum', 77, 76, 63)",
            connection))
        {
            insert.Parameters.AddWithValue("id", campaign);
            insert.Parameters.AddWithValue("impl", new[] { Physician });
            await insert.ExecuteNonQueryAsync();
        }

        var started = Stopwatch.GetTimestamp();
        var random = new Random(57);
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY stress_check.submissions (id, campaign_id, employee_id, submitted_at, sex, department_code, answers, method, domain_a, domain_b, domain_c, " +
            "high_stress, raw_scores, levels, is_latest, retain_until) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < responses; i++)
            {
                var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
                var answers = Answers.From(Enumerable.Range(0, Bjsq57.ItemCount).Select(_ => random.Next(1, 5)).ToArray());
                var result = StressScoring.Score(answers, sex, HighStressCriteria.SumDefault);
                await importer.StartRowAsync();
                await importer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await importer.WriteAsync(campaign, NpgsqlDbType.Uuid);
                await importer.WriteAsync($"B{i:0000000}", NpgsqlDbType.Varchar);
                await importer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(sex.ToString(), NpgsqlDbType.Varchar);
                await importer.WriteAsync($"D{i % departments:000}", NpgsqlDbType.Varchar);
                await importer.WriteAsync(answers.Values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await importer.WriteAsync("Sum", NpgsqlDbType.Varchar);
                await importer.WriteAsync(result.DomainA, NpgsqlDbType.Integer);
                await importer.WriteAsync(result.DomainB, NpgsqlDbType.Integer);
                await importer.WriteAsync(result.DomainC, NpgsqlDbType.Integer);
                await importer.WriteAsync(result.HighStress, NpgsqlDbType.Boolean);
                await importer.WriteAsync(result.Scales.Select(s => s.Raw).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await importer.WriteAsync(result.Scales.Select(s => s.Level).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await importer.WriteAsync(true, NpgsqlDbType.Boolean);
                await importer.WriteAsync(new DateOnly(2031, 6, 1), NpgsqlDbType.Date);
            }

            await importer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE stress_check.submissions", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"seeded {responses:N0} scored responses in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        return campaign;
    }

    private sealed class Implementer : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string Id => Physician;

        public string? Department => "D900";

        public IReadOnlyCollection<string> Roles => [Welfare.SharedKernel.Application.Security.Roles.Physician];

        public bool IsInRole(string role) => role == Welfare.SharedKernel.Application.Security.Roles.Physician;
    }
}
