using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Campaigns;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results.SubmitAnswers;

internal sealed class SubmitAnswersCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<SubmitAnswersCommand, SubmissionReceiptDto>
{
    public async Task<SubmissionReceiptDto> Handle(SubmitAnswersCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, request.CampaignId, targetOf: user.Id, cancellationToken);
        var target = campaign.TargetFor(user.Id);
        if (target is null)
        {
            audit.Record("stress-check.submit", "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("Campaign", request.CampaignId.ToString());
        }

        var today = clock.Today();
        if (!campaign.AcceptsAnswersOn(today))
        {
            throw new BusinessRuleViolationException(StressCheckProblems.CampaignNotAccepting, new LocalizedText(
                $"受検期間外です（{campaign.OpensOn:yyyy-MM-dd}～{campaign.ClosesOn:yyyy-MM-dd}）。",
                $"The check is not open today (open {campaign.OpensOn:yyyy-MM-dd} to {campaign.ClosesOn:yyyy-MM-dd})."));
        }

        var previous = await db.Submissions.Where(s => s.CampaignId == campaign.Id && s.EmployeeId == user.Id).ToListAsync(cancellationToken);
        foreach (var superseded in previous.Where(s => s.IsLatest))
        {
            superseded.Supersede();
        }

        var now = clock.GetUtcNow();
        var submission = Submission.Score(Guid.CreateVersion7(now), campaign.Id, user.Id, now, today, target.Sex, target.DepartmentCode,
            Answers.From(request.Answers), campaign.Criteria);
        db.Submissions.Add(submission);
        audit.Record("stress-check.submit", "Submission", submission.Id.ToString(), AuditOutcome.Allowed);
        return new SubmissionReceiptDto(submission.Id, now, previous.Count + 1);
    }
}
