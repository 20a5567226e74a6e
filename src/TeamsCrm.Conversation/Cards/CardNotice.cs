namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// A highlighted line on top of a card: the text that comes with a card when only the card can be shown. The text is a
/// reply sentence whose arguments are already escaped (CrmConversation.Say) or an app message without user text.
/// </summary>
public static class CardNotice
{
    public static JsonObject Above(JsonObject card, string text)
    {
        ArgumentNullException.ThrowIfNull(card);
        var answer = card.DeepClone().AsObject();
        var notice = AdaptiveElements.Text(text, weight: "Bolder", color: "Attention");
        if (answer["body"] is JsonArray body)
        {
            body.Insert(0, notice);
        }
        else
        {
            answer["body"] = new JsonArray(notice);
        }

        return answer;
    }
}
