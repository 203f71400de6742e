using MediatR;
using Welfare.Modules.StressCheck.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.StressCheck.Infrastructure;

internal sealed class StressCheckModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IStressCheckModule).Assembly), IStressCheckModule;
