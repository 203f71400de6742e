using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Welfare.Demo;

/// <summary>
/// <c>Welfare.Demo --url http://localhost:5080 --signing-key &lt;development key&gt;</c>: loads the demo organisation
/// into a running host (Development environment) and prints, per demo user, a token and three things to try.
/// A class rather than top-level statements: the tests see this assembly beside the host's <c>Program</c>.
/// </summary>
internal static class DemoProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = ParseArguments(args);
        if (!options.TryGetValue("url", out var url) || !options.TryGetValue("signing-key", out var key))
        {
            Console.Error.WriteLine("usage: Welfare.Demo --url <http://host:port> --signing-key <development signing key> [--audience welfare-api] [--today yyyy-MM-dd]");
            return 2;
        }

        var audience = options.GetValueOrDefault("audience", "welfare-api");
        var today = options.TryGetValue("today", out var given)
            ? DateOnly.ParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
        var baseAddress = new Uri(url.TrimEnd('/') + "/");
        var issuedAt = DateTimeOffset.UtcNow;

        using var probe = new HttpClient { BaseAddress = baseAddress };
        if (!await WaitUntilReadyAsync(probe))
        {
            Console.Error.WriteLine($"the API at {url} did not become ready (GET /health/ready) within 3 minutes");
            return 1;
        }

        var clients = new List<HttpClient>();
        HttpClient ClientFor(DemoUser user)
        {
            var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentToken.Mint(key, audience, user, issuedAt));
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
            clients.Add(client);
            return client;
        }

        DemoOutcome outcome;
        try
        {
            var loader = new DemoLoader(ClientFor, ct => Task.Delay(TimeSpan.FromSeconds(1), ct), today, message => Console.Error.WriteLine($"[demo] {message}"));
            outcome = await loader.LoadAsync();
        }
        catch (DemoLoadException ex)
        {
            Console.Error.WriteLine($"[demo] the demo could not be loaded: {ex.Message}");
            return 1;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        Console.WriteLine($"""

            ==== Demo: {DemoOrganisation.Municipality}, city hall and {DemoOrganisation.Departments.Length - 1} departments, {DemoOrganisation.Everyone.Count()} employees, today {outcome.Today:yyyy-MM-dd} ====
            {(outcome.DirectoryExisted ? "(loaded before: nothing was added twice)" : "(loaded now)")}
            {string.Join(Environment.NewLine, outcome.Facts.Select(f => "  - " + f))}

            Swagger UI: {baseAddress}swagger → Authorize → paste a user's token → "Try it out" on the operation named below.
            Tokens are valid 12 hours; all names are invented.
            """);
        foreach (var guide in outcome.Guides)
        {
            var user = guide.User;
            var roles = user.Roles.Length == 0 ? "no role" : string.Join(", ", user.Roles);
            Console.WriteLine($"## {user.Title}: sub={user.EmployeeId} department={user.Department ?? "-"} roles={roles}");
            Console.WriteLine(DevelopmentToken.Mint(key, audience, user, issuedAt));
            foreach (var (thing, n) in guide.Things.Select((t, i) => (t, i + 1)))
            {
                Console.WriteLine($"  {n}. {thing.Operation}");
                Console.WriteLine($"     {thing.What}");
                if (thing.Body is not null)
                {
                    Console.WriteLine($"     body ({thing.ContentType}): {thing.Body}");
                }
            }

            Console.WriteLine();
        }

        return 0;
    }

    private static async Task<bool> WaitUntilReadyAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await client.GetAsync(new Uri("health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the host is still migrating or starting.
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return false;
    }

    private static Dictionary<string, string> ParseArguments(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}

/// <summary>
/// An HS256 token as the host's development tokens are (issuer welfare-development). Minted here rather
/// than referencing the host: the demo is a client of the API, nothing more.
/// </summary>
internal static class DevelopmentToken
{
    public static string Mint(string signingKey, string audience, DemoUser user, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user.EmployeeId,
            ["iss"] = "welfare-development",
            ["aud"] = audience,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(12).ToUnixTimeSeconds(),
        };
        if (user.Department is not null)
        {
            claims["department"] = user.Department;
        }

        if (user.Roles.Length > 0)
        {
            claims["role"] = user.Roles;
        }

        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
