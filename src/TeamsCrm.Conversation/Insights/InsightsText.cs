using System.Resources;

namespace TeamsCrm.Conversation.Insights;

/// <summary>The insights answers' words, from Resources/InsightsStrings(.de).resx; a missing key throws, so the card tests catch it.</summary>
internal sealed class InsightsText(CardContext context)
{
    internal const string BaseName = "TeamsCrm.Conversation.Insights.Resources.InsightsStrings";

    private static readonly ResourceManager Resources = new(BaseName, typeof(InsightsText).Assembly);

    public CardContext Context => context;

    public CultureInfo Culture => context.Culture;

    /// <summary>The cards' own words (stage and channel names).</summary>
    public CardText Cards { get; } = new(context);

    public string this[string key] => Resources.GetString(key, context.Culture) ?? throw new KeyNotFoundException($"No insights text for '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(context.Culture, this[key], args);

    public string Money(decimal amount, string currency) => CardFormat.Money(amount, currency, context.Culture);
}
