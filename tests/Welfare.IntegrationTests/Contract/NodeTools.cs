using System.Diagnostics;
using System.Text;
using Welfare.IntegrationTests.Platform;

namespace Welfare.IntegrationTests.Contract;

/// <summary>
/// Runs the npm tools the project installs (scripts/test.sh: Node through apt, then <c>npm ci</c> in
/// api-specs/ and clients/typescript/) from their own node_modules, never from a global install.
/// </summary>
internal static class NodeTools
{
    /// <summary>A guard against a hung tool, not a measure: the slowest run here takes seconds.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static string ApiSpecs => Path.Combine(ContractTests.RepositoryRoot(), "api-specs");

    public static string TypeScriptClient => Path.Combine(ContractTests.RepositoryRoot(), "clients", "typescript");

    /// <summary>Runs <paramref name="bin"/> of <paramref name="package"/>'s node_modules/.bin in that folder.</summary>
    public static Task<ToolRun> BinAsync(string package, string bin, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var path = Path.Combine(package, "node_modules", ".bin", bin);
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: scripts/test.sh installs Node.js and the npm packages (npm ci in {package}).");
        }

        return RunAsync(path, package, arguments, environment);
    }

    /// <summary>Runs a script with the node of the PATH in <paramref name="directory"/>.</summary>
    public static Task<ToolRun> NodeAsync(string directory, string script, IDictionary<string, string>? environment = null) =>
        RunAsync("node", directory, [script], environment);

    /// <summary>Runs a script with arguments with the node of the PATH in <paramref name="directory"/>.</summary>
    public static Task<ToolRun> NodeAsync(string directory, IEnumerable<string> scriptAndArguments) =>
        RunAsync("node", directory, scriptAndArguments, null);

    private static async Task<ToolRun> RunAsync(string file, string directory, IEnumerable<string> arguments, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, update notices or colours from the tools.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(file)} did not finish within {Limit.TotalMinutes} minutes:\n{await output}\n{await error}");
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }
}

internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Error}".Trim();
}
