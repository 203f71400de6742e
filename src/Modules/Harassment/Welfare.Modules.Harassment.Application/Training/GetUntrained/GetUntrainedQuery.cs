using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
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

internal sealed class GetUntrainedQueryHandler(IHarassmentDbContext db, DirectoryFreshness freshness, TimeProvider clock) : IRequestHandler<GetUntrainedQuery, PagedList<UntrainedEmployeeDto>>
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
        var supervisor = settings.SupervisorGradeRank;

        // A new supervisor reached a supervisor's grade after holding a lower one in the directory's history of
        // grades (joining at a supervisor's grade makes a new employee, not a new supervisor).
        var people = db.DirectoryEmployees.Where(e => e.Status != DirectoryStatus.Left)
            .Select(e => new
            {
                e.EmployeeId,
                e.JoinedOn,
                e.GradeRank,
                DepartmentCode = db.DirectoryAssignments
                    .Where(a => a.EmployeeId == e.EmployeeId && a.From <= today && (a.To == null || a.To >= today))
                    .OrderByDescending(a => a.From).ThenByDescending(a => a.Id).Select(a => a.DepartmentCode).FirstOrDefault(),
                PromotedOn = db.DirectoryGradeChanges
                    .Where(g => g.EmployeeId == e.EmployeeId && g.GradeRank >= supervisor
                        && db.DirectoryGradeChanges.Any(h => h.EmployeeId == e.EmployeeId && h.GradeRank < supervisor && h.Id < g.Id))
                    .Min(g => (DateOnly?)g.From),
            })
            .Where(p => p.DepartmentCode != null);
        var newcomers = request.Audience == TrainingAudience.NewEmployees
            ? people.Where(p => p.JoinedOn > since && p.JoinedOn <= today).Select(p => new { p.EmployeeId, DepartmentCode = p.DepartmentCode!, Since = p.JoinedOn })
            : people.Where(p => p.PromotedOn > since && p.PromotedOn <= today && p.GradeRank >= supervisor)
                .Select(p => new { p.EmployeeId, DepartmentCode = p.DepartmentCode!, Since = p.PromotedOn!.Value });
        var audiences = request.Audience == TrainingAudience.NewEmployees ? new[] { TrainingAudience.NewEmployees, TrainingAudience.AllStaff } : [TrainingAudience.NewSupervisors];
        var sessions = db.TrainingSessions.AsNoTracking().Where(s => audiences.Contains(s.Audience) && s.HeldOn <= today);
        var page = await newcomers
            .Where(n => !sessions.Any(s => s.HeldOn >= n.Since && s.Attendance.Any(a => a.EmployeeId == n.EmployeeId)))
            .OrderBy(n => n.DepartmentCode).ThenBy(n => n.EmployeeId)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(n => new UntrainedEmployeeDto(n.EmployeeId, n.DepartmentCode, n.Since)) with
        {
            DirectoryAsOf = await freshness.AsOfAsync(db, cancellationToken),
        };
    }
}
