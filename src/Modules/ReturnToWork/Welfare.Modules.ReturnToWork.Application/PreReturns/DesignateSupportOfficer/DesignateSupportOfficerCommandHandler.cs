using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DesignateSupportOfficer;

internal sealed class DesignateSupportOfficerCommandHandler(
    IReturnToWorkDbContext db, DirectoryFreshness freshness, PreReturnAccess access, PreReturnViews views, ReturnToWorkSettings settings, TimeProvider clock)
    : IRequestHandler<DesignateSupportOfficerCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(DesignateSupportOfficerCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.support-officer", CaseRelation.DepartmentHead, cancellationToken);
        var officer = await db.EmployeeAsync(request.EmployeeId, cancellationToken);
        if (officer is null || officer.Status == "Left")
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.SupportOfficerUnknown);
        }

        var minimum = await db.DirectoryGrades.AsNoTracking().Where(g => g.GradeCode == settings.SupportOfficerMinimumGrade).Select(g => (int?)g.Rank).FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleViolationException(ReturnToWorkProblems.MinimumGradeUnknown, new($"支援担当者の最低の職({settings.SupportOfficerMinimumGrade})が職員名簿にありません。", $"The configured minimum grade {settings.SupportOfficerMinimumGrade} is not known from the directory."));
        if (officer.GradeRank < minimum)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.SupportOfficerGradeTooLow, new($"支援担当者は{settings.SupportOfficerMinimumGrade}以上の職にある者でなければなりません。", $"A support officer must hold grade {settings.SupportOfficerMinimumGrade} or higher."));
        }

        found.DesignateSupportOfficer(officer.EmployeeId, clock.GetUtcNow());
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
