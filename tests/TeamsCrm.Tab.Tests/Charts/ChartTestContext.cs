using System.Globalization;
using Microsoft.AspNetCore.Components;
using TeamsCrm.Web.Tab.Charts;

namespace TeamsCrm.Tab.Tests.Charts;

/// <summary>bUnit with the tab's texts, for the chart components alone (no storage), in a chosen culture.</summary>
public abstract class ChartTestContext : BunitContext
{
    protected ChartTestContext()
    {
        Services.AddLocalization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected static void UseCulture(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    protected IRenderedComponent<Chart> RenderChart(ChartData data, ChartKind kind = ChartKind.Bars, string title = "Open pipeline by stage") =>
        Render<Chart>(p => p
            .Add(c => c.Id, "chart")
            .Add(c => c.Title, title)
            .Add(c => c.Category, "Stage")
            .Add(c => c.Measure, "Open amount")
            .Add(c => c.Data, data)
            .Add(c => c.Kind, kind));

    /// <summary>The drawn bars or columns: label, value and the length along the value axis.</summary>
    protected static List<(string Label, decimal Value, double Length)> Bars(IRenderedComponent<Chart> chart, string lengthAttribute) =>
        [.. chart.FindAll("rect.crm-chart__bar").Select(r => (
            r.GetAttribute("data-label")!,
            decimal.Parse(r.GetAttribute("data-value")!, CultureInfo.InvariantCulture),
            double.Parse(r.GetAttribute(lengthAttribute)!, CultureInfo.InvariantCulture)))];
}
