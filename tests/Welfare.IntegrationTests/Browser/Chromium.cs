using System.Text.Json;
using Welfare.IntegrationTests.Contract;
using Welfare.IntegrationTests.Platform;

namespace Welfare.IntegrationTests.Browser;

/// <summary>
/// Renders pages and charts as an officer's browser prints them (tests/browser/render.mjs in Debian's headless
/// Chromium with the Noto CJK fonts scripts/test.sh installs) and answers what did not fit. With
/// WELFARE_UPDATE_FORMS=1 (scripts/update-forms.sh) the PNGs are also copied to docs/forms/ for review.
/// </summary>
internal static class Chromium
{
    public static string Folder => Path.Combine(ContractTests.RepositoryRoot(), "tests", "browser");

    /// <summary>Renders each file (name → content: .html or .svg) and answers one result per file, by name.</summary>
    public static async Task<IReadOnlyDictionary<string, Rendering>> RenderAsync(IReadOnlyDictionary<string, string> files)
    {
        var work = Path.Combine(Path.GetTempPath(), $"welfare-render-{Guid.NewGuid():N}");
        var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        var output = Path.Combine(work, "out");
        try
        {
            foreach (var (name, content) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(input, name), content);
            }

            if (!File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")))
            {
                Assert.Fail("tests/browser/node_modules is missing: scripts/test.sh installs Chromium, the fonts and the npm packages.");
            }

            var run = await NodeTools.NodeAsync(Folder, ["render.mjs", input, output]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<Rendering>(line, JsonSerializerOptions.Web)!)
                .ToDictionary(r => r.File);
            Assert.That(results.Keys, Is.EquivalentTo(files.Keys), run.ToString());
            if (Environment.GetEnvironmentVariable("WELFARE_UPDATE_FORMS") == "1")
            {
                var docs = Directory.CreateDirectory(Path.Combine(ContractTests.RepositoryRoot(), "docs", "forms")).FullName;
                foreach (var png in Directory.GetFiles(output, "*.png"))
                {
                    File.Copy(png, Path.Combine(docs, Path.GetFileName(png)), overwrite: true);
                }
            }

            return results;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

/// <summary>What Chromium found in one file: the sheets it printed on and what overflowed or was cut.</summary>
internal sealed record Rendering(string File, int Pages, IReadOnlyList<string> Problems);
