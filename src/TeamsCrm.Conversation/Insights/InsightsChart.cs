namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// A chart image for an insights card, as figures only: rows of bars (one row per currency, or one row), each bar a solid
/// and a light part stacked. The image carries no text; the card names the bars and gives the figures (and the image's
/// alt text the key numbers). <see cref="Kind"/> names what is drawn ("pipeline", "forecast", "calls", "risk").
/// </summary>
public sealed record InsightsChart(string Kind, IReadOnlyList<IReadOnlyList<ChartBar>> Rows)
{
    /// <summary>At most this many rows (currencies) are drawn; the card lists the rest.</summary>
    public const int MaxRows = 4;

    /// <summary>At most this many bars per row.</summary>
    public const int MaxBars = 12;

    public bool IsEmpty => Rows.Count == 0 || Rows.All(row => row.All(bar => bar.Total == 0));
}
