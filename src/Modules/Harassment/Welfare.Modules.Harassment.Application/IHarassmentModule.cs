using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application;

/// <summary>The one door into the Harassment module: its commands and queries, nothing else.</summary>
public interface IHarassmentModule : IModuleFacade;
