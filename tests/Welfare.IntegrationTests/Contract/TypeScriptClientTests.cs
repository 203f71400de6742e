using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Welfare.IntegrationTests.Harness;
using Welfare.IntegrationTests.ReturnToWork;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.IntegrationTests.Contract;

/// <summary>
/// The typed client of clients/typescript as front-end teams use it: its types are generated from the committed
/// contract, and the example consumer compiles with tsc --strict and works against a real host.
/// </summary>
public sealed partial class TypeScriptClientTests
{
    [Test]
    public async Task The_generated_types_match_the_committed_contract()
    {
        var generated = Path.Combine(Path.GetTempPath(), $"welfare-schema-{Guid.NewGuid():N}.d.ts");
        try
        {
            var run = await NodeTools.BinAsync(NodeTools.TypeScriptClient, "openapi-typescript",
                [Path.Combine(NodeTools.ApiSpecs, "welfare.v1.json"), "--output", generated]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());

            var committed = await File.ReadAllTextAsync(Path.Combine(NodeTools.TypeScriptClient, "src", "schema.d.ts"));
            Assert.That(await File.ReadAllTextAsync(generated), Is.EqualTo(committed),
                "clients/typescript/src/schema.d.ts is out of date with api-specs/welfare.v1.json: run scripts/update-contract.sh and commit both");
        }
        finally
        {
            File.Delete(generated);
        }
    }

    [Test]
    public async Task The_client_and_its_example_consumer_compile_with_tsc_strict()
    {
        var run = await TypeScriptBuild.CompileAsync();
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    [Test]
    public void The_client_and_its_example_consumer_use_no_any_and_no_optional_chaining()
    {
        var sources = new[] { "src/index.ts" }.Concat(Directory.GetFiles(Path.Combine(NodeTools.TypeScriptClient, "examples"), "*.ts")
            .Select(f => Path.GetRelativePath(NodeTools.TypeScriptClient, f)));
        var found = sources.SelectMany(source => Code(File.ReadAllText(Path.Combine(NodeTools.TypeScriptClient, source))).Split('\n')
            .Select((line, index) => (Where: $"{source}:{index + 1}", Line: line))
            .Where(l => AnyType().IsMatch(l.Line) || l.Line.Contains("?.", StringComparison.Ordinal))
            .Select(l => $"{l.Where}: {l.Line.Trim()}"));

        Assert.That(found, Is.Empty, "the client's types are the contract's: no any, and required fields need no ?.");
    }

    /// <summary>The source without comments and string contents (line breaks kept), so that only code is searched.</summary>
    private static string Code(string source) =>
        CommentOrString().Replace(source, m => m.Value.StartsWith('/') ? new string('\n', m.Value.Count(c => c == '\n')) : "\"\"");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|""(\\.|[^""\\])*""|'(\\.|[^'\\])*'|`(\\.|[^`\\])*`", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"\bany\b")]
    private static partial Regex AnyType();
}

/// <summary>
/// The example consumer run with Node against the Host on Kestrel (a free loopback port) and the test database:
/// as a department head it reads a case, opens one (201 with Location), is refused a field (400 with errors),
/// misses a case (404), and finally meets a stale ETag (412, the optimistic concurrency item of issue #19).
/// </summary>
public sealed class TypeScriptConsumerTests : ReturnToWorkTest
{
    [Test]
    public async Task The_example_consumer_reads_creates_and_gets_typed_problems_from_a_real_host()
    {
        var run = await RunConsumerAsync();

        Assert.That(Steps(run), Is.SupersetOf(new[] { "ok read", "ok create", "ok 400 with field errors", "ok 404" }), run.ToString());
    }

    [Test]
    public async Task The_example_consumer_gets_412_for_a_stale_ETag()
    {
        var run = await RunConsumerAsync();

        Assert.That(Steps(run), Does.Contain("ok 412 on a stale ETag"), run.ToString());
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    private static string[] Steps(ToolRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Colleague E8001 goes on a qualifying leave, participant E8000 applies; then the consumer runs as their head.</summary>
    private static async Task<ToolRun> RunConsumerAsync()
    {
        var build = await TypeScriptBuild.CompileAsync();
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        await OkAsync(await RecordLeaveAsync("E8001", "LeaveOfAbsence", Today.AddDays(-10), null, "L-8001"));
        var applied = await AppliedCaseAsync();

        await using var host = new WelfareApiFactory(TestDatabase.ConnectionString);
        host.Clock.SetUtcNow(Clock.GetUtcNow());
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var url = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        return await NodeTools.NodeAsync(NodeTools.TypeScriptClient, "dist/examples/consumer.js", new Dictionary<string, string>
        {
            ["WELFARE_URL"] = url,
            ["WELFARE_TOKEN"] = TokenFor("E8100", "D100", [Roles.DepartmentHead]),
            ["WELFARE_EMPLOYEE_ID"] = "E8001",
            ["WELFARE_CASE_ID"] = applied.ToString(),
            ["WELFARE_PLAN_START"] = Iso(Today.AddDays(1)),
        });
    }
}

/// <summary>One tsc --strict build of clients/typescript (into its dist/, beside its node_modules) per test run.</summary>
internal static class TypeScriptBuild
{
    private static readonly Lazy<Task<ToolRun>> Build = new(() =>
        NodeTools.BinAsync(NodeTools.TypeScriptClient, "tsc", ["--strict", "-p", "tsconfig.json"]));

    public static Task<ToolRun> CompileAsync() => Build.Value;
}
