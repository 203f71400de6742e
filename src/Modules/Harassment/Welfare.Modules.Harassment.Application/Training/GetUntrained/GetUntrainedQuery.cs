using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Training.GetUntrained;

public sealed record UntrainedEmployeeDto(string EmployeeId, string DepartmentCode, DateOnly Since);

/// <summary>
/// New employees (joined within the configured period) or new supervisors (reached a supervisor's grade within
/// it) who have not attended a session for their audience since (第6条2). All-staff sessions count for new
/// employees; new supervisors need a session on their role.
/// </summary>
public sealed record GetUntrainedQuery(TrainingAudience Audience) : IQuery<IReadOnlyList<UntrainedEmployeeDto>>;

internal sealed class GetUntrainedQueryHandler(IHarassmentDbContext db, TimeProvider clock) : IRequestHandler<GetUntrainedQuery, IReadOnlyList<UntrainedEmployeeDto>>
{
    public async Task<IReadOnlyList<UntrainedEmployeeDto>> Handle(GetUntrainedQuery request, CancellationToken cancellationToken)
    {
        if (request.Audience == TrainingAudience.AllStaff)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.TrainingAudience);
        }

        var settings = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
        var today = clock.Today();
        var since = today.AddMonths(-settings.NewPeriodMonths);
        var employees = db.Employees.AsNoTracking().Where(e => e.Status != "Left");
        var newcomers = request.Audience == TrainingAudience.NewEmployees
            ? await employees.Where(e => e.JoinedOn > since && e.JoinedOn <= today).Select(e => new { e.EmployeeId, e.DepartmentCode, Since = e.JoinedOn }).ToListAsync(cancellationToken)
            : await employees.Where(e => e.PromotedToSupervisorOn > since && e.PromotedToSupervisorOn <= today && e.GradeRank >= settings.SupervisorGradeRank)
                .Select(e => new { e.EmployeeId, e.DepartmentCode, Since = e.PromotedToSupervisorOn!.Value }).ToListAsync(cancellationToken);
        var audiences = request.Audience == TrainingAudience.NewEmployees ? new[] { TrainingAudience.NewEmployees, TrainingAudience.AllStaff } : [TrainingAudience.NewSupervisors];
        var ids = newcomers.Select(n => n.EmployeeId).ToList();
        var attended = await db.TrainingSessions.AsNoTracking().Where(s => audiences.Contains(s.Audience) && s.HeldOn <= today)
            .SelectMany(s => s.Attendance.Where(a => ids.Contains(a.EmployeeId)).Select(a => new { a.EmployeeId, s.HeldOn }))
            .ToListAsync(cancellationToken);
        return newcomers.Where(n => !attended.Any(a => a.EmployeeId == n.EmployeeId && a.HeldOn >= n.Since))
            .OrderBy(n => n.DepartmentCode).ThenBy(n => n.EmployeeId)
            .Select(n => new UntrainedEmployeeDto(n.EmployeeId, n.DepartmentCode, n.Since)).ToList();
    }
}
