using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application;

/// <summary>The one door into the Overtime module: its commands and queries, nothing else.</summary>
public interface IOvertimeModule : IModuleFacade;
