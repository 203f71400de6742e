using MediatR;
using Welfare.Modules.Organisation.Application;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.Modules.Organisation.Infrastructure;

internal sealed class OrganisationModule(IMediator mediator)
    : ModuleFacade(mediator, typeof(IOrganisationModule).Assembly), IOrganisationModule;
