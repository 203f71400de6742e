using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application;

/// <summary>The one door into the StressCheck module: its commands and queries, nothing else.</summary>
public interface IStressCheckModule : IModuleFacade;
