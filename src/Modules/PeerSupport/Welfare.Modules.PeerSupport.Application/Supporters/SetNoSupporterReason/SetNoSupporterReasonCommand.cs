using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.SetNoSupporterReason;

/// <summary>The head records why a workplace needs no supporter of its own (第4-2(1)ア ただし書), or clears it (null).</summary>
public sealed record SetNoSupporterReasonCommand(Guid WorkplaceId, string? Reason) : ICommand<WorkplaceDto>;
