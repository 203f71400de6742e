using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.ReceiveComplaint;

/// <summary>
/// A designated counsellor records a complaint received (運用 第7条関係): who brought it and in what capacity,
/// the kinds, the respondent if an employee, the counsellor sex asked for, and the counsellors who handle it
/// (two in principle, or one with the reason). A retaliation report (第3条) names the complaint it follows.
/// </summary>
public sealed record ReceiveComplaintCommand(
    ComplaintSource Source,
    string ComplainantId,
    string? PersonHarassedId,
    string? RespondentId,
    IReadOnlyList<ComplaintKindDto> Kinds,
    CounselorSex? RequestedCounselorSex,
    IReadOnlyList<string> CounselorIds,
    string? SingleCounselorReason,
    Guid? RetaliationOf,
    DateOnly? ReceivedOn) : Welfare.SharedKernel.Application.Messaging.ICommand<ComplaintDto>;

internal sealed class ReceiveComplaintCommandValidator : AbstractValidator<ReceiveComplaintCommand>
{
    public ReceiveComplaintCommandValidator()
    {
        RuleFor(c => c.Source).IsInEnum();
        RuleFor(c => c.ComplainantId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.PersonHarassedId).MaximumLength(32);
        RuleFor(c => c.RespondentId).MaximumLength(32);
        RuleFor(c => c.Kinds).NotNull();
        RuleForEach(c => c.Kinds).NotNull().ChildRules(k =>
        {
            k.RuleFor(x => x.Kind).IsInEnum();
            k.RuleFor(x => x.SubKind).IsInEnum();
        }).When(c => c.Kinds is not null);
        RuleFor(c => c.RequestedCounselorSex).IsInEnum();
        RuleFor(c => c.CounselorIds).NotNull();
        RuleForEach(c => c.CounselorIds).NotEmpty().MaximumLength(32).When(c => c.CounselorIds is not null);
        RuleFor(c => c.SingleCounselorReason).MaximumLength(1000);
    }
}

internal sealed class ReceiveComplaintCommandHandler(
    IHarassmentDbContext db, DirectoryFreshness freshness, ICurrentUser user, IAuditTrail audit, TimeProvider clock, CounselorRegistry counselors, ComplaintAccess access)
    : IRequestHandler<ReceiveComplaintCommand, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(ReceiveComplaintCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        await counselors.EnsureCallerIsCounselorAsync(cancellationToken);
        if (request.RetaliationOf is { } original)
        {
            // Only someone handling the original complaint may link a report to it; others learn nothing of it.
            _ = await access.ChangeAsync(original, "harassment.complaint.link-retaliation", cancellationToken);
        }

        var respondentId = request.Source == ComplaintSource.PersonToldTheyHarass ? request.ComplainantId : request.RespondentId;
        var authority = await OtherAuthorityAsync(request.ComplainantId, respondentId, cancellationToken);
        var now = clock.GetUtcNow();
        var complaint = Complaint.Receive(
            Guid.CreateVersion7(now), request.Source, request.ComplainantId.Trim(), request.PersonHarassedId?.Trim(), request.RespondentId?.Trim(), authority,
            request.Kinds.Select(k => (k.Kind, k.SubKind)).ToList(), request.RequestedCounselorSex, request.CounselorIds, request.SingleCounselorReason,
            await counselors.ActiveAsync(cancellationToken), request.RetaliationOf, user.Id, request.ReceivedOn ?? clock.Today(), now);
        db.Complaints.Add(complaint);
        audit.Record("harassment.complaint.receive", ComplaintAccess.RecordType, complaint.Id.ToString(), AuditOutcome.Allowed);
        return ComplaintDto.Full(complaint);
    }

    /// <summary>The respondent's appointing authority when the directory shows it differs from the complainant's (第5条3).</summary>
    private async Task<string?> OtherAuthorityAsync(string complainantId, string? respondentId, CancellationToken cancellationToken)
    {
        if (respondentId is null)
        {
            return null;
        }

        var people = await db.DirectoryEmployees.AsNoTracking().Where(e => e.EmployeeId == complainantId || e.EmployeeId == respondentId)
            .Select(e => new { e.EmployeeId, e.AppointingAuthority }).ToListAsync(cancellationToken);
        var mine = people.FirstOrDefault(p => p.EmployeeId == complainantId)?.AppointingAuthority;
        var theirs = people.FirstOrDefault(p => p.EmployeeId == respondentId)?.AppointingAuthority;
        return mine is not null && theirs is not null && mine != theirs ? theirs : null;
    }
}
