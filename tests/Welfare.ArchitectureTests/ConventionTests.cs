using System.Reflection;
using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.ArchitectureTests;

public sealed class ConventionTests
{
    private static IEnumerable<Type> ProductTypes => Assemblies.All.SelectMany(a => a.GetTypes());

    [Test]
    public void Handlers_and_validators_are_internal_and_sealed()
    {
        var handlers = ProductTypes.Where(t => t.IsClass && !t.IsAbstract && Implements(t, typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)))
            .Where(t => t.Namespace?.StartsWith("Welfare.", StringComparison.Ordinal) == true)
            .ToList();

        Assert.That(handlers, Is.Not.Empty);
        Assert.That(handlers.Where(t => t.IsPublic || t.IsNestedPublic).Select(t => t.FullName), Is.Empty, "public handlers or validators");
        Assert.That(handlers.Where(t => !t.IsSealed).Select(t => t.FullName), Is.Empty, "handlers or validators that are not sealed");
    }

    [Test]
    public void Handlers_are_named_after_what_they_handle()
    {
        var misnamed = ProductTypes.Where(t => t.IsClass && !t.IsAbstract)
            .Where(t => Implements(t, typeof(IRequestHandler<,>)) && !t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Concat(ProductTypes.Where(t => t.IsClass && Implements(t, typeof(INotificationHandler<>)) && !t.Name.EndsWith("IntegrationEventHandler", StringComparison.Ordinal)))
            .Select(t => t.FullName);

        Assert.That(misnamed, Is.Empty);
    }

    [Test]
    public void Commands_and_queries_are_named_so()
    {
        var requests = ProductTypes.Where(t => t.IsClass && !t.IsAbstract && Implements(t, typeof(ICommand<>), typeof(IQuery<>))).ToList();

        Assert.That(requests, Is.Not.Empty);
        Assert.That(
            requests.Where(t => !(Implements(t, typeof(ICommand<>)) ? t.Name.EndsWith("Command", StringComparison.Ordinal) : t.Name.EndsWith("Query", StringComparison.Ordinal))).Select(t => t.FullName),
            Is.Empty);
    }

    [Test]
    public void Integration_event_projects_hold_only_public_sealed_event_records()
    {
        foreach (var assembly in Assemblies.ModuleAssemblies("IntegrationEvents"))
        {
            var types = assembly.GetTypes().Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && t.Namespace is not null);
            foreach (var type in types)
            {
                Assert.That(type.IsPublic && type.IsSealed && typeof(IIntegrationEvent).IsAssignableFrom(type) && type.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal),
                    Is.True, $"{type.FullName} is not a public sealed *IntegrationEvent record");
                Assert.That(type.GetProperties().Select(p => p.PropertyType).Where(p => !IsPrimitive(p)).Select(p => p.Name), Is.Empty,
                    $"{type.FullName} carries a non-primitive field");
            }
        }
    }

    [Test]
    public void Module_facades_are_public_interfaces_named_after_their_module()
    {
        foreach (var module in Assemblies.ModuleNames)
        {
            var facade = Assemblies.Of(module, "Application").GetType($"Welfare.Modules.{module}.Application.I{module}Module");
            Assert.That(facade, Is.Not.Null, $"I{module}Module is missing");
            Assert.That(facade!.IsInterface && facade.IsPublic && typeof(IModuleFacade).IsAssignableFrom(facade), Is.True);
        }
    }

    [Test]
    public void Database_contexts_stay_inside_their_module()
    {
        var contexts = ProductTypes.Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(ModuleDbContext)) && t.Namespace!.StartsWith("Welfare.Modules.", StringComparison.Ordinal)).ToList();

        Assert.That(contexts.Select(c => c.Name), Is.SupersetOf(new[] { "StressCheckDbContext", "OvertimeDbContext", "OrganisationDbContext" }));
        Assert.That(contexts.Where(c => c.IsPublic).Select(c => c.FullName), Is.Empty, "public module contexts");
    }

    private static bool IsPrimitive(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray)
        {
            return IsPrimitive(t.GetElementType()!);
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return IsPrimitive(t.GetGenericArguments()[0]);
        }

        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }

    private static bool Implements(Type type, params Type[] openInterfaces) =>
        type.GetInterfaces().Any(i => i.IsGenericType && openInterfaces.Contains(i.GetGenericTypeDefinition()));
}
