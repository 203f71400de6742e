using System.Text.Json;
using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>How events are written to and read from the outbox.</summary>
public static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>"Namespace.Type, Assembly": no version, so rows written before an upgrade still resolve.</summary>
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IIntegrationEvent Deserialize(string typeName, string payload)
    {
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Unknown integration event type '{typeName}'.");
        return JsonSerializer.Deserialize(payload, type, Options) as IIntegrationEvent
            ?? throw new InvalidOperationException($"'{typeName}' is not an integration event.");
    }
}
