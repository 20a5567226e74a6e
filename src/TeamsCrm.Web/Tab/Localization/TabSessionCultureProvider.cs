using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Tab.Localization;

/// <summary>
/// The language the tab session was started with (the Teams locale the sign-in page passed on); without one, the
/// browser's Accept-Language decides (the next provider).
/// </summary>
internal sealed class TabSessionCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var locale = httpContext.User.FindFirstValue(CrmClaims.Locale);
        if (locale is null)
        {
            return NullProviderCultureResult;
        }

        var culture = TabCultures.For(locale).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
