using Microsoft.Playwright;

namespace TeamsCrm.Tab.Benchmarks;

/// <summary>Debian's Chromium, headless and without background connections, and a signed-in session's cookies.</summary>
internal static class Browsers
{
    public static BrowserTypeLaunchOptions Options { get; } = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    };

    /// <summary>Signs in through the Development sign-in page once; the cookies start every cold sample signed in.</summary>
    public static async Task<IReadOnlyList<Cookie>> SignInAsync(IBrowser browser, Uri app, string objectId)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tab/sign-in?returnUrl=%2Ftab%2Fme");
        await page.Locator($"input[name=person][value='{objectId}']").CheckAsync();
        await page.Locator("form.crm-dev-sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/tab/me");
        return [.. (await context.CookiesAsync()).Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite })];
    }
}
