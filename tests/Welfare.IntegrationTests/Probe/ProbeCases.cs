using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.IntegrationTests.Probe;

// An editable record of the probe module (docs/adr/0011): a case with parts in rows of their own, and a change
// that can let another writer store a change after the version check and before the save.

internal sealed class ProbeCase : IVersioned
{
    public Guid Id { get; init; }

    public required string Title { get; set; }

    public uint Version { get; private set; }

    public List<ProbeCasePart> Parts { get; } = [];
}

internal sealed class ProbeCasePart
{
    public Guid Id { get; init; }

    public required string Text { get; init; }
}

public sealed record ProbeCaseDto(Guid Id, string Title, IReadOnlyList<string> Parts);

public sealed record CreateProbeCaseCommand(string Title) : ICommand<ProbeCaseDto>;

public sealed record GetProbeCaseQuery(Guid Id) : IQuery<ProbeCaseDto>;

public sealed record ProbeCaseChange(string? Title, string? Part, bool AnotherWriterFirst);

/// <summary>Sets the title or adds a part; <paramref name="AnotherWriterFirst"/> lets another connection change the title right after the version check.</summary>
public sealed record ChangeProbeCaseCommand(Guid Id, string? Title, string? Part, bool AnotherWriterFirst) : ICommand<ProbeCaseDto>;

internal sealed class CreateProbeCaseCommandHandler(ProbeDbContext db) : IRequestHandler<CreateProbeCaseCommand, ProbeCaseDto>
{
    public Task<ProbeCaseDto> Handle(CreateProbeCaseCommand request, CancellationToken cancellationToken)
    {
        var created = new ProbeCase { Id = Guid.NewGuid(), Title = request.Title };
        db.Cases.Add(created);
        return Task.FromResult(ProbeCases.Dto(created));
    }
}

internal sealed class GetProbeCaseQueryHandler(ProbeDbContext db, RecordVersion version) : IRequestHandler<GetProbeCaseQuery, ProbeCaseDto>
{
    public async Task<ProbeCaseDto> Handle(GetProbeCaseQuery request, CancellationToken cancellationToken)
    {
        var found = await ProbeCases.LoadAsync(db.Cases.AsNoTracking(), request.Id, cancellationToken);
        version.Observe(found);
        return ProbeCases.Dto(found);
    }
}

internal sealed class ChangeProbeCaseCommandHandler(ProbeDbContext db, RecordVersion version) : IRequestHandler<ChangeProbeCaseCommand, ProbeCaseDto>
{
    public async Task<ProbeCaseDto> Handle(ChangeProbeCaseCommand request, CancellationToken cancellationToken)
    {
        var found = await ProbeCases.LoadAsync(db.Cases, request.Id, cancellationToken);
        version.Observe(found);
        if (request.AnotherWriterFirst)
        {
            // Commits at once, outside this request's transaction: the row this change was checked against is gone.
            await using var other = new NpgsqlConnection(db.Database.GetConnectionString());
            await other.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("UPDATE probe.cases SET title = title || ' (other)' WHERE id = @id", other);
            command.Parameters.AddWithValue("id", found.Id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (request.Title is not null)
        {
            found.Title = request.Title;
        }

        if (request.Part is not null)
        {
            found.Parts.Add(new ProbeCasePart { Id = Guid.NewGuid(), Text = request.Part });
        }

        return ProbeCases.Dto(found);
    }
}

internal static class ProbeCases
{
    public static async Task<ProbeCase> LoadAsync(IQueryable<ProbeCase> cases, Guid id, CancellationToken cancellationToken) =>
        await cases.Include(c => c.Parts).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("ProbeCase", id.ToString());

    public static ProbeCaseDto Dto(ProbeCase found) => new(found.Id, found.Title, [.. found.Parts.Select(p => p.Text).Order()]);
}
