using System.Globalization;
using TeamsCrm.Analytics.Money;
using TeamsCrm.Web.Tab.Charts;

namespace TeamsCrm.Tab.Tests.Charts;

public sealed class ChartTests : ChartTestContext
{
    private static readonly ChartData Stages = ChartData.Of(ChartUnit.Count, [new("New", 4), new("Qualified", 8), new("Proposal", 2), new("Negotiation", 0)]);

    [Fact]
    public void Render_Bars_LengthsProportionalToValues()
    {
        UseCulture("en-US");

        var chart = RenderChart(Stages);

        var bars = Bars(chart, "width");
        Assert.Equal(["New", "Qualified", "Proposal", "Negotiation"], bars.Select(b => b.Label));
        Assert.Equal(BarsSvg.Axis, bars[1].Length, 1);
        Assert.All(bars, b => Assert.Equal((double)b.Value / 8 * BarsSvg.Axis, b.Length, 1));
        Assert.Equal("img", chart.Find("svg").GetAttribute("role"));
    }

    [Fact]
    public void Render_Columns_HeightsProportionalToValues()
    {
        UseCulture("en-US");
        var months = ChartData.Of(ChartUnit.Count, [new("Jan", 5), new("Feb", 10), new("Mar", 0)]);

        var chart = RenderChart(months, ChartKind.Columns);

        var columns = Bars(chart, "height");
        Assert.Equal(ColumnsSvg.PlotHeight, columns[1].Length, 1);
        Assert.Equal(ColumnsSvg.PlotHeight / 2, columns[0].Length, 1);
        Assert.Equal(0, columns[2].Length, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_EmptyOrAllZero_SaysNoDataAndDrawsNothing(bool allZero)
    {
        UseCulture("en-US");
        var data = allZero ? ChartData.Of(ChartUnit.Count, [new("New", 0), new("Won", 0)]) : ChartData.Empty;

        var chart = RenderChart(data);

        Assert.Equal("No data for this period.", chart.Find(".crm-chart__empty").TextContent);
        Assert.Empty(chart.FindAll("svg"));
        Assert.Empty(chart.FindAll("#chart-toggle"));
        Assert.Equal("Open pipeline by stage", chart.Find("figcaption .crm-chart__title").TextContent);
    }

    [Fact]
    public void Render_SameDataAgainThenOneValueChanged_TheKeptDrawingThenTheNewValueNeverTheOld()
    {
        UseCulture("en-US");

        var first = RenderChart(Stages);
        var again = RenderChart(Stages);
        var changed = RenderChart(ChartData.Of(ChartUnit.Count, [new("New", 4), new("Qualified", 16), new("Proposal", 2), new("Negotiation", 0)]));

        Assert.Equal(first.Find("svg").OuterHtml, again.Find("svg").OuterHtml);
        Assert.Equal([4m, 16m, 2m, 0m], Bars(changed, "width").Select(b => b.Value));
        Assert.Equal(BarsSvg.Axis / 4, Bars(changed, "width")[0].Length, 1);
        Assert.Contains("Qualified 16, ", changed.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Qualified 8,", again.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LabelsHoldingTheOldKeysSeparators_TwoDifferentDrawingsNeverShareOneMarkup()
    {
        UseCulture("en-US");
        // Under a key of parts joined with \u001f / \u001e these two were one key: a label could stand for a whole bar.
        var forged = ChartData.Of(ChartUnit.Count, [new("Forged\u001f1\u001eOwner", 2)]);
        var honest = ChartData.Of(ChartUnit.Count, [new("Forged", 1), new("Owner", 2)]);

        var first = RenderChart(forged, title: "Open pipeline by owner");
        var second = RenderChart(honest, title: "Open pipeline by owner");

        Assert.Single(Bars(first, "width"));
        Assert.Equal([("Forged", 1m), ("Owner", 2m)], Bars(second, "width").Select(b => (b.Label, b.Value)));
        Assert.NotEqual(first.Find("svg").OuterHtml, second.Find("svg").OuterHtml);
    }

    [Fact]
    public void Render_SameDataInGermanAfterEnglish_DrawsItInGerman()
    {
        UseCulture("en-US");
        var english = RenderChart(Money(("New", 1200.5m), ("Qualified", 30000m)), ChartKind.Columns);
        UseCulture("de-DE");
        var german = RenderChart(Money(("New", 1200.5m), ("Qualified", 30000m)), ChartKind.Columns);

        Assert.Contains("Largest: Qualified (30,000 EUR)", english.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Am größten: Qualified (30.000 EUR)", german.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("New: 1.201 EUR", german.Find("g.crm-chart__column title").TextContent);
    }

    [Fact]
    public void Toggle_Table_ShowsTheSameLabelsAndValuesAsTheChart()
    {
        UseCulture("en-US");
        var chart = RenderChart(Stages);
        var drawn = Bars(chart, "width").Select(b => (b.Label, b.Value)).ToList();

        chart.Find("#chart-toggle").Click();

        Assert.Equal("true", chart.Find("#chart-toggle").GetAttribute("aria-pressed"));
        Assert.Empty(chart.FindAll("svg"));
        var rows = chart.FindAll("table tbody tr").Select(r => (
            r.QuerySelector("th")!.TextContent,
            decimal.Parse(r.QuerySelector("td")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(drawn, rows);
        Assert.Equal(["Stage", "Open amount"], chart.FindAll("thead th").Select(h => h.TextContent));
        Assert.Equal("8", chart.FindAll("table tbody td")[1].TextContent);

        chart.Find("#chart-toggle").Click();
        Assert.Single(chart.FindAll("svg"));
    }

    [Fact]
    public void Render_English_TextAlternativeNamesEveryValueAndTheLargest()
    {
        UseCulture("en-US");

        var chart = RenderChart(Money(("New", 1200.5m), ("Qualified", 30000m)));

        Assert.Equal(
            "Open pipeline by stage (EUR): New 1,201 EUR, Qualified 30,000 EUR. Largest: Qualified (30,000 EUR).",
            chart.Find("svg").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_German_TextAlternativeAndNumbersInGerman()
    {
        UseCulture("de-DE");

        var chart = RenderChart(Money(("Neu", 1200.5m), ("Qualifiziert", 30000m)), title: "Offene Pipeline nach Phase");

        Assert.Equal(
            "Offene Pipeline nach Phase (EUR): Neu 1.201 EUR, Qualifiziert 30.000 EUR. Am größten: Qualifiziert (30.000 EUR).",
            chart.Find("svg").GetAttribute("aria-label"));
        Assert.Equal("Tabelle", chart.Find("#chart-toggle").TextContent.Trim());
    }

    [Fact]
    public void Render_German_DaysAndPercentInGerman()
    {
        UseCulture("de-DE");

        var days = RenderChart(ChartData.Of(ChartUnit.Days, [new("Neu", 12.5m)]));
        var percent = RenderChart(ChartData.Of(ChartUnit.Percent, [new("Neu → Qualifiziert", 62.5m)]));

        Assert.Contains("Neu 12,5 Tage", days.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("62,5 %", percent.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoCurrencies_OneScalePerCurrencyAndASwitch()
    {
        UseCulture("en-US");
        var data = ChartData.PerCurrency([
            ("New", CurrencyAmounts.Sum([("EUR", 100m), ("USD", 4000m)])),
            ("Qualified", CurrencyAmounts.Sum([("EUR", 50m)])),
        ]);

        var chart = RenderChart(data);

        Assert.Equal("EUR", chart.Find("figure").GetAttribute("data-currency"));
        Assert.Equal([100m, 50m], Bars(chart, "width").Select(b => b.Value));
        chart.Find("#chart-currency").Change("USD");
        Assert.Equal("USD", chart.Find("figure").GetAttribute("data-currency"));
        Assert.Equal([4000m, 0m], Bars(chart, "width").Select(b => b.Value));
        Assert.Equal(BarsSvg.Axis, Bars(chart, "width")[0].Length, 1);
    }

    [Fact]
    public void Render_TwoCurrencies_StartsWithTheOneWithMostValuesAndKeepsThePickWhenTheDataChanges()
    {
        UseCulture("en-US");
        var data = ChartData.PerCurrency([
            ("New", CurrencyAmounts.Sum([("CHF", 100m), ("EUR", 5m)])),
            ("Qualified", CurrencyAmounts.Sum([("EUR", 50m)])),
        ]);
        var chart = RenderChart(data);
        Assert.Equal("EUR", chart.Find("figure").GetAttribute("data-currency"));

        chart.Find("#chart-currency").Change("CHF");
        chart.Render(p => p.Add(c => c.Data, data with { Sets = [.. data.Sets] }));

        Assert.Equal("CHF", chart.Find("figure").GetAttribute("data-currency"));
    }

    [Fact]
    public void Render_TwelveMonths_NarrowColumnsShowTheFirstWordTableTheWholeLabel()
    {
        UseCulture("en-US");
        var months = ChartData.Of(ChartUnit.Count, Enumerable.Range(1, 12).Select(m => new ChartPoint($"M{m} 2026", m)));

        var chart = RenderChart(months, ChartKind.Columns);

        Assert.Equal("M1", chart.FindAll("text.crm-chart__label")[0].TextContent);
        Assert.Contains("M1 2026 1", chart.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Funnel_BarsCentredOnTheAxis()
    {
        UseCulture("en-US");

        var chart = RenderChart(ChartData.Of(ChartUnit.Count, [new("New", 10), new("Won", 5)]), ChartKind.Funnel);

        var rects = chart.FindAll("rect.crm-chart__bar");
        var x = rects.Select(r => double.Parse(r.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(BarsSvg.LabelWidth, x[0], 1);
        Assert.Equal(BarsSvg.LabelWidth + (BarsSvg.Axis / 4), x[1], 1);
    }

    private static ChartData Money(params (string Label, decimal Amount)[] rows) =>
        ChartData.PerCurrency(rows.Select(r => (r.Label, CurrencyAmounts.Sum([("EUR", r.Amount)]))));
}
