using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>Where the directory comes from: the Organisation module's outbox and the events the block applies.</summary>
internal static class DirectorySource
{
    /// <summary>The Organisation module's schema (its context's constant; the block cannot reference the module).</summary>
    public const string Schema = "organisation";

    public static readonly IReadOnlySet<Type> EventTypes = new HashSet<Type>
    {
        typeof(EmployeeRegisteredIntegrationEvent), typeof(EmployeeChangedIntegrationEvent), typeof(EmployeeTransferredIntegrationEvent),
        typeof(EmployeeLeftIntegrationEvent), typeof(DepartmentChangedIntegrationEvent), typeof(DepartmentHeadAssignedIntegrationEvent),
    };

    public static readonly string[] EventTypeNames = [.. EventTypes.Select(IntegrationEventSerializer.TypeName)];
}
