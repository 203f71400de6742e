using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.Probe;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// Production applies the idempotent SQL scripts of scripts/migration-scripts.sh, not the host's
/// migrator (docs/operations.md). These tests hold the scripts to what the tests' own database got from
/// the migrator: the same tables, columns, constraints, indexes, functions and triggers, and applying
/// them again (an upgrade that has nothing new, or a rerun after a failure) changes nothing.
/// </summary>
public sealed partial class MigrationScriptTests
{
    [Test]
    public async Task The_scripts_build_the_schema_the_migrator_builds_and_a_second_run_changes_nothing()
    {
        var scripts = GenerateScripts();
        var database = $"welfare_scripts_{Guid.NewGuid():N}"[..28];
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = "postgres" }.ConnectionString;
        var scripted = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = database }.ConnectionString;
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            await ApplyAsync(scripted, scripts);
            var afterFirst = await DescribeAsync(scripted, scripts.Select(s => s.Schema));
            await ApplyAsync(scripted, scripts);
            var afterSecond = await DescribeAsync(scripted, scripts.Select(s => s.Schema));
            var migrated = await DescribeAsync(TestDatabase.ConnectionString, scripts.Select(s => s.Schema));

            Assert.That(afterFirst, Has.Some.StartsWith("trigger audit.audit_entries"), "the description covers the append-only trigger");
            Assert.That(afterFirst, Has.Some.StartsWith("function overtime.refresh_totals"), "the description covers the modules' functions");
            Assert.That(afterFirst, Is.EqualTo(migrated), "scripted schema differs from the migrator's");
            Assert.That(afterSecond, Is.EqualTo(afterFirst), "a second run of the scripts changed the schema");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    /// <summary>
    /// scripts/migration-scripts.sh finds the contexts by folder and names the files by schema; a module
    /// that broke those conventions would silently get no script in production.
    /// </summary>
    [Test]
    public void Every_module_follows_the_conventions_the_script_generator_relies_on()
    {
        var root = ContractTests.RepositoryRoot();
        var modules = Modules().Where(m => m.DbContextType != typeof(Welfare.SharedKernel.Infrastructure.Auditing.AuditDbContext)
            && m.DbContextType != typeof(Welfare.SharedKernel.Infrastructure.Scheduling.PlatformDbContext)).ToList();

        Assert.That(modules, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var module in modules)
            {
                Assert.That(Directory.Exists(Path.Combine(root, "src", "Modules", module.Name, $"Welfare.Modules.{module.Name}.Infrastructure")), module.Name);
                Assert.That(module.DbContextType.Name, Is.EqualTo($"{module.Name}DbContext"));
                Assert.That(module.Schema, Is.EqualTo(CamelBoundary().Replace(module.Name, "$1_$2").ToLowerInvariant()));
            }

            Assert.That(Directory.GetDirectories(Path.Combine(root, "src", "Modules")).Select(Path.GetFileName),
                Is.EquivalentTo(modules.Select(m => m.Name)), "a module folder whose module the host does not register");
        });
    }

    private static List<ModuleDescriptor> Modules() =>
        [.. TestDatabase.Factory.Services.GetRequiredService<ModuleCatalog>().Modules.Where(m => m.Schema != ProbeModule.Schema)];

    /// <summary>
    /// What <c>dotnet ef migrations script --idempotent</c> writes for each context (it calls the same
    /// generator), in the order scripts/apply-migrations.sh applies the files: the audit schema first, then the platform's.
    /// WELFARE_MIGRATION_SCRIPTS may name a directory the shell script filled, to check it writes the same.
    /// </summary>
    private static List<(string Schema, string Sql)> GenerateScripts()
    {
        using var scope = TestDatabase.Factory.Services.CreateScope();
        var scripts = Modules()
            .OrderBy(m => m.Schema switch
            {
                ModuleDbContext.AuditSchema => 0,
                Welfare.SharedKernel.Infrastructure.Scheduling.PlatformDbContext.SchemaName => 1,
                _ => 2,
            }).ThenBy(m => m.Schema, StringComparer.Ordinal)
            .Select(m => (m.Schema, Sql: ((DbContext)scope.ServiceProvider.GetRequiredService(m.DbContextType))
                .GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)))
            .ToList();

        if (Environment.GetEnvironmentVariable("WELFARE_MIGRATION_SCRIPTS") is { Length: > 0 } directory)
        {
            var files = Directory.GetFiles(directory, "*.sql").Order(StringComparer.Ordinal).ToList();
            Assert.That(files.Select(f => Regex.Replace(Path.GetFileNameWithoutExtension(f), "^[0-9]+-", string.Empty)),
                Is.EqualTo(scripts.Select(s => s.Schema)), "the shell script's files and order");
            foreach (var (file, script) in files.Zip(scripts))
            {
                Assert.That(File.ReadAllText(file, Encoding.UTF8).TrimStart('\uFEFF').ReplaceLineEndings(), Is.EqualTo(script.Sql.ReplaceLineEndings()), file);
            }
        }

        return scripts;
    }

    private static async Task ApplyAsync(string connectionString, IEnumerable<(string Schema, string Sql)> scripts)
    {
        foreach (var (_, sql) in scripts)
        {
            await ExecuteAsync(connectionString, sql);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// One line per column, constraint, index, function, trigger and applied migration of the schemas.
    /// Whitespace in definitions is folded: the idempotent scripts indent function bodies inside their
    /// DO blocks, which PostgreSQL keeps verbatim but which means nothing.
    /// </summary>
    private static async Task<List<string>> DescribeAsync(string connectionString, IEnumerable<string> schemaNames)
    {
        var schemas = schemaNames.ToArray();
        const string Catalog = """
            SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || c.relkind::text || ' '
                   || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull::text
                   || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ANY(@schemas) AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            UNION ALL
            SELECT 'constraint ' || n.nspname || '.' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(@schemas)
            UNION ALL
            SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = ANY(@schemas)
            UNION ALL
            SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type::text || ' ' || increment_by::text FROM pg_sequences WHERE schemaname = ANY(@schemas)
            UNION ALL
            SELECT 'function ' || n.nspname || '.' || p.proname || ' ' || pg_get_function_identity_arguments(p.oid) || ' '
                   || regexp_replace(pg_get_functiondef(p.oid), '\s+', ' ', 'g')
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY(@schemas)
            UNION ALL
            SELECT 'trigger ' || n.nspname || '.' || c.relname || ' ' || pg_get_triggerdef(t.oid)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(@schemas) AND NOT t.tgisinternal
            UNION ALL
            SELECT 'view ' || schemaname || '.' || viewname || ' ' || regexp_replace(definition, '\s+', ' ', 'g') FROM pg_views WHERE schemaname = ANY(@schemas)
            """;

        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand(Catalog, connection))
        {
            command.Parameters.AddWithValue("schemas", schemas);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        foreach (var schema in schemas)
        {
            await using var history = new NpgsqlCommand($"SELECT \"MigrationId\" FROM \"{schema}\".__ef_migrations_history", connection);
            await using var reader = await history.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"migration {schema} {reader.GetString(0)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
