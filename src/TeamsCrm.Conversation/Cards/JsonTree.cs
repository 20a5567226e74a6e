namespace TeamsCrm.Conversation.Cards;

/// <summary>Walks a card's JSON: the passes that rewrite text fields wherever they stand.</summary>
internal static class JsonTree
{
    /// <summary>
    /// Calls <paramref name="visit"/> on every object below and including <paramref name="node"/>, a parent before its
    /// children; the visit may replace the object's values (the children are taken after it).
    /// </summary>
    public static void ForEachObject(JsonNode? node, Action<JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj);
                foreach (var child in obj.Select(p => p.Value).ToArray())
                {
                    ForEachObject(child, visit);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ForEachObject(child, visit);
                }

                break;
        }
    }
}
