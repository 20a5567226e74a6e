using Microsoft.AspNetCore.Localization;
using TeamsCrm.Web.Tab.Localization;

namespace TeamsCrm.Web.Tab.Hosting;

public static class TabEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The request pipeline in front of the pages and the API: security headers, who is signed in, their language
    /// (the tab session's Teams locale, else Accept-Language), authorization and antiforgery.
    /// </summary>
    public static WebApplication UseCrmWebPipeline(this WebApplication app)
    {
        app.UseCrmSecurityHeaders(app.Environment.IsDevelopment());
        app.UseAuthentication();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(TabCultures.English),
            SupportedCultures = [.. TabCultures.Supported],
            SupportedUICultures = [.. TabCultures.Supported],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        localization.RequestCultureProviders.Insert(0, new TabSessionCultureProvider());
        app.UseRequestLocalization(localization);
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The tab's pages (under /tab) and their static assets.</summary>
    public static WebApplication MapCrmTab(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
