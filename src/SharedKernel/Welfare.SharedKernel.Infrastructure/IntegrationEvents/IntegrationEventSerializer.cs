using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>How events are written to and read from the outbox.</summary>
public static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutOrderingKey } },
    };

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

    /// <summary>The event's ordering key as the outbox stores it (a column of the row, never a field of the payload).</summary>
    public static string? OrderingKey(IIntegrationEvent integrationEvent)
    {
        var key = integrationEvent.OrderingKey;
        return key is { Length: > OutboxMessage.OrderingKeyMaxLength }
            ? throw new InvalidOperationException($"The ordering key of {integrationEvent.GetType().Name} is longer than {OutboxMessage.OrderingKeyMaxLength} characters.")
            : key;
    }

    /// <summary>
    /// The ordering key is the outbox's, not the contract's: even an event that implements it as a public property
    /// (instead of explicitly) does not carry it in its payload.
    /// </summary>
    private static void LeaveOutOrderingKey(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !typeof(IIntegrationEvent).IsAssignableFrom(info.Type))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].AttributeProvider is PropertyInfo { Name: nameof(IIntegrationEvent.OrderingKey) })
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
