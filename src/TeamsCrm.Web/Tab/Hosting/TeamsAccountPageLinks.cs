using System.Text.Json;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Tab.Hosting;

/// <summary>
/// The Teams deep link to an account's page in the personal tab "My CRM": <c>https://teams.microsoft.com/l/entity/{app
/// id}/my-crm?webUrl=…&amp;context={"subEntityId":"account:{id}"}</c>. Teams opens the personal tab with the sub-entity
/// id, and the tab (tab.js) goes on to the account's workspace. Null without <see cref="AppOptions.TeamsAppId"/>.
/// </summary>
internal sealed class TeamsAccountPageLinks(IOptions<AppOptions> options) : IAccountPageLinks
{
    /// <summary>The personal tab's entity id in the manifest (staticTabs).</summary>
    public const string PersonalTabEntityId = "my-crm";

    /// <summary>The prefix of the sub-entity id that names an account.</summary>
    public const string AccountSubEntityPrefix = "account:";

    public Uri? PageOf(string tenantId, string accountId)
    {
        var app = options.Value;
        if (string.IsNullOrEmpty(app.TeamsAppId) || app.PublicBaseUrl is null)
        {
            return null;
        }

        var page = new Uri(app.PublicBaseUrl, AccountLinkPath(accountId));
        var context = JsonSerializer.Serialize(new Dictionary<string, string> { ["subEntityId"] = AccountSubEntityPrefix + accountId });
        return new Uri(
            $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(app.TeamsAppId)}/{PersonalTabEntityId}"
            + $"?webUrl={Uri.EscapeDataString(page.AbsoluteUri)}&context={Uri.EscapeDataString(context)}");
    }

    private static string AccountLinkPath(string accountId) => Components.AccountLink.For(accountId).TrimStart('/');
}
