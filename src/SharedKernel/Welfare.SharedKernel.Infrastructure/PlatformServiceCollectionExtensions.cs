using System.Reflection;
using FluentValidation;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Behaviors;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.Auditing;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Messaging;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure.Telemetry;
using Welfare.SharedKernel.Infrastructure.Scheduling;

namespace Welfare.SharedKernel.Infrastructure;

public static class PlatformServiceCollectionExtensions
{
    public const string ConnectionStringName = "Welfare";
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>
    /// MediatR 5.1.0 by hand (it has no DI package): one mediator, behaviours in nesting order
    /// telemetry → logging → validation → unit of work, the audit trail and the audit module.
    /// </summary>
    public static IServiceCollection AddWelfarePlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // A rule stops at its first failure: `NotNull().Must(x => x.Count …)` never reaches the Must with a null.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.AddMetrics();
        services.TryAddSingleton<WelfareMetrics>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TelemetryBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<RecordVersion>();
        services.AddScoped<OutboxBuffer>();
        services.AddScoped<IOutbox>(sp => sp.GetRequiredService<OutboxBuffer>());
        services.AddSingleton<ModuleCatalog>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton(configuration.GetSection(ImportLimits.Section).Get<ImportLimits>() ?? new ImportLimits());

        services.AddWelfareModule<AuditDbContext>(
            configuration,
            "Audit",
            AuditDbContext.SchemaName,
            typeof(IAuditTrailModule).Assembly,
            typeof(PlatformServiceCollectionExtensions).Assembly);
        services.AddScoped<IAuditTrailModule, AuditTrailModule>();

        // The platform schema is no module: no use cases, no events, registered only so that it is migrated
        // (and reset by the tests) like one. Its "application assembly" is this one, which declares no request.
        var connectionString = ConnectionString(configuration);
        services.AddDbContextPool<PlatformDbContext>(options => UseWelfareDatabase(options, connectionString, PlatformDbContext.SchemaName));
        services.AddSingleton(new ModuleDescriptor("Platform", PlatformDbContext.SchemaName, typeof(PlatformDbContext).Assembly, typeof(PlatformDbContext)));
        services.AddScoped<SystemActor>();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton<IJobScheduler, JobScheduler>();
        services.AddHostedService<JobSchedulerService>();
        return services;
    }

    /// <summary>
    /// Registers a consumer that applies runs of integration events set-based (<see cref="IIntegrationEventBatchHandler"/>):
    /// scoped, resolved by the relays in a scope of their own for each run they deliver to it.
    /// </summary>
    public static IServiceCollection AddIntegrationEventBatchHandler<THandler>(this IServiceCollection services)
        where THandler : class, IIntegrationEventBatchHandler
    {
        services.TryAddScoped<THandler>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventBatchHandler, THandler>(sp => sp.GetRequiredService<THandler>()));
        return services;
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");

    private static void UseWelfareDatabase(
        DbContextOptionsBuilder options, string connectionString, string schema, QuerySplittingBehavior querySplitting = QuerySplittingBehavior.SingleQuery) =>
        options.UseNpgsql(
            connectionString,
            npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema).UseQuerySplittingBehavior(querySplitting));

    /// <summary>
    /// Registers one module: its context (own schema and migrations history), its handlers and
    /// validators (internal ones included), its Mapster mappings and its outbox relay.
    /// </summary>
    /// <param name="querySplitting">
    /// <see cref="QuerySplittingBehavior.SplitQuery"/> for a module whose aggregates load several collections at
    /// once (one query per collection instead of their cross product). Single queries otherwise: EF buffers
    /// every result of a split-mode query, also those without any collection, which costs each simple read.
    /// </param>
    public static IServiceCollection AddWelfareModule<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string name,
        string schema,
        Assembly applicationAssembly,
        Assembly infrastructureAssembly,
        QuerySplittingBehavior querySplitting = QuerySplittingBehavior.SingleQuery)
        where TContext : ModuleDbContext
    {
        // Pooled: a context is built (options, services, change tracker) once and reset between requests
        // instead of per request, which was about a tenth of the CPU of a simple read (bench/http).
        var connectionString = ConnectionString(configuration);
        services.AddDbContextPool<TContext>(options => UseWelfareDatabase(options, connectionString, schema, querySplitting));

        services.AddSingleton(new ModuleDescriptor(name, schema, applicationAssembly, typeof(TContext)));

        Assembly[] assemblies = [applicationAssembly, infrastructureAssembly];
        services.Scan(scan => scan
            .FromAssemblies(assemblies.Distinct())
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        // Singletons: a validator holds only its rules (and at most singleton settings), and building the rules
        // anew for every request was a visible part of a command's cost (bench/http).
        services.AddValidatorsFromAssemblies(assemblies.Distinct(), ServiceLifetime.Singleton, includeInternalTypes: true);
        TypeAdapterConfig.GlobalSettings.Scan(applicationAssembly);

        if (typeof(TContext) != typeof(AuditDbContext))
        {
            services.AddSingleton<IOutboxRelay>(sp => new OutboxRelay<TContext>(
                sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<ModuleCatalog>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<OutboxRelay<TContext>>>(),
                sp.GetRequiredService<WelfareMetrics>(),
                name,
                schema,
                Math.Max(1, sp.GetRequiredService<IOptions<OutboxOptions>>().Value.BatchSize)));
            services.AddSingleton<IHostedService>(sp => new OutboxRelayService(
                sp.GetServices<IOutboxRelay>().Single(r => r.Module == name),
                sp.GetRequiredService<IOptions<OutboxOptions>>(),
                sp.GetRequiredService<WelfareMetrics>(),
                sp.GetRequiredService<ILogger<OutboxRelayService>>()));
        }

        return services;
    }
}
