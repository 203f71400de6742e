using MediatR;
using Welfare.Modules.PeerSupport.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.PeerSupport.Infrastructure;

internal sealed class PeerSupportModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IPeerSupportModule).Assembly), IPeerSupportModule;
