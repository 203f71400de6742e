using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.ReleaseCoordinator;

/// <summary>A welfare officer releases a coordinator from a day (default today), with the Form 2 notice of release.</summary>
public sealed record ReleaseCoordinatorCommand(Guid CoordinatorId, DateOnly? ReleasedOn) : ICommand<CoordinatorChangeDto>;
