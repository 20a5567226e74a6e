namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>Reading a JSON answer by a dotted path: "items.0.name", "errors.address.city" (a key with a dot is tried whole first).</summary>
internal static class JsonPaths
{
    public static JsonNode? Select(this JsonNode node, string path)
    {
        if (node is JsonObject whole && whole.TryGetPropertyValue(path, out var direct))
        {
            return direct;
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var (head, rest) = dot < 0 ? (path, null) : (path[..dot], path[(dot + 1)..]);
        var child = node switch
        {
            JsonArray array when int.TryParse(head, out var index) => index < array.Count ? array[index] : null,
            JsonObject obj => obj[head],
            _ => null,
        };
        return rest is null || child is null ? child : child.Select(rest);
    }
}
