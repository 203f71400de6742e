using MediatR;
using Welfare.Modules.Overtime.Application.Caps.GetCaps;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Caps.GetMyCaps;

internal sealed class GetMyCapsQueryHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit) : IRequestHandler<GetMyCapsQuery, IReadOnlyList<PersonalCapDto>>
{
    public async Task<IReadOnlyList<PersonalCapDto>> Handle(GetMyCapsQuery request, CancellationToken cancellationToken)
    {
        audit.Record("overtime.cap.read", "PersonalCap", user.Id, AuditOutcome.Allowed);
        return await CapList.OfAsync(db, user.Id, cancellationToken);
    }
}
