using System.Globalization;
using System.Text;
using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Web.ChatInsights;

/// <summary>
/// A chart's figures as a short, URL-safe string for its link: rows separated by "_", bars by "~", a bar as "solid-light"
/// (whole units). <see cref="TryDecode"/> accepts only what <see cref="Encode"/> writes, within the chart's limits.
/// </summary>
internal static class ChartCode
{
    private const int MaxLength = 1_000;
    private const int MaxDigits = 17;

    public static string Encode(InsightsChart chart)
    {
        var text = new StringBuilder();
        foreach (var row in chart.Rows.Take(InsightsChart.MaxRows))
        {
            text.Append(text.Length == 0 ? string.Empty : "_");
            text.AppendJoin('~', row.Take(InsightsChart.MaxBars).Select(bar => string.Create(CultureInfo.InvariantCulture, $"{bar.Solid}-{bar.Light}")));
        }

        return text.ToString();
    }

    public static bool TryDecode(string kind, string? code, out InsightsChart chart)
    {
        chart = new InsightsChart(kind, []);
        if (string.IsNullOrEmpty(code) || code.Length > MaxLength)
        {
            return false;
        }

        var rows = new List<IReadOnlyList<ChartBar>>();
        foreach (var rowText in code.Split('_'))
        {
            var bars = new List<ChartBar>();
            foreach (var barText in rowText.Split('~'))
            {
                var parts = barText.Split('-');
                if (parts.Length != 2 || !Whole(parts[0], out var solid) || !Whole(parts[1], out var light))
                {
                    return false;
                }

                bars.Add(new ChartBar(solid, light));
            }

            rows.Add(bars);
        }

        if (rows.Count > InsightsChart.MaxRows || rows.Any(row => row.Count > InsightsChart.MaxBars))
        {
            return false;
        }

        chart = new InsightsChart(kind, rows);
        return true;
    }

    private static bool Whole(string text, out long value)
    {
        value = 0;
        return text.Length is > 0 and <= MaxDigits && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
