using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Training.GetUntrained;

public sealed record UntrainedEmployeeDto(string EmployeeId, string DepartmentCode, DateOnly Since);

/// <summary>
/// New employees (joined within the configured period) or new supervisors (reached a supervisor's grade within
/// it) who have not attended a session for their audience since (第6条2). All-staff sessions count for new
/// employees; new supervisors need a session on their role.
/// </summary>
public sealed record GetUntrainedQuery(TrainingAudience Audience, PageRequest Paging) : IQuery<PagedList<UntrainedEmployeeDto>>, IPagedQuery;

internal sealed class GetUntrainedQueryHandler(IHarassmentDbContext db, TimeProvider clock) : IRequestHandler<GetUntrainedQuery, PagedList<UntrainedEmployeeDto>>
{
    public async Task<PagedList<UntrainedEmployeeDto>> Handle(GetUntrainedQuery request, CancellationToken cancellationToken)
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
            ? employees.Where(e => e.JoinedOn > since && e.JoinedOn <= today).Select(e => new { e.EmployeeId, e.DepartmentCode, Since = e.JoinedOn })
            : employees.Where(e => e.PromotedToSupervisorOn > since && e.PromotedToSupervisorOn <= today && e.GradeRank >= settings.SupervisorGradeRank)
                .Select(e => new { e.EmployeeId, e.DepartmentCode, Since = e.PromotedToSupervisorOn!.Value });
        var audiences = request.Audience == TrainingAudience.NewEmployees ? new[] { TrainingAudience.NewEmployees, TrainingAudience.AllStaff } : [TrainingAudience.NewSupervisors];
        var sessions = db.TrainingSessions.AsNoTracking().Where(s => audiences.Contains(s.Audience) && s.HeldOn <= today);
        var page = await newcomers
            .Where(n => !sessions.Any(s => s.HeldOn >= n.Since && s.Attendance.Any(a => a.EmployeeId == n.EmployeeId)))
            .OrderBy(n => n.DepartmentCode).ThenBy(n => n.EmployeeId)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(n => new UntrainedEmployeeDto(n.EmployeeId, n.DepartmentCode, n.Since));
    }
}
