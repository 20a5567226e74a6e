namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>Reading a JSON answer by a dotted path: "items.0.name", "errors.address.city.0" (keys that contain dots are found too).</summary>
internal static class JsonPaths
{
    public static JsonNode? Select(this JsonNode node, string path) => Walk(node, path.Split('.'), 0);

    private static JsonNode? Walk(JsonNode? node, string[] parts, int from)
    {
        if (node is null || from == parts.Length)
        {
            return node;
        }

        for (var to = parts.Length; to > from; to--)
        {
            var key = string.Join('.', parts[from..to]);
            var child = node switch
            {
                JsonArray array when to == from + 1 && int.TryParse(key, out var index) => index < array.Count ? array[index] : null,
                JsonObject obj when obj.TryGetPropertyValue(key, out var value) => value,
                _ => null,
            };
            if (child is not null && Walk(child, parts, to) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
