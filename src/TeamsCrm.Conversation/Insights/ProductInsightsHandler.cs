using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// "which customers are interested in Sensor Pro", "who buys Sensor Pro", "welche Kunden interessieren sich für Sensor
/// Pro", "product insights": <see cref="MiningInsightsService.GetAsync"/> as the caller (one read of the kept mining
/// summary), then the named product — by its name (case, accents and a leading article aside), else the only one whose name contains the words —
/// or every product. Members only: a guest hears there is nothing for them. The card is private: in a shared
/// conversation it goes to the caller's 1:1 chat.
/// </summary>
internal sealed partial class ProductInsightsHandler(MiningInsightsService mining, InsightsCards cards) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.ProductInsights];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var result = await mining.GetAsync(turn.Caller, new MiningQuery(), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind is CrmErrorKind.Forbidden or CrmErrorKind.NotFound
                ? Reply(InsightsCards.Say(turn.Context, "Insights.Mining.MembersOnly"))
                : Reply(ErrorCardBuilder.Build(result.Error!, turn.Context));
        }

        var insights = result.Value!;
        if (turn.Recognition.ProductPhrase is not { } phrase)
        {
            return Reply(MiningCardBuilder.Build(insights, null, cards.For(turn.Caller, MiningCardBuilder.Chart(insights, null), "mining"), turn.Context));
        }

        if (Find(insights.Products, phrase) is not { } product)
        {
            var known = insights.Products.Where(p => p.Interest.Count > 0).Select(p => p.Name).ToArray();
            return Reply(known.Length == 0
                ? InsightsCards.Say(turn.Context, "Insights.Mining.UnknownNone", phrase)
                : InsightsCards.Say(turn.Context, "Insights.Mining.Unknown", phrase, string.Join(", ", known)));
        }

        return Reply(MiningCardBuilder.Build(insights, product, cards.For(turn.Caller, MiningCardBuilder.Chart(insights, product), "mining"), turn.Context));
    }

    /// <summary>The product named: its whole name (folded: case, accents and ß aside), else the only one whose name contains the words.</summary>
    internal static ProductMining? Find(IReadOnlyList<ProductMining> products, string phrase)
    {
        var wanted = LeadingArticle().Replace(FoldedText.Of(phrase).Folded, string.Empty);
        var exact = products.FirstOrDefault(p => FoldedText.Of(p.Name).Folded == wanted || p.ProductId == phrase);
        if (exact is not null)
        {
            return exact;
        }

        var partial = products.Where(p => FoldedText.Of(p.Name).Folded.Contains(wanted, StringComparison.Ordinal)).Take(2).ToArray();
        return partial.Length == 1 ? partial[0] : null;
    }

    [GeneratedRegex("^(the|a|an|das|die|der|den|dem|ein|eine|einen) ", RegexOptions.CultureInvariant, 100)]
    private static partial Regex LeadingArticle();
}
