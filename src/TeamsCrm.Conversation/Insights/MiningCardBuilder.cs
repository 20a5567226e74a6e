using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The answer to "who buys Sensor Pro" (one product: its interest and deals, its most interested segments and the
/// segments that win with it) or "product insights" (up to <see cref="ShownProducts"/> products, the most telling first,
/// each with its best segment of each kind). Every segment in words with counts, rate and 95 % interval, base and lift,
/// or "too few (n)"; the figures' age, the chart (the top segments' intervals) and the button to the insights page.
/// </summary>
internal static class MiningCardBuilder
{
    public const int ShownSegments = 5;
    public const int ShownConversion = 3;
    public const int ShownProducts = 5;

    public static JsonObject Build(MiningInsights insights, ProductMining? product, InsightsLinks links, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(insights);
        ArgumentNullException.ThrowIfNull(links);
        var text = new InsightsText(context);
        var body = new List<JsonNode?>
        {
            InsightsCardParts.Header(text, product is null ? text["Insights.Mining.TitleAll"] : text.Format("Insights.Mining.Title", product.Name), insights.ComputedAt),
        };
        if (product is null)
        {
            AddProducts(body, text, insights);
        }
        else
        {
            AddProduct(body, text, insights, product);
        }

        body.Add(AdaptiveElements.Text(text.Format("Insights.Mining.Note", insights.MinimumSupport), subtle: true, size: "Small", spacing: "Medium"));
        body.AddRange(InsightsCardParts.Chart(text, links.Chart, AltText(text, insights, product), "Insights.Mining.Chart"));
        body.Add(InsightsCardParts.OpenPage(text, links.Page));
        return InsightsCardParts.Card(text, body);
    }

    /// <summary>One row, one bar per top interest segment shown: the interval's lower bound solid, up to its upper bound light (per mille).</summary>
    public static InsightsChart Chart(MiningInsights insights, ProductMining? product)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var cells = product is null
            ? insights.MostTelling().Select(p => p.Interest[0]).Where(c => c.Interval is not null).Take(ShownProducts)
            : Shown(product.Interest, ShownSegments).Where(c => c.Interval is not null);
        var bars = cells.Select(c => ChartBar.Of((decimal)(c.Interval!.Lower * 1000), (decimal)((c.Interval.Upper - c.Interval.Lower) * 1000))).ToArray();
        return new InsightsChart("mining", bars.Length == 0 ? [] : [bars]);
    }

    private static void AddProduct(List<JsonNode?> body, InsightsText text, MiningInsights insights, ProductMining product)
    {
        body.Add(AdaptiveElements.Text(
            text.Format("Insights.Mining.Totals", product.InterestedAccounts, insights.Accounts, product.InterestBase, product.WonDeals, product.ClosedDeals),
            spacing: "Medium"));
        body.Add(AdaptiveElements.Heading(text["Insights.Mining.InterestHeading"]));
        var interest = Shown(product.Interest, ShownSegments).ToArray();
        body.Add(interest.Length == 0 ? AdaptiveElements.Text(text["Insights.Mining.NoSegments"]) : Lines(interest, MiningKind.Interest, text));
        body.Add(AdaptiveElements.Heading(text["Insights.Mining.ConversionHeading"]));
        var conversion = Shown(product.Conversion, ShownConversion).ToArray();
        body.Add(conversion.Length == 0 ? AdaptiveElements.Text(text["Insights.Mining.NoDeals"]) : Lines(conversion, MiningKind.Conversion, text));
    }

    private static void AddProducts(List<JsonNode?> body, InsightsText text, MiningInsights insights)
    {
        var ranked = insights.MostTelling();
        if (ranked.Count == 0)
        {
            body.Add(AdaptiveElements.Text(text["Insights.Mining.Empty"], spacing: "Medium"));
            return;
        }

        foreach (var product in ranked.Take(ShownProducts))
        {
            var items = new List<JsonNode> { AdaptiveElements.Text(product.Name, weight: "Bolder") };
            items.AddRange(Shown(product.Interest, 1).Select(c => AdaptiveElements.Text(text.Format("Insights.Mining.TopInterest", MiningWords.Sentence(c, MiningKind.Interest, text.Culture)), size: "Small", spacing: "None")));
            items.AddRange(Shown(product.Conversion, 1).Select(c => AdaptiveElements.Text(text.Format("Insights.Mining.TopConversion", MiningWords.Sentence(c, MiningKind.Conversion, text.Culture)), size: "Small", spacing: "None")));
            body.Add(AdaptiveElements.Container(items, spacing: "Medium"));
        }

        if (ranked.Count > ShownProducts)
        {
            body.Add(AdaptiveElements.Text(text.Format("Insights.Shown", ranked.Count - ShownProducts), subtle: true, size: "Small"));
        }
    }

    /// <summary>The segments with any observation, in the mining's order (conservative lift, too few last).</summary>
    private static IEnumerable<MiningCell> Shown(IReadOnlyList<MiningCell> cells, int count) => cells.Where(c => c.Trials > 0).Take(count);

    private static JsonObject Lines(IEnumerable<MiningCell> cells, MiningKind kind, InsightsText text) =>
        AdaptiveElements.Container([.. cells.Select(c => AdaptiveElements.Text(MiningWords.Sentence(c, kind, text.Culture), size: "Small", spacing: "Small"))]);

    private static string AltText(InsightsText text, MiningInsights insights, ProductMining? product)
    {
        var cells = product is null
            ? insights.MostTelling().Select(p => (p.Name, Cell: p.Interest[0])).Where(c => c.Cell.Interval is not null).Take(ShownProducts).ToArray()
            : [.. Shown(product.Interest, ShownSegments).Where(c => c.Interval is not null).Select(c => (product.Name, Cell: c))];
        return text.Format("Insights.Mining.Alt", string.Join("; ", cells.Select(c => $"{c.Name}, {MiningWords.Sentence(c.Cell, MiningKind.Interest, text.Culture)}")));
    }
}
