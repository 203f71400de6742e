using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.SharedKernel.Infrastructure.Auditing;

internal sealed class AuditTrailModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IAuditTrailModule).Assembly), IAuditTrailModule;
