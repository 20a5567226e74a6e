using System.Text.Json;

namespace TeamsCrm.Conversation.Turns;

/// <summary>Reads untrusted card data: only string values count; anything else (numbers, objects, arrays) is missing.</summary>
internal static class CardData
{
    public static string? Text(JsonObject? data, string name)
    {
        if (data is null || !data.TryGetPropertyValue(name, out var node) || node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    /// <summary>A non-blank string, trimmed; null otherwise.</summary>
    public static string? Id(JsonObject? data, string name) => Text(data, name) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>
    /// The account id and the id of one record in it (<paramref name="recordField"/>), as every card action on a record
    /// carries them; false when either is missing, which the caller answers as "not found".
    /// </summary>
    public static bool TryRecordIds(JsonObject? data, string recordField, out string accountId, out string recordId)
    {
        accountId = Id(data, CardFields.AccountId) ?? string.Empty;
        recordId = Id(data, recordField) ?? string.Empty;
        return accountId.Length > 0 && recordId.Length > 0;
    }

    /// <summary>A number typed into an Input.Number arrives as a string or (some clients) a number.</summary>
    public static (bool Present, decimal? Value) Number(JsonObject? data, string name)
    {
        if (data is null || !data.TryGetPropertyValue(name, out var node) || node is null)
        {
            return (false, null);
        }

        if (node is not JsonValue value)
        {
            return (true, null);
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                return (true, value.TryGetValue<decimal>(out var number) ? number : null);
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return (false, null);
                }

                return (true, decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
            default:
                return (true, null);
        }
    }

    /// <summary>An enum value by its exact name (any case): no numbers, no comma lists.</summary>
    public static T? Enum<T>(JsonObject? data, string name)
        where T : struct, System.Enum
    {
        var text = Text(data, name)?.Trim();
        var match = text is null ? null : System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : System.Enum.Parse<T>(match);
    }

    public static DateOnly? Date(JsonObject? data, string name) =>
        Text(data, name) is { } text && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
