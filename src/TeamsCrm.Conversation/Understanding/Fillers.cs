namespace TeamsCrm.Conversation.Understanding;

/// <summary>Polite and conversational words that carry no command: "please", "bitte", "can you", "kannst du mal" …</summary>
internal static class Fillers
{
    private static readonly Regex Leading = MatchText.Compile(
        "^(please|pls|plz|kindly|bitte|hey|hi|hello|hallo|ok|okay|so|also|now|jetzt|dann|crm|@crm|bot|" +
        "can you|could you|would you|will you|can u|kannst du|könntest du|würdest du|" +
        "i want to|i'd like to|i would like to|id like to|i need to|i wanna|let's|lets|let me|" +
        "ich möchte|ich will|ich würde gerne|ich würde|ich muss|quickly|schnell)(,? |,$|$)");

    private static readonly Regex Inside = MatchText.Compile("(?<=^| )(bitte|please|pls|mal|doch|gerne|gern)(?= |$)|,");

    private static readonly Regex Trailing = MatchText.Compile(
        "( |^)(please|pls|bitte|thanks|thank you|thx|danke|danke schön|vielen dank|now|jetzt|asap|for me please|crm)$");

    public static FoldedText Strip(FoldedText text)
    {
        for (var i = 0; i < 6; i++)
        {
            var before = text;
            text = text.Remove(Leading).Remove(Trailing);
            if (text == before)
            {
                break;
            }
        }

        return text.Remove(Inside);
    }
}
