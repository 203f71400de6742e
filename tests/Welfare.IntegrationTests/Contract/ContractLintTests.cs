using System.Text.Json;

namespace Welfare.IntegrationTests.Contract;

/// <summary>
/// The committed contract passes the linters front-end teams run on it, with no finding at all: Spectral's
/// OpenAPI rules and Redocly's recommended rules (configured in api-specs/.spectral.yaml and redocly.yaml).
/// </summary>
public sealed class ContractLintTests
{
    [Test]
    public async Task Spectral_finds_nothing_in_the_contract()
    {
        var run = await NodeTools.BinAsync(NodeTools.ApiSpecs, "spectral",
            ["lint", "welfare.v1.json", "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"]);

        var findings = Findings(run, json => json.EnumerateArray().Select(f =>
            $"{Severity(f.GetProperty("severity").GetInt32())} {f.GetProperty("code")} at {string.Join('.', f.GetProperty("path").EnumerateArray())}: {f.GetProperty("message")}"));
        Assert.That(findings, Is.Empty, "Spectral (spectral:oas) on api-specs/welfare.v1.json");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    [Test]
    public async Task Redocly_finds_nothing_in_the_contract()
    {
        var run = await NodeTools.BinAsync(NodeTools.ApiSpecs, "redocly",
            ["lint", "welfare.v1.json", "--config", "redocly.yaml", "--format", "json"]);

        var findings = Findings(run, json => json.GetProperty("problems").EnumerateArray().Select(p =>
            $"{p.GetProperty("severity")} {p.GetProperty("ruleId")} at {string.Join(", ", p.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString()))}: {p.GetProperty("message")}"));
        Assert.That(findings, Is.Empty, "Redocly (recommended) on api-specs/welfare.v1.json");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    /// <summary>The linter's JSON report on standard output, one line per finding.</summary>
    private static List<string> Findings(ToolRun run, Func<JsonElement, IEnumerable<string>> lines)
    {
        var start = run.Output.IndexOfAny(['[', '{']);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no JSON report: {run}");
        using var report = JsonDocument.Parse(run.Output[start..]);
        return [.. lines(report.RootElement)];
    }

    private static string Severity(int severity) => severity switch { 0 => "error", 1 => "warning", 2 => "info", _ => "hint" };
}
