using System.Reflection;
using NetArchTest.Rules;

namespace Welfare.ArchitectureTests;

/// <summary>Modules are linked only by integration events (shared/ARCHITECTURE.md, dependency rules).</summary>
public sealed class ModuleIsolationTests
{
    private static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "IntegrationEvents"];

    [Test]
    public void Every_module_has_its_four_projects()
    {
        Assert.That(Assemblies.ModuleNames, Is.SupersetOf(new[] { "Harassment", "Overtime", "PeerSupport", "ReturnToWork", "StressCheck" }));
        foreach (var module in Assemblies.ModuleNames)
        {
            foreach (var layer in Layers)
            {
                Assert.DoesNotThrow(() => Assemblies.Of(module, layer), $"{module} lacks its {layer} project");
            }
        }
    }

    [Test]
    public void A_module_never_references_another_module_except_its_integration_events()
    {
        foreach (var module in Assemblies.ModuleNames)
        {
            var others = Assemblies.ModuleNames.Where(m => m != module).ToList();
            foreach (var layer in Layers)
            {
                var assembly = Assemblies.Of(module, layer);
                var forbidden = others.SelectMany(o => new[] { "Domain", "Application", "Infrastructure" }.Select(l => $"Welfare.Modules.{o}.{l}"));
                // Only Application may consume other modules' events; nothing else may even see them.
                if (layer != "Application")
                {
                    forbidden = forbidden.Concat(others.Select(o => $"Welfare.Modules.{o}.IntegrationEvents"));
                }

                var referenced = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToHashSet();
                Assert.That(referenced.Intersect(forbidden), Is.Empty, $"{assembly.GetName().Name} references another module");
            }
        }
    }

    [Test]
    public void Layers_point_inwards()
    {
        foreach (var module in Assemblies.ModuleNames)
        {
            string Ns(string layer) => $"Welfare.Modules.{module}.{layer}";
            AssertNoDependency(Ns("Domain"), Ns("Application"), Ns("Infrastructure"), "Welfare.SharedKernel.Application", "Welfare.SharedKernel.Infrastructure",
                "Microsoft.EntityFrameworkCore", "MediatR", "Microsoft.AspNetCore");
            AssertNoDependency(Ns("Application"), Ns("Infrastructure"), "Welfare.SharedKernel.Infrastructure", "Microsoft.AspNetCore", "Npgsql");
            // Use cases query through EF Core's LINQ (docs/adr/0008), never through the provider or SQL.
            var applicationReferences = Assemblies.Of(module, "Application").GetReferencedAssemblies().Select(r => r.Name).ToList();
            Assert.That(applicationReferences, Has.None.StartsWith("Microsoft.EntityFrameworkCore.Relational").And.None.StartsWith("Npgsql"),
                $"{module}.Application uses the database provider");
            AssertNoDependency(Ns("IntegrationEvents"), Ns("Domain"), Ns("Application"), Ns("Infrastructure"));
        }

        AssertNoDependency("Welfare.SharedKernel", "Welfare.SharedKernel.Application", "Welfare.SharedKernel.Infrastructure", "MediatR", "Microsoft.EntityFrameworkCore");
    }

    [Test]
    public void The_host_never_uses_a_domain_type_other_than_a_value_enum()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offending = new List<string>();
        foreach (var type in Assemblies.Host.GetTypes())
        {
            var used = type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                .Concat(type.GetFields(all).Select(f => f.FieldType))
                .SelectMany(Flatten);
            offending.AddRange(used
                .Where(t => t.Assembly.GetName().Name!.EndsWith(".Domain", StringComparison.Ordinal) && !t.IsEnum)
                .Select(t => $"{type.FullName} uses {t.FullName}"));
        }

        Assert.That(offending.Distinct(), Is.Empty);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        var inner = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        foreach (var t in inner.SelectMany(Flatten))
        {
            yield return t;
        }
    }

    private static void AssertNoDependency(string assemblyName, params string[] forbidden)
    {
        var assembly = Assemblies.All.Single(a => a.GetName().Name == assemblyName);
        var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(forbidden).GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{assemblyName} depends on one of {string.Join(", ", forbidden)}");
    }
}
