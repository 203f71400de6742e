using System.Reflection;

namespace Welfare.SharedKernel.Infrastructure.Modules;

/// <summary>What the platform needs to know of a module: its name, the assembly of its use cases, and its context.</summary>
public sealed record ModuleDescriptor(string Name, string Schema, Assembly ApplicationAssembly, Type DbContextType);
