using System.Reflection;

namespace Welfare.ArchitectureTests;

/// <summary>Every assembly of the product, found from the Host's references so a new module is checked without editing the tests.</summary>
internal static class Assemblies
{
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly IReadOnlyList<Assembly> All = LoadAll();

    public static readonly IReadOnlyList<string> ModuleNames = All
        .Select(a => a.GetName().Name!)
        .Where(n => n.StartsWith("Welfare.Modules.", StringComparison.Ordinal))
        .Select(n => n.Split('.')[2])
        .Distinct()
        .Order()
        .ToList();

    public static Assembly Of(string module, string layer) =>
        All.Single(a => a.GetName().Name == $"Welfare.Modules.{module}.{layer}");

    public static IEnumerable<Assembly> ModuleAssemblies(string layer) =>
        ModuleNames.Select(m => Of(m, layer));

    /// <summary>The checkout the tests run from, for the files generated from the code (docs/errors.md, the contract).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Welfare.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Welfare.sln not found above the test directory.");
    }

    private static List<Assembly> LoadAll()
    {
        var found = new Dictionary<string, Assembly> { [Host.GetName().Name!] = Host };
        var queue = new Queue<Assembly>([Host]);
        while (queue.Count > 0)
        {
            foreach (var reference in queue.Dequeue().GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Welfare.", StringComparison.Ordinal)))
            {
                if (!found.ContainsKey(reference.Name!))
                {
                    var assembly = Assembly.Load(reference);
                    found[reference.Name!] = assembly;
                    queue.Enqueue(assembly);
                }
            }
        }

        // Projects referenced only for their types' metadata (Domain, IntegrationEvents) may not show up
        // as references of the compiled code; load them from the output folder too.
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "Welfare.Modules.*.dll"))
        {
            var name = AssemblyName.GetAssemblyName(file);
            if (!found.ContainsKey(name.Name!))
            {
                found[name.Name!] = Assembly.Load(name);
            }
        }

        return [.. found.Values.OrderBy(a => a.GetName().Name)];
    }
}
