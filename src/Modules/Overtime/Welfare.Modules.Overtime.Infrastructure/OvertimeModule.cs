using MediatR;
using Welfare.Modules.Overtime.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.Overtime.Infrastructure;

internal sealed class OvertimeModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IOvertimeModule).Assembly), IOvertimeModule;
