using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.ReleaseSupporter;

/// <summary>The head releases a supporter from a day (default today; the first day they no longer serve).</summary>
public sealed record ReleaseSupporterCommand(Guid DesignationId, DateOnly? ReleasedOn, string? Reason) : ICommand<SupporterChangeDto>;
