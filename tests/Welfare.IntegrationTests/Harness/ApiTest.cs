using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Welfare.Host.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;

namespace Welfare.IntegrationTests.Harness;


/// <summary>Base of HTTP tests: a clean database per test, clients per role, the fake clock, the relays.</summary>
public abstract class ApiTest
{
    protected static WelfareApiFactory Factory => TestDatabase.Factory;

    protected static Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => Factory.Clock;

    [SetUp]
    public Task ResetDatabaseAsync() => TestDatabase.ResetAsync();

    /// <summary>
    /// A client without a token. Its changes of editable records carry their current version unless the test names one
    /// (<see cref="CurrentVersionHandler"/>); <paramref name="currentVersions"/> false sends every request as written.
    /// </summary>
    protected static HttpClient Anonymous(string language = "ja", bool currentVersions = true)
    {
        var client = currentVersions ? Factory.CreateClientWith(new CurrentVersionHandler()) : Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A client whose token carries exactly these claims.</summary>
    protected static HttpClient ClientFor(string subject, string? department, string[] roles, string language = "ja", bool currentVersions = true)
    {
        var client = Anonymous(language, currentVersions);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(subject, department, roles));
        return client;
    }

    protected static HttpClient Employee(string subject = "E0001", string department = "D100", string language = "ja") =>
        ClientFor(subject, department, [], language);

    protected static HttpClient InRole(string role, string subject = "E9001", string department = "D900", string language = "ja") =>
        ClientFor(subject, department, [role], language);

    protected static string TokenFor(string subject, string? department, string[] roles, DateTimeOffset? now = null, TimeSpan? lifetime = null)
    {
        var configuration = Factory.Services.GetRequiredService<IConfiguration>();
        return DevelopmentTokens.Mint(
            configuration["Authentication:DevelopmentSigningKey"]!,
            configuration["Authentication:Audience"]!,
            subject,
            department,
            roles,
            now ?? DateTimeOffset.UtcNow,
            lifetime);
    }

    /// <summary>Delivers every module's due integration events once, as the background relays would.</summary>
    protected static async Task<int> DeliverEventsAsync()
    {
        var delivered = 0;
        foreach (var relay in Factory.Services.GetServices<IOutboxRelay>())
        {
            delivered += await relay.ProcessOnceAsync();
        }

        return delivered;
    }

    protected static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    protected static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
