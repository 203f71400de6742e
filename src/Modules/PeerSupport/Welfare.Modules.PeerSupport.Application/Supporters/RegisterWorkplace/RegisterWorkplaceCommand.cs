using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.RegisterWorkplace;

/// <summary>The department head registers an office room of their department (第4-2(1)ア).</summary>
public sealed record RegisterWorkplaceCommand(string DepartmentCode, string Name, string? NoSupporterReason) : ICommand<WorkplaceDto>;
