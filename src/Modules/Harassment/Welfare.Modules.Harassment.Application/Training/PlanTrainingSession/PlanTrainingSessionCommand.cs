using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Training.PlanTrainingSession;

/// <summary>The welfare officer records a training session (第6条): audience, date, kinds and topics; sexual harassment training covers SOGI.</summary>
public sealed record PlanTrainingSessionCommand(string Title, DateOnly HeldOn, TrainingAudience Audience, IReadOnlyList<HarassmentKind> Kinds,
    IReadOnlyList<string> Topics, bool CoversSexualOrientationAndGenderIdentity) : Welfare.SharedKernel.Application.Messaging.ICommand<TrainingSessionDto>;

internal sealed class PlanTrainingSessionCommandValidator : AbstractValidator<PlanTrainingSessionCommand>
{
    public PlanTrainingSessionCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.HeldOn).NotEmpty();
        RuleFor(c => c.Audience).IsInEnum();
        RuleFor(c => c.Kinds).Cascade(CascadeMode.Stop).NotNull().NotEmpty();
        RuleForEach(c => c.Kinds).IsInEnum().When(c => c.Kinds is not null);
        RuleFor(c => c.Topics).NotNull();
        RuleForEach(c => c.Topics).NotEmpty().MaximumLength(200).When(c => c.Topics is not null);
    }
}

internal sealed class PlanTrainingSessionCommandHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<PlanTrainingSessionCommand, TrainingSessionDto>
{
    public Task<TrainingSessionDto> Handle(PlanTrainingSessionCommand request, CancellationToken cancellationToken)
    {
        var session = TrainingSession.Plan(Guid.CreateVersion7(clock.GetUtcNow()), request.Title, request.HeldOn, request.Audience, request.Kinds, request.Topics,
            request.CoversSexualOrientationAndGenderIdentity, user.Id);
        db.TrainingSessions.Add(session);
        audit.Record("harassment.training.plan", "HarassmentTrainingSession", session.Id.ToString(), AuditOutcome.Allowed);
        return Task.FromResult(TrainingSessionDto.Of(session));
    }
}
