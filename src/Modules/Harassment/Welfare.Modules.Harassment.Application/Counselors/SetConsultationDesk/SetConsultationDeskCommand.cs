using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.Harassment.Application.Counselors.SetConsultationDesk;

/// <summary>The welfare officer publishes the places and hours of consultation; the list replaces the previous one.</summary>
public sealed record SetConsultationDeskCommand(IReadOnlyList<ConsultationDeskEntryDto> Entries) : Welfare.SharedKernel.Application.Messaging.ICommand<ConsultationDeskDto>;

internal sealed class SetConsultationDeskCommandValidator : AbstractValidator<SetConsultationDeskCommand>
{
    public SetConsultationDeskCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().Must(e => e.Count is >= 1 and <= 50).WithMessage("1–50 entries.");
        RuleForEach(c => c.Entries).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.Place).NotEmpty().MaximumLength(200);
            e.RuleFor(x => x.Hours).NotEmpty().MaximumLength(200);
            e.RuleFor(x => x.Contact).MaximumLength(200);
            e.RuleFor(x => x.Note).MaximumLength(1000);
        }).When(c => c.Entries is not null);
    }
}

internal sealed class SetConsultationDeskCommandHandler(IHarassmentDbContext db, IAuditTrail audit, TimeProvider clock, CounselorRegistry counselors, DirectoryFreshness freshness)
    : IRequestHandler<SetConsultationDeskCommand, ConsultationDeskDto>
{
    public async Task<ConsultationDeskDto> Handle(SetConsultationDeskCommand request, CancellationToken cancellationToken)
    {
        db.DeskEntries.RemoveRange(await db.DeskEntries.ToListAsync(cancellationToken));
        var now = clock.GetUtcNow();
        var position = 0;
        foreach (var e in request.Entries)
        {
            db.DeskEntries.Add(new ConsultationDeskEntry(Guid.CreateVersion7(now), position++, e.Place.Trim(), e.Hours.Trim(), e.Contact?.Trim(), e.Note?.Trim()));
        }

        audit.Record("harassment.consultation-desk.set", "ConsultationDesk", "desk", AuditOutcome.Allowed);
        return new ConsultationDeskDto(request.Entries, await counselors.DeskAsync(null, cancellationToken), await freshness.AsOfAsync(db, cancellationToken));
    }
}
