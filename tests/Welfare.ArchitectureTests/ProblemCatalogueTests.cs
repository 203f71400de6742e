using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using System.Text.RegularExpressions;
using Welfare.Host.ErrorHandling;
using Welfare.SharedKernel;

namespace Welfare.ArchitectureTests;

/// <summary>
/// The codes problems carry are a contract (docs/adr/0003). A code exists only as a field of a catalogue class
/// (<see cref="ProblemCode"/> cannot be made elsewhere), so every code the product can raise is catalogued; these
/// tests check the other direction (every catalogued code is raised), the grammar, and that docs/errors.md and the
/// host's list (which the contract is made from) hold every code.
/// </summary>
public sealed partial class ProblemCatalogueTests
{
    private static readonly string[] ModuleScopes = ["organisation", "peer-support", "return-to-work", "overtime", "harassment", "stress-check", "audit"];

    private static readonly int[] ProblemStatuses = [400, 401, 403, 404, 405, 409, 412, 413, 415, 422, 428, 429, 500];

    private static readonly IReadOnlyList<Type> Catalogues = [.. ProblemCatalogue.In(Assemblies.All)];

    private static IEnumerable<(Type Catalogue, FieldInfo Field, ProblemCode Code)> Entries =>
        Catalogues.SelectMany(c => c.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(ProblemCode).IsAssignableFrom(f.FieldType))
            .Select(f => (c, f, (ProblemCode)f.GetValue(null)!)));

    [Test]
    public void A_code_can_be_made_only_by_a_catalogue()
    {
        var constructors = new[] { typeof(ProblemCode), typeof(RuleCode), typeof(ConflictCode) }
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance));

        Assert.That(constructors.Where(c => !c.IsAssembly).Select(c => c.DeclaringType!.Name), Is.Empty, "constructors reachable outside the shared kernel");
        Assert.That(Entries.Where(e => !e.Field.IsInitOnly).Select(e => e.Field.Name), Is.Empty, "codes that are not static readonly");
    }

    [Test]
    public void Every_module_and_the_host_have_one_catalogue_and_the_host_lists_them_all()
    {
        var modules = Assemblies.ModuleNames.Select(m => $"Welfare.Modules.{m}.Domain.{m}Problems");

        Assert.That(Catalogues.Select(c => c.FullName), Is.SupersetOf(modules.Append(typeof(RequestProblems).FullName)));
        Assert.That(ProblemCodes.Catalogues(), Is.EquivalentTo(Catalogues), "the contract and docs/errors.md are made from the host's list");
    }

    [Test]
    public void Every_code_follows_the_grammar_of_its_catalogue_scope_and_is_unique()
    {
        foreach (var (catalogue, field, code) in Entries)
        {
            Assert.That(code.Value, Does.Match(Grammar()), $"{catalogue.Name}.{field.Name}");
            var scope = code.Value.Split('.')[0];
            var expected = catalogue == typeof(RequestProblems) ? (code.Status >= 500 ? "server" : "request") : Kebab(catalogue.Name[..^"Problems".Length]);
            Assert.That(scope, Is.EqualTo(expected), $"{catalogue.Name}.{field.Name}: the scope is the module's");
            Assert.That(field.Name, Is.EqualTo(Pascal(code.Value.Split('.')[1])), $"{code.Value}: the field is named after the code");
        }

        Assert.That(ModuleScopes, Is.SupersetOf(Entries.Where(e => e.Catalogue != typeof(RequestProblems)).Select(e => e.Code.Value.Split('.')[0]).Distinct()));
        Assert.That(Entries.Select(e => e.Code.Value), Is.Unique);
    }

    [Test]
    public void Every_code_has_a_status_a_problem_can_have_and_text_in_both_languages()
    {
        foreach (var (_, _, code) in Entries)
        {
            Assert.That(code.Status is null || ProblemStatuses.Contains(code.Status.Value), Is.True, $"{code.Value}: status {code.Status}");
            Assert.That(code.Text.Japanese, Is.Not.Empty.And.Not.EqualTo(code.Text.English), code.Value);
            Assert.That(code.Text.Japanese, Does.Match(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]"), $"{code.Value}: Japanese text");
            Assert.That(code.Text.English, Does.Not.Match(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]"), $"{code.Value}: English text");
        }
    }

    [Test]
    public void Every_catalogued_code_is_raised_somewhere_in_the_product()
    {
        var used = Assemblies.All.SelectMany(a => a.GetTypes())
            .Where(t => !Catalogues.Contains(t))
            .SelectMany(Methods)
            .SelectMany(FieldsLoadedBy)
            .ToHashSet();

        Assert.That(Entries.Where(e => !used.Contains(e.Field)).Select(e => e.Code.Value), Is.Empty, "catalogued codes that nothing raises: remove them");
    }

    [Test]
    public void Docs_errors_md_lists_every_code_with_its_status_and_texts()
    {
        var path = Path.Combine(Assemblies.RepositoryRoot(), "docs", "errors.md");
        var expected = ErrorsMarkdown();
        if (Environment.GetEnvironmentVariable("WELFARE_UPDATE_CONTRACT") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run scripts/update-contract.sh");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(expected), "The catalogue changed: run scripts/update-contract.sh and commit docs/errors.md");
    }

    /// <summary>docs/errors.md, generated from the catalogues: one table per scope.</summary>
    private static string ErrorsMarkdown()
    {
        var text = new StringBuilder();
        text.Append("""
            # Error codes

            Generated from the catalogues in the code (`RequestProblems` in the host, `<Module>Problems` in each module's
            Domain) by `tests/Welfare.ArchitectureTests/ProblemCatalogueTests.cs`: do not edit by hand, run
            `scripts/update-contract.sh`. Every problem response (`application/problem+json`, schema `ProblemDetails` in
            api-specs/welfare.v1.json) carries one of these codes in `code`; clients branch on the code, never on `title`
            or `detail`. The text below is the code's meaning; a problem's `detail` may say more (values, dates). Codes
            without a status name why a row of an import was rejected: they appear in the import's report, not as a problem.
            Decisions: docs/adr/0003-error-responses.md.

            """);
        foreach (var scope in Entries.Select(e => e.Code).GroupBy(c => c.Value.Split('.')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("\n## ").Append(scope.Key).Append("\n\n| code | status | 日本語 | English |\n| --- | --- | --- | --- |\n");
            foreach (var code in scope.OrderBy(c => c.Value, StringComparer.Ordinal))
            {
                text.Append("| `").Append(code.Value).Append("` | ").Append(code.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "import row")
                    .Append(" | ").Append(Cell(code.Text.Japanese)).Append(" | ").Append(Cell(code.Text.English)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static IEnumerable<MethodBase> Methods(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The static fields a method reads (ldsfld), from its IL.</summary>
    private static IEnumerable<FieldInfo> FieldsLoadedBy(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }

        if (il is null)
        {
            yield break;
        }

        for (var i = 0; i < il.Length;)
        {
            var opCode = il[i] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))] : OpCodesByValue[il[i]];
            i += opCode.Size;
            if (opCode == OpCodes.Ldsfld && Resolve(method, BitConverter.ToInt32(il, i)) is { } field)
            {
                yield return field;
            }

            i += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private static FieldInfo? Resolve(MethodBase method, int token)
    {
        try
        {
            return method.Module.ResolveField(
                token,
                method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                method.IsGenericMethod ? method.GetGenericArguments() : null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Kebab(string pascal) => KebabBoundary().Replace(pascal, "$1-$2").ToLowerInvariant();

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Grammar();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
