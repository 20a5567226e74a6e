using System.Resources;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// Every user-facing string of the cards, from Resources/CardStrings.resx (English) and
/// CardStrings.de.resx (German). Whole sentences with numbered placeholders; a missing key throws,
/// so a test that builds every card catches it.
/// </summary>
internal sealed class CardText(CardContext context)
{
    internal const string BaseName = "TeamsCrm.Conversation.Cards.Resources.CardStrings";

    private static readonly ResourceManager Resources = new(BaseName, typeof(CardText).Assembly);

    public CardContext Context => context;

    public CultureInfo Culture => context.Culture;

    public string this[string key] => Get(key);

    public string Get(string key) =>
        Resources.GetString(key, context.Culture) ?? throw new KeyNotFoundException($"No card text for '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(context.Culture, Get(key), args);

    public string Enum<T>(T value)
        where T : struct, System.Enum => Get($"{typeof(T).Name}.{value}");
}
