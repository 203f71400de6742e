using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Host.Concurrency;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.IntegrationTests.Probe;

// A minimal module that lives only in the tests. It goes through the same pipeline, unit of work,
// outbox, inbox and audit trail as a real module, so the platform's behaviour can be proven before
// any business module exists.

public interface IProbeModule : IModuleFacade;

internal sealed class ProbeModule(IMediator mediator) : ModuleFacade(mediator, typeof(IProbeModule).Assembly), IProbeModule
{
    public const string Schema = "probe";

    public static async Task CreateTablesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await db.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS probe");
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }
}

internal static class ProbeRegistration
{
    public static IServiceCollection AddProbeModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<ProbeDbContext>(configuration, "Probe", ProbeModule.Schema, typeof(IProbeModule).Assembly, typeof(IProbeModule).Assembly);
        services.AddScoped<IProbeModule, ProbeModule>();
        services.AddSingleton<ProbeConsumerFaults>();
        services.AddSingleton<ProbeStepFaults>();
        services.AddIntegrationEventBatchHandler<ProbeStepBatchHandler>();
        services.AddSingleton<IStartupFilter, ProbeEndpoints>();
        return services;
    }
}

internal sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ProbeModule.Schema;

    public DbSet<ProbeNote> Notes => Set<ProbeNote>();

    public DbSet<ProbeDelivery> Deliveries => Set<ProbeDelivery>();

    public DbSet<ProbeReceivedEvent> Received => Set<ProbeReceivedEvent>();

    public DbSet<ProbeCase> Cases => Set<ProbeCase>();

    public DbSet<ProbeApplication> Applications => Set<ProbeApplication>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProbeNote>(b =>
        {
            b.ToTable("notes");
            b.HasKey(n => n.Id);
            b.Property(n => n.Text).HasMaxLength(100);
            b.HasIndex(n => n.Text).IsUnique();
        });
        modelBuilder.Entity<ProbeDelivery>(b =>
        {
            b.ToTable("deliveries");
            b.HasKey(d => d.Id);
        });
        modelBuilder.Entity<ProbeCase>(b =>
        {
            b.ToTable("cases");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Title).HasMaxLength(100);
            b.HasMany(c => c.Parts).WithOne().HasForeignKey("case_id");
        });
        modelBuilder.Entity<ProbeCasePart>(b =>
        {
            b.ToTable("case_parts");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<ProbeApplication>(b =>
        {
            b.ToTable("applications");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).UseIdentityAlwaysColumn();
        });
        modelBuilder.Entity<ProbeReceivedEvent>(b =>
        {
            b.ToTable("received_events");
            b.HasKey(d => d.Id);
            b.Property(d => d.Payload).HasColumnType("jsonb");
        });
    }
}

internal sealed class ProbeNote
{
    public Guid Id { get; init; }

    public required string Text { get; init; }
}

internal sealed class ProbeDelivery
{
    public Guid Id { get; init; }

    public Guid EventId { get; init; }

    public Guid NoteId { get; init; }
}

/// <summary>The probe's codes: a catalogue like a module's, outside the product (so not in the contract).</summary>
internal sealed class ProbeProblems : ProblemCatalogue
{
    public static readonly RuleCode Rule = DefineRule("probe.rule", "プローブの規則に反します。", "The probe rule is broken.");

    public static readonly ConflictCode Conflict = DefineConflict("probe.conflict", "競合しています。", "It conflicts.");

    private ProbeProblems()
    {
    }
}

public sealed record ProbeNoteCreatedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid NoteId) : IIntegrationEvent;

public sealed record CreateProbeNoteCommand(string Text) : ICommand<Guid>;

public sealed record ProbeNoteDto(Guid Id, string Text);

public sealed record GetProbeNoteQuery(Guid Id) : IQuery<ProbeNoteDto>;

internal sealed record RecordProbeDeliveryCommand(Guid EventId, Guid NoteId) : ICommand<Unit>;

internal sealed class CreateProbeNoteCommandValidator : AbstractValidator<CreateProbeNoteCommand>
{
    public CreateProbeNoteCommandValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(100);
}

internal sealed class CreateProbeNoteCommandHandler(ProbeDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<CreateProbeNoteCommand, Guid>
{
    public async Task<Guid> Handle(CreateProbeNoteCommand request, CancellationToken cancellationToken)
    {
        if (request.Text == "forbidden-rule")
        {
            throw new BusinessRuleViolationException(ProbeProblems.Rule);
        }

        var note = new ProbeNote { Id = Guid.NewGuid(), Text = request.Text };
        db.Notes.Add(note);
        outbox.Add(new ProbeNoteCreatedIntegrationEvent(Guid.NewGuid(), clock.GetUtcNow(), note.Id));
        audit.Record("probe.create", "ProbeNote", note.Id.ToString(), AuditOutcome.Allowed);

        // Lets a test fail a request after everything is staged, to prove nothing of it is stored.
        if (request.Text.StartsWith("crash", StringComparison.Ordinal))
        {
            await db.SaveChangesAsync(cancellationToken);
            throw new InvalidOperationException("SECRET-HEALTH-CONTENT must never reach a response");
        }

        return note.Id;
    }
}

internal sealed class GetProbeNoteQueryHandler(ProbeDbContext db, IAuditTrail audit) : IRequestHandler<GetProbeNoteQuery, ProbeNoteDto>
{
    public async Task<ProbeNoteDto> Handle(GetProbeNoteQuery request, CancellationToken cancellationToken)
    {
        var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == request.Id, cancellationToken);
        if (note is null)
        {
            audit.Record("probe.read", "ProbeNote", request.Id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("ProbeNote", request.Id.ToString());
        }

        audit.Record("probe.read", "ProbeNote", note.Id.ToString(), AuditOutcome.Allowed);
        return new ProbeNoteDto(note.Id, note.Text);
    }
}

/// <summary>Lets a test make the consumer fail a number of times before it succeeds.</summary>
internal sealed class ProbeConsumerFaults
{
    private int _remaining;

    public void FailNext(int times) => Interlocked.Exchange(ref _remaining, times);

    public bool ShouldFail() => Interlocked.Decrement(ref _remaining) >= 0;
}

internal sealed class ProbeNoteCreatedIntegrationEventHandler(IMediator mediator, ProbeConsumerFaults faults)
    : INotificationHandler<ProbeNoteCreatedIntegrationEvent>
{
    public async Task Handle(ProbeNoteCreatedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (faults.ShouldFail())
        {
            throw new InvalidOperationException("consumer is down");
        }

        await mediator.Send(new RecordProbeDeliveryCommand(notification.Id, notification.NoteId), cancellationToken);
    }
}

internal sealed class RecordProbeDeliveryCommandHandler(ProbeDbContext db) : IRequestHandler<RecordProbeDeliveryCommand, Unit>
{
    public Task<Unit> Handle(RecordProbeDeliveryCommand request, CancellationToken cancellationToken)
    {
        db.Deliveries.Add(new ProbeDelivery { Id = Guid.NewGuid(), EventId = request.EventId, NoteId = request.NoteId });
        return Task.FromResult(Unit.Value);
    }
}

/// <summary>
/// Probe routes, added after the Host's own pipeline so they run inside its exception handler,
/// localization and authentication, exactly like module endpoints. Hidden from the contract.
/// </summary>
internal sealed class ProbeEndpoints : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            var group = endpoints.MapGroup("/_probe").ExcludeFromDescription();
            group.MapPost("/notes", async (CreateProbeNoteCommand command, IProbeModule probe, CancellationToken ct) =>
                TypedResults.Created($"/_probe/notes/{await probe.ExecuteCommandAsync(command, ct)}"))
                .RequireAuthorization("authenticated");
            group.MapPost("/steps", async (PublishProbeStepsCommand command, IProbeModule probe, CancellationToken ct) =>
                TypedResults.Ok(await probe.ExecuteCommandAsync(command, ct)))
                .RequireAuthorization("authenticated");
            group.MapGet("/notes/{id:guid}", async (Guid id, IProbeModule probe, CancellationToken ct) =>
                TypedResults.Ok(await probe.ExecuteQueryAsync(new GetProbeNoteQuery(id), ct)))
                .RequireAuthorization("authenticated");
            var cases = group.MapGroup("/cases").AddEndpointFilterFactory(EditableRecordFilter.Create);
            cases.MapPost(string.Empty, async (CreateProbeCaseCommand command, IProbeModule probe, CancellationToken ct) =>
                {
                    var created = await probe.ExecuteCommandAsync(command, ct);
                    return TypedResults.Created($"/_probe/cases/{created.Id}", created);
                })
                .RequireAuthorization("authenticated");
            cases.MapGet("/{id:guid}", async (Guid id, IProbeModule probe, CancellationToken ct) =>
                TypedResults.Ok(await probe.ExecuteQueryAsync(new GetProbeCaseQuery(id), ct)))
                .RequireAuthorization("authenticated").ReadsEditableRecord();
            cases.MapPut("/{id:guid}", async (Guid id, ProbeCaseChange change, IProbeModule probe, CancellationToken ct) =>
                TypedResults.Ok(await probe.ExecuteCommandAsync(new ChangeProbeCaseCommand(id, change.Title, change.Part, change.AnotherWriterFirst), ct)))
                .RequireAuthorization("authenticated").ChangesEditableRecord();
            group.MapPost("/conflict", () =>
            {
                throw new ConflictException(ProbeProblems.Conflict);
            }).RequireAuthorization("authenticated");
            // What EF throws when the row changed since it was read (optimistic concurrency).
            group.MapPost("/concurrent-change", () =>
            {
                throw new DbUpdateConcurrencyException("The row changed.");
            }).RequireAuthorization("authenticated");
            // Deliberately without a policy: the fallback policy must deny it.
            group.MapGet("/unprotected", () => TypedResults.Ok("reachable"));
        });
    };
}
