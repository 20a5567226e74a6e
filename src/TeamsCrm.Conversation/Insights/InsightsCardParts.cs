namespace TeamsCrm.Conversation.Insights;

/// <summary>What every insights card has: the title, the figures' age, the chart with its caption and alt text, and the button to the tab's page.</summary>
internal static class InsightsCardParts
{
    public static JsonObject Header(InsightsText text, string title, DateTimeOffset computedAt) =>
        Container([AdaptiveElements.Title(title), AdaptiveElements.Text(text.Format("Insights.AsOf", CardFormat.DateTime(computedAt, text.Context)), subtle: true, size: "Small", spacing: "None")]);

    /// <summary>The chart image (when the host serves one) and the sentence that says how to read it.</summary>
    public static IEnumerable<JsonNode> Chart(InsightsText text, Uri? chartUrl, string altText, string captionKey)
    {
        if (chartUrl is null)
        {
            yield break;
        }

        yield return new JsonObject { ["type"] = "Image", ["url"] = chartUrl.AbsoluteUri, ["altText"] = altText, ["size"] = "Stretch", ["spacing"] = "Medium" };
        yield return AdaptiveElements.Text(text[captionKey], subtle: true, size: "Small", spacing: "None");
    }

    public static JsonObject? OpenPage(InsightsText text, Uri? page) =>
        page is null ? null : AdaptiveElements.ActionSet([AdaptiveActions.OpenUrl(text["Insights.OpenPage"], page)]);

    /// <summary>Amounts per currency side by side ("€1,200.00 + $500.00"), never added together; "–" when there are none.</summary>
    public static string Amounts(InsightsText text, IEnumerable<(string Currency, decimal Amount)> amounts)
    {
        var parts = amounts.Select(a => text.Money(a.Amount, a.Currency)).ToArray();
        return parts.Length == 0 ? "–" : string.Join(" + ", parts);
    }

    public static JsonObject Card(InsightsText text, IEnumerable<JsonNode?> body) => CardDocument.Create(body.OfType<JsonNode>(), text.Cards);

    /// <summary>The card of <paramref name="body"/> followed by what every insights card ends with: the chart with its caption and the button to the page.</summary>
    public static JsonObject Finish(InsightsText text, IEnumerable<JsonNode?> body, InsightsLinks links, string altText, string captionKey)
    {
        ArgumentNullException.ThrowIfNull(links);
        return Card(text, body.Concat(Chart(text, links.Chart, altText, captionKey)).Append(OpenPage(text, links.Page)));
    }

    private static JsonObject Container(IEnumerable<JsonNode> items) => AdaptiveElements.Container(items);
}
