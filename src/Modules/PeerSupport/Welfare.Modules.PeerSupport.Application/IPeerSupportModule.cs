using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application;

/// <summary>The one door into the PeerSupport module: its commands and queries, nothing else.</summary>
public interface IPeerSupportModule : IModuleFacade;
