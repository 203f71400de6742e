using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Interviews.ScheduleInterview;

internal sealed class ScheduleInterviewCommandValidator : AbstractValidator<ScheduleInterviewCommand>
{
    public ScheduleInterviewCommandValidator()
    {
        RuleFor(c => c.PhysicianId).NotEmpty().MaximumLength(64);
        RuleFor(c => c.ScheduledOn).NotEmpty();
    }
}
