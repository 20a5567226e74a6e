using Microsoft.Playwright;

namespace TeamsCrm.Tab.Benchmarks;

/// <summary>
/// The app's memory per connected user: its resident memory with <c>users</c> workspaces open (one circuit each)
/// minus its memory before, divided by <c>users</c>. Coarse (the runtime's heap grows in steps), so reported, not budgeted.
/// </summary>
internal static class ServerMemory
{
    public static async Task<double> PerUserAsync(IBrowser browser, AppProcess app, IReadOnlyList<Cookie> cookies, string path, int users)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = ResidentBytes(app.Id);
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < users; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.AbsoluteUri });
            await context.AddCookiesAsync(cookies);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.crmLive === 'true' && !document.querySelector('[data-crm-loading]')");
            contexts.Add(context);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = ResidentBytes(app.Id);
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        return (after - before) / (double)users;
    }

    /// <summary>VmRSS of the process, from /proc.</summary>
    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
