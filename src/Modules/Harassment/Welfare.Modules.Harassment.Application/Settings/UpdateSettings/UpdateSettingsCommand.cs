using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.Harassment.Application.Settings.UpdateSettings;

/// <summary>The welfare officer sets the follow-up intervals, the statistics' minimum cell size, the supervisor grade and the "new" period.</summary>
public sealed record UpdateSettingsCommand(IReadOnlyList<int> FollowUpDays, int MinimumCellSize, int SupervisorGradeRank, int NewPeriodMonths)
    : Welfare.SharedKernel.Application.Messaging.ICommand<HarassmentSettingsDto>;

internal sealed class UpdateSettingsCommandValidator : AbstractValidator<UpdateSettingsCommand>
{
    public UpdateSettingsCommandValidator()
    {
        RuleFor(c => c.FollowUpDays).Cascade(CascadeMode.Stop).NotNull().Must(d => d.Count <= 12).WithMessage("At most 12 intervals.");
        RuleForEach(c => c.FollowUpDays).InclusiveBetween(1, 3650).When(c => c.FollowUpDays is not null);
        RuleFor(c => c.MinimumCellSize).InclusiveBetween(1, 100);
        RuleFor(c => c.SupervisorGradeRank).InclusiveBetween(1, 100);
        RuleFor(c => c.NewPeriodMonths).InclusiveBetween(1, 60);
    }
}

internal sealed class UpdateSettingsCommandHandler(IHarassmentDbContext db, IAuditTrail audit, RecordVersion version)
    : IRequestHandler<UpdateSettingsCommand, HarassmentSettingsDto>
{
    public async Task<HarassmentSettingsDto> Handle(UpdateSettingsCommand request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.Id == HarassmentSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            // The first save replaces the defaults: there is no stored version anybody could overwrite.
            settings = new HarassmentSettings();
            db.Settings.Add(settings);
            version.Created(settings);
        }
        else
        {
            version.Observe(settings);
        }

        settings.Update(request.FollowUpDays, request.MinimumCellSize, request.SupervisorGradeRank, request.NewPeriodMonths);
        audit.Record("harassment.settings.update", "HarassmentSettings", "1", AuditOutcome.Allowed);
        return new HarassmentSettingsDto(settings.FollowUpDays, settings.MinimumCellSize, settings.SupervisorGradeRank, settings.NewPeriodMonths);
    }
}
