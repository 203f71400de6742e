using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Messaging;

/// <summary>
/// Runs a request in its module's transaction: the change, its outbox rows and its audit entries are
/// stored together or not at all. When the request fails, its audit entries (refusals above all) are
/// still stored, alone.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IServiceProvider services,
    ModuleCatalog catalog,
    IAuditTrail auditTrail,
    OutboxBuffer outbox,
    ICurrentUser currentUser,
    RecordVersion recordVersion,
    TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var module = catalog.ForType(typeof(TRequest));
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);

        // A request sent while another one (or the relay) already holds a transaction joins it.
        var isOuter = db.Database.CurrentTransaction is null;
        await using var transaction = isOuter && IsCommand
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (transaction is not null)
        {
            // Any failure rolls the whole transaction back (below), so EF's savepoint around each
            // SaveChanges would only add two round trips (SAVEPOINT, RELEASE) to every command.
            db.Database.AutoSavepointsEnabled = false;
        }

        try
        {
            var response = await next();
            StageAudit(db, module);
            var events = OutboxWriter.Messages(outbox.Drain(), clock.GetUtcNow());
            if (db.Database.CurrentTransaction is null)
            {
                // Outside a transaction (a query), SaveChanges' own transaction carries them.
                db.OutboxMessages.AddRange(events);
            }

            await SaveAsync(db, cancellationToken);
            if (db.Database.CurrentTransaction is not null)
            {
                // After the change is saved, in its transaction: the change's row locks are held by then, so of two
                // commands on one aggregate the one that commits first also numbers its events first (ADR 0004).
                await OutboxWriter.WriteAsync(db, events, cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return response;
        }
        catch (Exception failure) when (isOuter)
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            outbox.Clear();

            // A refusal inside a module is audited once: by the handler when it records it, otherwise
            // here — a function the caller may not use, or a record they may not see (which answers
            // like an absent one, so probing for ids shows in the trail as well).
            if (!auditTrail.Pending.Any(r => r.Outcome == AuditOutcome.Denied))
            {
                switch (failure)
                {
                    case ForbiddenException:
                        auditTrail.Record(typeof(TRequest).Name, "Function", typeof(TRequest).Name, AuditOutcome.Denied);
                        break;
                    case NotFoundException notFound:
                        auditTrail.Record(typeof(TRequest).Name, notFound.RecordType, notFound.RecordId, AuditOutcome.Denied);
                        break;
                }
            }

            if (auditTrail.Pending.Count > 0)
            {
                StageAudit(db, module);
                await db.SaveChangesAsync(CancellationToken.None);
            }

            throw;
        }
    }

    private async Task SaveAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (recordVersion.Checked)
        {
            // Someone stored a change between the check of the client's version and this save: the version the
            // client named is no longer the stored one either.
            throw new PreconditionFailedException();
        }
    }

    private void StageAudit(ModuleDbContext db, ModuleDescriptor module)
    {
        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        foreach (var record in auditTrail.Pending)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                OccurredAt = now,
                Module = module.Name,
                ActorId = currentUser.IsAuthenticated ? currentUser.Id : currentUser.IsSystem ? SystemActor.Id : "anonymous",
                ActorRoles = [.. currentUser.Roles],
                Action = record.Action,
                RecordType = record.RecordType,
                RecordId = record.RecordId,
                Outcome = record.Outcome.ToString(),
                TraceId = traceId,
            });
        }

        auditTrail.ClearPending();
    }
}
