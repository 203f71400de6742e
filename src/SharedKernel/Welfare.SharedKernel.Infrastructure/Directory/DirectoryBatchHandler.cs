using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Directory;

internal static class DirectoryBatchHandler
{
    /// <summary>The handler name of the block in each consumer's inbox.</summary>
    public const string InboxName = "directory";
}

/// <summary>Keeps one consumer module's directory tables from the Organisation module's events.</summary>
internal sealed class DirectoryBatchHandler<TContext> : IIntegrationEventBatchHandler
    where TContext : ModuleDbContext
{
    public string Name => DirectoryBatchHandler.InboxName;

    public Type DbContextType => typeof(TContext);

    public bool Handles(Type eventType) => DirectoryApplier.Handles(eventType);

    public Task ApplyAsync(ModuleDbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken) =>
        DirectoryApplier.ApplyAsync(db, events, cancellationToken);
}

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>A consumer module opts into the directory block: its context maps the tables (<see cref="DirectoryMapping"/>), this keeps them.</summary>
    public static IServiceCollection AddDirectory<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.AddIntegrationEventBatchHandler<DirectoryBatchHandler<TContext>>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DirectoryOptions.Section).Get<DirectoryOptions>() ?? new DirectoryOptions());
        services.TryAddSingleton<DirectoryFreshness>();
        return services;
    }
}
