using MediatR;
using Welfare.Modules.ReturnToWork.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.ReturnToWork.Infrastructure;

internal sealed class ReturnToWorkModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IReturnToWorkModule).Assembly), IReturnToWorkModule;
