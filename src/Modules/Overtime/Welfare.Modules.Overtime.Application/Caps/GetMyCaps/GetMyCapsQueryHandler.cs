using MediatR;
using Welfare.Modules.Overtime.Application.Caps.GetCaps;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Caps.GetMyCaps;

internal sealed class GetMyCapsQueryHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit) : IRequestHandler<GetMyCapsQuery, PagedList<PersonalCapDto>>
{
    public async Task<PagedList<PersonalCapDto>> Handle(GetMyCapsQuery request, CancellationToken cancellationToken)
    {
        audit.Record("overtime.cap.read", "PersonalCap", user.Id, AuditOutcome.Allowed);
        return await CapList.OfAsync(db, user.Id, request.Paging, cancellationToken);
    }
}
