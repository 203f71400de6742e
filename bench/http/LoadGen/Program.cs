// The HTTP load generator of bench/http: the same client, request set and measurement for the product and the
// baseline, so that their figures differ only by the server.
//
//   LoadGen tokens <signing-key> <employees.csv>         one development token per employee (sub, department)
//   LoadGen run --url U --scenario read|write|submit --tokens F [--campaign ID] [--connections 32]
//               [--warmup 10] [--duration 30] [--first-day 2024-04-01] [--once] [--label L]
//
// run prints one JSON line: requests, seconds, req/s, p50/p99 (ms), and the count of each status code.
// Every request is sent as a different employee in turn (request k uses employee k mod n), so that no row
// and no caller's request budget is hot. `--once` sends each employee's request exactly once (seeding, or a
// first read that turns every result into a notified one before anything is timed).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

return args.FirstOrDefault() switch
{
    "tokens" when args.Length == 3 => Tokens(args[1], args[2]),
    "run" => await Load.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: LoadGen tokens <key> <employees.csv> | LoadGen run --url U --scenario read|write|submit --tokens F ...");
    return 2;
}

// The claims and issuer of src/Host/Welfare.Host/Security/DevelopmentTokens.cs (a host in Development accepts
// them with its development key); the bench needs thousands of employees, not the ten demo users.
static int Tokens(string key, string employeesCsv)
{
    var handler = new JsonWebTokenHandler();
    var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
    var now = DateTime.UtcNow;
    foreach (var line in File.ReadLines(employeesCsv).Skip(1))
    {
        var cells = line.Split(',');
        var (subject, department) = (cells[0], cells[7]);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "welfare-development",
            Audience = "welfare-api",
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("department", department)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(12),
            SigningCredentials = credentials,
        });
        Console.WriteLine($"{subject}\t{token}");
    }

    return 0;
}

internal sealed record Options(
    Uri Url, string Scenario, string TokensFile, string? Campaign, int Connections, double Warmup, double Duration,
    DateOnly FirstDay, bool Once, string Label)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--once")
            {
                map["once"] = "true";
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                map[args[i][2..]] = args[++i];
            }
        }

        string Get(string name, string fallback) => map.TryGetValue(name, out var v) ? v : fallback;
        return new Options(
            new Uri(map["url"]), map["scenario"], map["tokens"], map.GetValueOrDefault("campaign"),
            int.Parse(Get("connections", "32"), CultureInfo.InvariantCulture),
            Seconds(Get("warmup", "10")), Seconds(Get("duration", "30")),
            DateOnly.ParseExact(Get("first-day", "2024-04-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            map.ContainsKey("once"), Get("label", map["scenario"]));
    }

    private static double Seconds(string value) => double.Parse(value.TrimEnd('s'), CultureInfo.InvariantCulture);
}

internal static class Load
{
    public static async Task<int> RunAsync(Options o)
    {
        var employees = File.ReadLines(o.TokensFile).Select(l => l.Split('\t')).Select(c => (Id: c[0], Token: c[1])).ToArray();
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(60) };
        var expected = o.Scenario switch
        {
            "read" => HttpStatusCode.OK,
            "write" or "submit" => HttpStatusCode.Created,
            _ => throw new ArgumentException($"unknown scenario {o.Scenario}"),
        };

        long next = -1;
        var statuses = new ConcurrentDictionary<int, long>();
        var failures = new ConcurrentQueue<string>();
        var samples = new ConcurrentBag<List<double>>();
        var clock = Stopwatch.StartNew();
        var measureFrom = o.Once ? 0 : o.Warmup;
        var stopAt = o.Once ? double.MaxValue : o.Warmup + o.Duration;

        async Task WorkerAsync()
        {
            var mine = new List<double>(1 << 16);
            samples.Add(mine);
            while (true)
            {
                var k = Interlocked.Increment(ref next);
                if (o.Once ? k >= employees.Length : clock.Elapsed.TotalSeconds >= stopAt)
                {
                    return;
                }

                using var request = Build(o, employees, k);
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    var body = await response.Content.ReadAsStringAsync();
                    status = (int)response.StatusCode;
                    if (response.StatusCode != expected && failures.Count < 3)
                    {
                        failures.Enqueue($"{status} {request.RequestUri}: {body[..Math.Min(body.Length, 300)]}");
                    }
                }
                catch (HttpRequestException ex)
                {
                    status = 0;
                    failures.Enqueue(ex.Message);
                }

                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                // A request counts when it started inside the measured window.
                if (clock.Elapsed.TotalSeconds - (elapsed / 1000) >= measureFrom)
                {
                    mine.Add(elapsed);
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                }
            }
        }

        var started = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(Enumerable.Range(0, o.Connections).Select(_ => Task.Run(WorkerAsync)));
        var seconds = o.Once ? clock.Elapsed.TotalSeconds - started : o.Duration;

        var all = samples.SelectMany(s => s).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        var ok = statuses.GetValueOrDefault((int)expected);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["label"] = o.Label,
            ["scenario"] = o.Scenario,
            ["connections"] = o.Connections,
            ["seconds"] = Math.Round(seconds, 2),
            ["requests"] = all.Length,
            ["ok"] = ok,
            ["rps"] = Math.Round(ok / seconds, 1),
            ["p50"] = Math.Round(Percentile(0.50), 2),
            ["p99"] = Math.Round(Percentile(0.99), 2),
            ["statuses"] = statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
        }));
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"unexpected: {failure}");
        }

        return ok == all.Length ? 0 : 1;
    }

    private static HttpRequestMessage Build(Options o, (string Id, string Token)[] employees, long k)
    {
        var (id, token) = employees[k % employees.Length];
        var request = o.Scenario switch
        {
            "read" => new HttpRequestMessage(HttpMethod.Get, $"api/v1/stress-check/campaigns/{o.Campaign}/my/result"),
            "submit" => new HttpRequestMessage(HttpMethod.Post, $"api/v1/stress-check/campaigns/{o.Campaign}/my/submissions")
            {
                Content = Json(new { answers = Answers(k) }),
            },
            _ => new HttpRequestMessage(HttpMethod.Post, $"api/v1/overtime/employees/{id}/records") { Content = Json(SelfReport(o.FirstDay, k / employees.Length)) },
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    // Answers that vary by employee, so that some results are high stress and some are not.
    private static int[] Answers(long k) => [.. Enumerable.Range(0, 57).Select(i => (int)(1 + ((k * 7) + (i * ((k % 5) + 1))) % 4))];

    // The n-th report of an employee is on the n-th day after the first: never overlapping another of theirs.
    private static object SelfReport(DateOnly firstDay, long n)
    {
        var day = firstDay.AddDays((int)n);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new { source = "SelfReport", workDate = date, startedAt = $"{date}T09:00:00+09:00", endedAt = $"{date}T18:30:00+09:00" };
    }
}
