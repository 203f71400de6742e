using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application;

/// <summary>The one door into the ReturnToWork module: its commands and queries, nothing else.</summary>
public interface IReturnToWorkModule : IModuleFacade;
