using System.Reflection;
using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

/// <summary>Every catalogued code of the product: the host's protocol codes and each module's, found from the host's references.</summary>
internal static class ProblemCodes
{
    public static readonly IReadOnlyList<ProblemCode> All = [.. Catalogues().SelectMany(ProblemCatalogue.CodesOf)];

    /// <summary>The catalogue classes of the host and of the assemblies it uses (directly or through a module).</summary>
    public static IEnumerable<Type> Catalogues()
    {
        var found = new Dictionary<string, Assembly>();
        var queue = new Queue<Assembly>([typeof(ProblemCodes).Assembly]);
        while (queue.TryDequeue(out var assembly))
        {
            if (found.TryAdd(assembly.GetName().Name!, assembly))
            {
                foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Welfare.", StringComparison.Ordinal)))
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return ProblemCatalogue.In(found.Values).OrderBy(t => t.FullName, StringComparer.Ordinal);
    }
}
