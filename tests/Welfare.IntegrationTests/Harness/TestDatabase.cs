using Npgsql;
using Respawn;
using Testcontainers.PostgreSql;
using Welfare.IntegrationTests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;

// In the root namespace so that it runs once for every test of the assembly.
namespace Welfare.IntegrationTests;

/// <summary>
/// One PostgreSQL database for this test assembly: the server scripts/test.sh started
/// (WELFARE_TEST_CONNECTION), or a Testcontainers one where Docker is available. Every module's
/// migrations are applied once; data is reset between tests.
/// </summary>
[SetUpFixture]
public sealed class TestDatabase
{
    private static PostgreSqlContainer? _container;
    private static Respawner? _respawner;
    private static string _serverConnection = string.Empty;
    private static string _databaseName = string.Empty;

    public static string ConnectionString { get; private set; } = string.Empty;

    public static WelfareApiFactory Factory { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _serverConnection = Environment.GetEnvironmentVariable("WELFARE_TEST_CONNECTION") ?? await StartContainerAsync();
        _databaseName = $"welfare_it_{Guid.NewGuid():N}"[..24];
        await using (var server = new NpgsqlConnection(_serverConnection))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", server);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnection) { Database = _databaseName }.ConnectionString;
        Factory = new WelfareApiFactory(ConnectionString);
        await Factory.Services.MigrateWelfareDatabaseAsync();
        await Probe.ProbeModule.CreateTablesAsync(Factory.Services);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = [.. Factory.Services.GetRequiredService<ModuleCatalog>().Modules
                .Select(m => m.Schema).Where(s => s != ModuleDbContext.AuditSchema)],
            // Reference data the migrations write once, like their history.
            TablesToIgnore = ["__ef_migrations_history", "national_holidays"],
        });
    }

    public static async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        // The audit table refuses DELETE (append-only); the owner may still TRUNCATE it between tests.
        await using var truncate = new NpgsqlCommand("TRUNCATE audit.audit_entries", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(_serverConnection))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static async Task<string> StartContainerAsync()
    {
        try
        {
            _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: run them with scripts/test.sh (it starts one), set WELFARE_TEST_CONNECTION, or start Docker.", ex);
        }

        await _container.StartAsync();
        return new NpgsqlConnectionStringBuilder(_container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
    }
}
