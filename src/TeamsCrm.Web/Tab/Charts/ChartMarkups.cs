using System.Collections.Concurrent;
using System.Globalization;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// The drawings already made, by everything a drawing depends on: its kind, title, unit, currency, every label and
/// exact value, and the viewer's culture and language (the texts are the build's resources). A drawing is a pure
/// function of those, so a kept one is never stale: other values are another key. Every open of the insights page
/// draws the same charts until the figures change (the summary is refreshed every 30 s at most), so most opens find
/// theirs here instead of formatting and encoding every bar again. At most <see cref="MaxKept"/> (then they start
/// over). Keys are length-prefixed parts (<see cref="ChartKey"/>), so no label can make two drawings share one.
/// </summary>
internal static class ChartMarkups
{
    public const int MaxKept = 512;

    private static readonly ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);

    /// <summary>The kept drawing of this chart, or the one <paramref name="draw"/> makes (kept from then on).</summary>
    public static string Get(string kind, string title, ChartSet set, Func<string> draw) => Get(Key(kind, title, set), draw);

    /// <param name="key">Everything the drawing depends on, the viewer's culture and language included.</param>
    /// <param name="draw">Makes the drawing when none is kept for <paramref name="key"/>.</param>
    public static string Get(string key, Func<string> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (Kept.TryGetValue(key, out var markup))
        {
            return markup;
        }

        markup = draw();
        if (Kept.Count >= MaxKept)
        {
            Kept.Clear();
        }

        Kept[key] = markup;
        return markup;
    }

    private static string Key(string kind, string title, ChartSet set)
    {
        var key = new ChartKey(64 + (set.Points.Count * 24))
            .Part(kind).Part(CultureInfo.CurrentCulture.Name).Part(CultureInfo.CurrentUICulture.Name)
            .Part(title).Part(set.Unit.ToString()).Part(set.Currency);
        foreach (var point in set.Points)
        {
            key.Part(point.Label).Part(point.Value);
        }

        return key.ToString();
    }
}
