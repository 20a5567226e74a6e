using System.Text.Json;

namespace TeamsCrm.Core.Workspace;

/// <summary>Reads a property of an audit entry's JSON snapshot (see <see cref="AuditTrail"/>); null when it is absent or unreadable.</summary>
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

    /// <summary>The people of an array property of <see cref="PersonRef"/> (empty when absent or unreadable).</summary>
    public static IReadOnlyList<PersonRef> ReadPeople(string? snapshot, string property)
    {
        if (string.IsNullOrEmpty(snapshot))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(snapshot);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var people)
                && people.ValueKind == JsonValueKind.Array
                    ? [.. people.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).Select(p => new PersonRef(Text(p, nameof(PersonRef.UserId)), Text(p, nameof(PersonRef.DisplayName))))]
                    : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    public static TEnum? ReadEnum<TEnum>(string? snapshot, string property)
        where TEnum : struct, Enum =>
        InputCheck.TryParseName<TEnum>(Read(snapshot, property), out var value) ? value : null;
}
