using System.Text.Json;
using TeamsCrm.Conversation.Insights;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Tab.Hosting;

namespace TeamsCrm.Web.ChatInsights;

/// <summary>
/// The Teams deep link to the personal tab's insights page, as the customer card links an account
/// (<see cref="TeamsAccountPageLinks"/>): https://teams.microsoft.com/l/entity/{app id}/my-crm?webUrl={base}/tab/insights#{section}
/// &amp;context={"subEntityId":"insights:{section}"}. Null without <see cref="AppOptions.TeamsAppId"/>.
/// </summary>
internal sealed class TeamsInsightsPageLinks(IOptions<AppOptions> options) : IInsightsPageLinks
{
    /// <summary>The tab's insights page.</summary>
    public const string PagePath = "tab/insights";

    /// <summary>The prefix of the sub-entity id that names an insights section.</summary>
    public const string SubEntityPrefix = "insights:";

    public Uri? InsightsPage(string tenantId, string section)
    {
        var app = options.Value;
        if (string.IsNullOrEmpty(app.TeamsAppId) || app.PublicBaseUrl is null)
        {
            return null;
        }

        var page = new Uri(app.PublicBaseUrl, $"{PagePath}#{Uri.EscapeDataString(section)}");
        var context = JsonSerializer.Serialize(new Dictionary<string, string> { ["subEntityId"] = SubEntityPrefix + section });
        return new Uri(
            $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(app.TeamsAppId)}/{TeamsAccountPageLinks.PersonalTabEntityId}"
            + $"?webUrl={Uri.EscapeDataString(page.AbsoluteUri)}&context={Uri.EscapeDataString(context)}");
    }
}
