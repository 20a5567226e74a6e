using System.Text.Json;

namespace TeamsCrm.Core.Workspace;

/// <summary>Reads one property of an audit entry's JSON snapshot (see <see cref="AuditTrail"/>); null when it is absent or unreadable.</summary>
internal static class AuditSnapshot
{
    public static string? Read(string? snapshot, string property)
    {
        if (string.IsNullOrEmpty(snapshot))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(snapshot);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TEnum? ReadEnum<TEnum>(string? snapshot, string property)
        where TEnum : struct, Enum =>
        InputCheck.TryParseName<TEnum>(Read(snapshot, property), out var value) ? value : null;
}
