using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters.ReleaseSupporter;

internal sealed class ReleaseSupporterCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, DesignationPaperwork paperwork, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<ReleaseSupporterCommand, SupporterChangeDto>
{
    private const string Action = "supporter.release";

    public async Task<SupporterChangeDto> Handle(ReleaseSupporterCommand request, CancellationToken cancellationToken)
    {
        var designation = await db.Supporters.SingleOrDefaultAsync(s => s.Id == request.DesignationId, cancellationToken);
        if (designation is null || !await access.HeadsAsync(designation.DepartmentCode, cancellationToken))
        {
            audit.Record(Action, "SupporterDesignation", request.DesignationId.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("SupporterDesignation", request.DesignationId.ToString());
        }

        var on = request.ReleasedOn ?? access.Today;
        designation.Release(on, request.Reason, user.Id);
        var workplace = await db.Workplaces.AsNoTracking().SingleAsync(w => w.Id == designation.WorkplaceId, cancellationToken);
        audit.Record(Action, "SupporterDesignation", designation.Id.ToString(), AuditOutcome.Allowed);
        return await paperwork.IssueAsync(designation, workplace, DesignationChange.Release, on, cancellationToken);
    }
}
