using Microsoft.Extensions.DependencyInjection;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>Keeps one consumer module's directory tables from the Organisation module's events.</summary>
internal sealed class DirectoryBatchHandler<TContext> : IIntegrationEventBatchHandler
    where TContext : ModuleDbContext
{
    public const string InboxName = "directory";

    public string Name => InboxName;

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
        services.AddSingleton<IIntegrationEventBatchHandler, DirectoryBatchHandler<TContext>>();
        return services;
    }
}
