using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.DesignateCoordinator;

/// <summary>A welfare officer designates an employee coordinator from a day (default today), with the Form 2 notice.</summary>
public sealed record DesignateCoordinatorCommand(string EmployeeId, string Contact, DateOnly? DesignatedOn) : ICommand<CoordinatorChangeDto>;
