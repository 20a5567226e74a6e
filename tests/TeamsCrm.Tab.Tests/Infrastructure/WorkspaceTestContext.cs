using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.FluentUI.AspNetCore.Components;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Web.Identity;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Infrastructure;

/// <summary>
/// bUnit with the tab's services on top of a <see cref="WorkspaceWorld"/>: the real use cases, store and change signal,
/// Fluent UI, the tab's texts, and a signed-in person resolved through the directory exactly as in the app
/// (<see cref="TabCaller"/>). Renders interactively, as a circuit would.
/// </summary>
public abstract class WorkspaceTestContext : BunitContext
{
    /// <summary>
    /// Pages read and write Azurite before they show what a test waits for: on a busy machine that takes longer than
    /// bUnit's one-second default (two partner-page tests failed on it once in the full suite).
    /// </summary>
    static WorkspaceTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected WorkspaceWorld World { get; private set; } = default!;

    /// <summary>Starts the world and signs <paramref name="signedIn"/> in, in <paramref name="culture"/>.</summary>
    /// <param name="signedIn">Who the tab's session says is signed in.</param>
    /// <param name="culture">The session's language.</param>
    /// <param name="configureWorld">Replaces the world's registrations (a people context source, say).</param>
    /// <param name="photos">The photo links the page may show; none by default.</param>
    /// <param name="timeZone">The browser time zone the session keeps (the sign-in page puts it there); none by default.</param>
    protected Task StartAsync(
        Caller signedIn, string culture = "en-US", Action<IServiceCollection>? configureWorld = null, IPersonPhotoLinks? photos = null, string? timeZone = null)
    {
        // Not async: a culture set inside an async method would not flow back out to the test that renders.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return StartWorldAsync(signedIn, configureWorld, photos ?? NoPersonPhotoLinks.Instance, timeZone);
    }

    private async Task StartWorldAsync(Caller signedIn, Action<IServiceCollection>? configureWorld, IPersonPhotoLinks photos, string? timeZone)
    {
        World = await WorkspaceWorld.StartAsync(configureWorld);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddFluentUIComponents();
        Services.AddLocalization();
        Services.AddSingleton(photos);
        // Registrations of this container resolve their own dependencies here, not in the fallback: hand them the world's.
        Services.AddSingleton(_ => new HttpCallers(World.Get<CallerResolver>()));
        Services.AddScoped(sp => new TabCaller(sp.GetRequiredService<AuthenticationStateProvider>(), sp.GetRequiredService<HttpCallers>(), World.Time));
        // Notification delivery after a change is the host's (browser tests cover it); here the change runs as is.
        Services.AddSingleton<ITabWork, DirectTabWork>();
        Services.AddScoped<TabClock>();
        Services.AddSingleton(_ => new TeamsCrm.Web.Tab.Insights.InsightsAccountNames(World.Get<ICrmIndex>(), World.Time));
        var authorization = AddAuthorization();
        authorization.SetAuthorized(signedIn.DisplayName);
        Claim[] identity = [new(CrmClaims.TenantId, signedIn.TenantId), new(CrmClaims.ObjectId, signedIn.UserId)];
        authorization.SetClaims(timeZone is null ? identity : [.. identity, new Claim(CrmClaims.TimeZone, timeZone)]);
        Services.AddFallbackServiceProvider(World.Services);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Signs <paramref name="signedIn"/> in, seeds <see cref="SeededAccount"/> and opens its workspace.</summary>
    protected Task<(SeededAccount Seeded, IRenderedComponent<WorkspacePage> Page)> OpenSeededAsync(Caller signedIn, ShareLevel fabrikamLevel = ShareLevel.Read)
    {
        var started = StartAsync(signedIn); // not awaited here, so its culture stays with the test
        return OpenAsync(started, fabrikamLevel);
    }

    private async Task<(SeededAccount Seeded, IRenderedComponent<WorkspacePage> Page)> OpenAsync(Task started, ShareLevel fabrikamLevel)
    {
        await started;
        var seeded = await SeededAccount.CreateAsync(World, fabrikamLevel: fabrikamLevel);
        return (seeded, RenderWorkspace(seeded.AccountId));
    }

    /// <summary>The account workspace page as the signed-in person sees it, once it has loaded.</summary>
    protected IRenderedComponent<WorkspacePage> RenderWorkspace(string accountId)
    {
        var page = Render<WorkspacePage>(p => p.Add(c => c.AccountId, accountId));
        page.WaitForElement("#crm-workspace", TimeSpan.FromSeconds(10));
        // The people context renders once more when it arrives; interacting before that races the re-render.
        page.WaitForAssertion(() => Assert.Equal("loaded", page.Find("#crm-workspace").GetAttribute("data-people")), TimeSpan.FromSeconds(10));
        return page;
    }

    protected static T Ok<T>(CrmResult<T> result) => WorkspaceWorld.Ok(result);
}
