using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordSupportContact;

internal sealed class RecordSupportContactCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordSupportContactCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RecordSupportContactCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.contact", CaseRelation.SupportOfficer, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        if (request.ContactedOn > today)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.ContactInFuture);
        }

        found.RecordContact(new SupportContact(request.Party, request.ContactedOn, request.Summary, user.Id, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
