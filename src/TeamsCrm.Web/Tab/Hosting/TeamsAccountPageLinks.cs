using System.Text.Json;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Tab.Hosting;

/// <summary>
/// Teams deep links to an account's page (https://teams.microsoft.com/l/entity/{app id}/{entity id}?webUrl=…&amp;context=…,
/// the context URL-encoded JSON). In a channel whose tab shows the account (<see cref="AccountPagePlace"/>: the channel
/// and the tab's entity id, stored when the tab was configured) the link opens that channel tab, with
/// <c>{"subEntityId":"account:{id}","channelId":"…"}</c>; otherwise the personal tab "My CRM" with
/// <c>{"subEntityId":"account:{id}"}</c>, which the tab (tab.js) follows on to the account's workspace. The webUrl is the
/// workspace page, for clients that cannot show the tab. Null without <see cref="AppOptions.TeamsAppId"/>.
/// </summary>
internal sealed class TeamsAccountPageLinks(IOptions<AppOptions> options) : IAccountPageLinks
{
    /// <summary>The personal tab's entity id in the manifest (staticTabs).</summary>
    public const string PersonalTabEntityId = "my-crm";

    /// <summary>The prefix of the sub-entity id that names an account.</summary>
    public const string AccountSubEntityPrefix = "account:";

    public Uri? PageOf(string tenantId, string accountId, AccountPagePlace? place = null)
    {
        var app = options.Value;
        if (string.IsNullOrEmpty(app.TeamsAppId) || app.PublicBaseUrl is null)
        {
            return null;
        }

        var page = new Uri(app.PublicBaseUrl, AccountLinkPath(accountId));
        var context = new Dictionary<string, string> { ["subEntityId"] = AccountSubEntityPrefix + accountId };
        if (place is not null)
        {
            context["channelId"] = place.ChannelId;
        }

        var entityId = place?.PageId ?? PersonalTabEntityId;
        return new Uri(
            $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(app.TeamsAppId)}/{Uri.EscapeDataString(entityId)}"
            + $"?webUrl={Uri.EscapeDataString(page.AbsoluteUri)}&context={Uri.EscapeDataString(JsonSerializer.Serialize(context))}");
    }

    private static string AccountLinkPath(string accountId) => Components.AccountLink.For(accountId).TrimStart('/');
}
