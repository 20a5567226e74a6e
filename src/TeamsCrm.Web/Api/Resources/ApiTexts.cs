using System.Globalization;
using System.Resources;

namespace TeamsCrm.Web.Api.Resources;

/// <summary>The REST API's own texts (Resources/ApiTexts(.de).resx) in the request's language; Core's errors come from CrmMessages.</summary>
internal static class ApiTexts
{
    private static readonly ResourceManager Resources = new("TeamsCrm.Web.Api.Resources.ApiTexts", typeof(ApiTexts).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing API text '{name}'.");
}
