using System.Globalization;
using Microsoft.Extensions.Localization;
using TeamsCrm.Web.Tab.Resources;

namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// A chart's numbers and its text alternative in the viewer's language and culture: "120,000 EUR", "42 %",
/// "12.5 days" (German "120.000 EUR", "12,5 Tage"), and one sentence that names every value and the largest.
/// </summary>
public sealed class ChartWords(IStringLocalizer<InsightsTexts> texts)
{
    public string Value(ChartSet set, decimal value)
    {
        ArgumentNullException.ThrowIfNull(set);
        var culture = CultureInfo.CurrentCulture;
        return set.Unit switch
        {
            ChartUnit.Money => string.Create(culture, $"{value:N0} {set.Currency}"),
            ChartUnit.Percent => string.Format(culture, texts["Chart.Unit.Percent"], value),
            ChartUnit.Days => string.Format(culture, texts["Chart.Unit.Days"], value),
            _ => value.ToString("N0", culture),
        };
    }

    /// <summary>The text alternative: "{title}: New 12,000 EUR, Qualified 30,000 EUR. Largest: Qualified (30,000 EUR)."</summary>
    public string Describe(string title, ChartSet? set)
    {
        if (set is null || !set.HasData)
        {
            return texts["Chart.AltNoData", title];
        }

        var values = string.Join(", ", set.Points.Select(p => $"{p.Label} {Value(set, p.Value)}"));
        var largest = set.Points.MaxBy(p => p.Value)!;
        var heading = set.Unit == ChartUnit.Money ? $"{title} ({set.Currency})" : title;
        return texts["Chart.Alt", heading, values, $"{largest.Label} ({Value(set, largest.Value)})"];
    }
}
