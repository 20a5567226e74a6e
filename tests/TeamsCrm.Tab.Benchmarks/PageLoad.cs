using System.Text.Json;
using Microsoft.Playwright;

namespace TeamsCrm.Tab.Benchmarks;

/// <summary>One cold load of a tab page: a new browser context (empty cache) with the session's cookies.</summary>
internal sealed record PageLoad(double FirstContentfulPaintMs, double LiveMs, long TransferBytes, long DecodedBytes)
{
    private const string Measure = """
        () => {
          const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
          const paint = performance.getEntriesByName("first-contentful-paint")[0];
          return {
            paint: paint ? paint.startTime : -1,
            live: Number(document.documentElement.dataset.crmLiveAt || -1),
            transfer: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0),
            decoded: entries.reduce((sum, e) => sum + (e.decodedBodySize || 0), 0),
          };
        }
        """;

    public static async Task<PageLoad> MeasureAsync(IBrowser browser, Uri app, IReadOnlyList<Cookie> cookies, string path)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.AbsoluteUri });
        await context.AddCookiesAsync(cookies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.crmLive === 'true' && !document.querySelector('[data-crm-loading]')");
        await page.EvaluateAsync("() => { document.documentElement.dataset.crmLiveAt = String(performance.now()); }");
        var figures = await page.EvaluateAsync<JsonElement>(Measure);
        if (!page.Url.EndsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The page went to {page.Url} instead of {path}: not signed in?");
        }

        return new PageLoad(
            figures.GetProperty("paint").GetDouble(),
            figures.GetProperty("live").GetDouble(),
            figures.GetProperty("transfer").GetInt64(),
            figures.GetProperty("decoded").GetInt64());
    }
}
