using MediatR;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturn;

internal sealed class GetPreReturnQueryHandler(PreReturnAccess access, PreReturnViews views, IAuditTrail audit) : IRequestHandler<GetPreReturnQuery, PreReturnDto>
{
    private const string Action = "pre-return.read";

    public async Task<PreReturnDto> Handle(GetPreReturnQuery request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.LoadAsync(request.PreReturnId, Action, track: false, cancellationToken);
        audit.Record(Action, PreReturnAccess.RecordType, found.Id.ToString(), AuditOutcome.Allowed);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
