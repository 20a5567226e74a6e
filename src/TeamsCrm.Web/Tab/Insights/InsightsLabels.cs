using System.Globalization;
using Microsoft.Extensions.Localization;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Analytics.Texts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Web.Tab.Charts;
using TeamsCrm.Web.Tab.Resources;

namespace TeamsCrm.Web.Tab.Insights;

/// <summary>The labels of the insights charts in the viewer's language: stages, owners by name, months and quarters.</summary>
public sealed class InsightsLabels(IStringLocalizer<InsightsTexts> texts, IReadOnlyDictionary<string, string> ownerNames)
{
    public static string Stage(DealStage stage) => AnalyticsTexts.Stage(stage, CultureInfo.CurrentUICulture);

    /// <summary>A stage slice's key ("Proposal") as the stage's name; an unknown key as it is.</summary>
    public static string Stage(string key) => Enum.TryParse<DealStage>(key, out var stage) ? Stage(stage) : key;

    /// <summary>The owner's display name from the directory, else their id (a person who left the directory).</summary>
    public string Owner(string userId) => ownerNames.GetValueOrDefault(userId, userId);

    public static string Month(DateOnly start) => start.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    public string Quarter(DateOnly start) => texts["Insights.QuarterLabel", ((start.Month - 1) / 3) + 1, start.Year];

    public ChartData ByStage(IEnumerable<PipelineSlice> slices) =>
        ChartData.PerCurrency(slices.Select(s => (Stage(s.Key), s.Amount)));

    public ChartData ByOwner(IEnumerable<PipelineSlice> slices) =>
        ChartData.PerCurrency(slices.Select(s => (Owner(s.Key), s.Amount)));
}
