using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Welfare.SharedKernel;

namespace Welfare.ArchitectureTests;

/// <summary>
/// Every value the API shows has words for people in both languages (<see cref="LabelAttribute"/>): the enums that
/// requests and responses carry, and every enum schema and choice of the committed contract.
/// </summary>
public sealed partial class LabelTests
{
    /// <summary>
    /// Public enums of every layer that reaches a request or a response, and every enum of the Host (its enums exist
    /// only to be bound from requests). Infrastructure's enums (job runs) never leave the server.
    /// </summary>
    private static IEnumerable<Type> ShownEnums => Assemblies.All
        .Where(a => !a.GetName().Name!.EndsWith(".Infrastructure", StringComparison.Ordinal))
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsEnum && (t.Assembly == Assemblies.Host || t.IsPublic || t.IsNestedPublic) && t.GetCustomAttribute<FlagsAttribute>() is null);

    [Test]
    public void Every_member_of_an_enum_the_API_shows_has_a_Japanese_and_an_English_label()
    {
        var enums = ShownEnums.ToList();
        var members = enums.SelectMany(t => Labels.Members(t).Select(m => (Name: $"{t.FullName}.{m.Name}", m.Label))).ToList();

        Assert.That(enums, Has.Count.GreaterThan(60));
        Assert.Multiple(() =>
        {
            Assert.That(members.Where(m => m.Label is null).Select(m => m.Name), Is.Empty, "members without [Label]");
            Assert.That(members.Where(m => m.Label is { } l && !Japanese().IsMatch(l.Japanese)).Select(m => m.Name), Is.Empty, "Japanese labels without Japanese");
            Assert.That(members.Where(m => m.Label is { } l && (string.IsNullOrWhiteSpace(l.English) || Japanese().IsMatch(l.English))).Select(m => m.Name), Is.Empty,
                "English labels that are empty or Japanese");
        });
    }

    [Test]
    public void Every_enum_of_the_contract_lists_its_labels_beside_its_values()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(Assemblies.RepositoryRoot(), "api-specs", "welfare.v1.json")))!;
        var enums = Schemas(contract).Where(s => s.Schema["enum"] is JsonArray && s.Path != "components.schemas.ProblemDetails.properties.type").ToList();

        Assert.That(enums, Has.Count.GreaterThan(60));
        var unlabelled = enums.Where(s =>
                s.Schema["x-enum-descriptions"] is not JsonArray japanese || s.Schema["x-enum-descriptions-en"] is not JsonArray english
                || japanese.Count != s.Schema["enum"]!.AsArray().Count || english.Count != japanese.Count
                || japanese.Any(j => !Japanese().IsMatch(j!.GetValue<string>())))
            .Where(s => !s.Path.StartsWith("components.schemas.ProblemDetails", StringComparison.Ordinal))
            .Select(s => s.Path);
        Assert.That(unlabelled, Is.Empty);
    }

    /// <summary>Every schema object of the document with an enum, with where it is (a component, a parameter, a property …).</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> Schemas(JsonNode node, string path = "")
    {
        // A header's values (Content-Encoding: gzip) are HTTP's tokens, not values the API shows to people.
        if (node is JsonObject obj && obj["in"]?.GetValue<string>() != "header")
        {
            if (obj["enum"] is JsonArray)
            {
                yield return (path, obj);
            }

            foreach (var (key, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var found in Schemas(child, path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } child)
                {
                    foreach (var found in Schemas(child, $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
