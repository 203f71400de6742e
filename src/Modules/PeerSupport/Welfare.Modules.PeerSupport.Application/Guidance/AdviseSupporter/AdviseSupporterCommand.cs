using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Guidance.AdviseSupporter;

/// <summary>The coordinator the request is addressed to answers it (第4-3(2)ア).</summary>
public sealed record AdviseSupporterCommand(Guid GuidanceRequestId, string Advice) : ICommand<GuidanceRequestDto>;
