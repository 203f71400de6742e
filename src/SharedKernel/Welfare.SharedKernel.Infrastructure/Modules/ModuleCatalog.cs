using System.Reflection;

namespace Welfare.SharedKernel.Infrastructure.Modules;

/// <summary>
/// Finds the module a request or handler belongs to by the assembly that declares it, so one MediatR
/// pipeline can serve every module and still save into the right module's context.
/// </summary>
public sealed class ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
{
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly = modules.ToDictionary(m => m.ApplicationAssembly);

    public IReadOnlyCollection<ModuleDescriptor> Modules => _byAssembly.Values;

    public ModuleDescriptor ForType(Type type) =>
        _byAssembly.TryGetValue(type.Assembly, out var module)
            ? module
            : throw new InvalidOperationException($"{type.FullName} does not belong to a registered module.");
}
