using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters.RegisterWorkplace;

internal sealed class RegisterWorkplaceCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RegisterWorkplaceCommand, WorkplaceDto>
{
    private const string Action = "workplace.register";

    public async Task<WorkplaceDto> Handle(RegisterWorkplaceCommand request, CancellationToken cancellationToken)
    {
        await access.EnsureHeadsAsync(request.DepartmentCode, Action, cancellationToken);
        if (await db.Workplaces.AnyAsync(w => w.DepartmentCode == request.DepartmentCode && w.Name == request.Name, cancellationToken))
        {
            throw new ConflictException(PeerSupportProblems.WorkplaceExists);
        }

        var workplace = new Workplace(Guid.CreateVersion7(clock.GetUtcNow()), request.DepartmentCode, request.Name, user.Id, clock.GetUtcNow());
        workplace.SetNoSupporterReason(request.NoSupporterReason);
        db.Workplaces.Add(workplace);
        audit.Record(Action, "Workplace", workplace.Id.ToString(), AuditOutcome.Allowed);
        return WorkplaceDto.From(workplace, [], new Dictionary<string, DirectoryPerson>());
    }
}
