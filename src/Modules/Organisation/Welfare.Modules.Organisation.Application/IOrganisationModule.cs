using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application;

/// <summary>The one door into the Organisation module: its commands and queries, nothing else.</summary>
public interface IOrganisationModule : IModuleFacade;
