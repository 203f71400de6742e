using System.Reflection;

namespace Welfare.SharedKernel;

/// <summary>
/// Base of the classes that declare codes, one per module (<c>&lt;Module&gt;Problems</c> in its Domain) and one for
/// the platform's protocol codes (<c>RequestProblems</c> in the host). Each code is a public static readonly field;
/// docs/errors.md and the contract are generated from these fields, and a test checks that each is raised.
/// </summary>
public abstract class ProblemCatalogue
{
    /// <summary>The codes declared by a catalogue class, in declaration order.</summary>
    public static IReadOnlyList<ProblemCode> CodesOf(Type catalogue) =>
        [.. catalogue.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(ProblemCode).IsAssignableFrom(f.FieldType))
            .Select(f => (ProblemCode)f.GetValue(null)!)];

    /// <summary>The catalogue classes of these assemblies.</summary>
    public static IEnumerable<Type> In(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(ProblemCatalogue)) && !t.IsAbstract);

    protected static RuleCode DefineRule(string code, string japanese, string english) => new(code, new LocalizedText(japanese, english));

    protected static ConflictCode DefineConflict(string code, string japanese, string english) => new(code, new LocalizedText(japanese, english));

    /// <summary>A protocol-level code (<c>request.*</c>, <c>server.*</c>) with its status.</summary>
    protected static ProblemCode DefineProtocol(string code, int status, string japanese, string english) => new(code, status, new LocalizedText(japanese, english));

    /// <summary>A code that only names why a row of an import was rejected; it appears in the import's report, never as a problem.</summary>
    protected static ProblemCode DefineRejection(string code, string japanese, string english) => new(code, null, new LocalizedText(japanese, english));
}
