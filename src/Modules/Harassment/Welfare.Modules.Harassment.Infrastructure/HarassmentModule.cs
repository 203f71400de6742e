using MediatR;
using Welfare.Modules.Harassment.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.Harassment.Infrastructure;

internal sealed class HarassmentModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IHarassmentModule).Assembly), IHarassmentModule;
