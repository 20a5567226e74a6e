namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// Collects the people a card mentions: <see cref="Mention"/> returns "&lt;at&gt;Name&lt;/at&gt;" for a
/// TextBlock or FactSet and records the msteams entity (mentioned.id is the Entra object id).
/// </summary>
internal sealed class CardMentions
{
    private readonly Dictionary<string, JsonObject> _entities = new(StringComparer.Ordinal);

    public string Mention(PersonRef person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var name = (person.DisplayName ?? string.Empty).Replace("<", string.Empty, StringComparison.Ordinal).Replace(">", string.Empty, StringComparison.Ordinal).Trim();
        if (name.Length == 0 || string.IsNullOrWhiteSpace(person.UserId))
        {
            return string.IsNullOrEmpty(name) ? "–" : name;
        }

        // The name is shown as typed (a guest names themselves): escaped inside the tag, which the card keeps as is.
        var text = $"<at>{PlainText.Markdown(name)}</at>";
        var key = person.UserId + "\n" + text;
        if (!_entities.ContainsKey(key))
        {
            _entities[key] = new JsonObject
            {
                ["type"] = "mention",
                ["text"] = text,
                ["mentioned"] = new JsonObject { ["id"] = person.UserId, ["name"] = name },
            };
        }

        return text;
    }

    public JsonArray ToEntities() => new([.. _entities.Values.Select(e => e.DeepClone())]);

    public bool Any => _entities.Count > 0;

    /// <summary>The "&lt;at&gt;Name&lt;/at&gt;" texts this card may contain.</summary>
    public IReadOnlySet<string> Tags => _entities.Values.Select(e => e["text"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
}
