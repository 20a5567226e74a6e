namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// One search result: the card inserted when it is chosen (the name-only shell), its preview's lines, and the data
/// the preview sends back when chosen (<see cref="RecordSearchCards.SelectAsync"/> reads the record again from it).
/// </summary>
public sealed record ExtensionItem(JsonObject Card, string Title, string Subtitle, string Text, JsonObject SelectData);
