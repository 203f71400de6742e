using System.Text.Json.Serialization.Metadata;

namespace Welfare.Host.Json;

/// <summary>
/// The one rule of which JSON properties a request must carry, used by the server's serializer (a missing
/// property is a 400 before any handler runs) and by the contract (<c>required</c> in every request schema),
/// so the two cannot disagree: a constructor parameter that is neither nullable nor given a default value
/// is required. Without it System.Text.Json fills a missing <c>bool</c> with false, an enum with its first
/// member and a date with 0001-01-01, and a wrong value is stored as if the caller had sent it. A nullable
/// parameter may be left out; leaving it out means null, never some other value.
/// </summary>
internal static class RequiredProperties
{
    public static void Mark(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
