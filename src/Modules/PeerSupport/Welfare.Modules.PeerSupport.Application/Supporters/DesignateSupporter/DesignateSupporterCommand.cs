using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.DesignateSupporter;

/// <summary>The head designates a member of the department's staff supporter of a workplace, from a day (default today).</summary>
public sealed record DesignateSupporterCommand(Guid WorkplaceId, string EmployeeId, string Contact, DateOnly? DesignatedOn) : ICommand<SupporterChangeDto>;
