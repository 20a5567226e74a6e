using System.Text.Json;
using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Bot.MessageExtension;

/// <summary>
/// The account a link to the app names: the tab's account page under <see cref="AppOptions.PublicBaseUrl"/>
/// (<c>/tab/accounts/{id}</c>), or a Teams deep link to this app's tab (<c>https://teams.microsoft.com/l/entity/{app id}/…</c>
/// with the context's <c>subEntityId</c> <c>account:{id}</c>, as <c>TeamsAccountPageLinks</c> writes them). Whether the
/// caller may see the account is decided afterwards by Core.
/// </summary>
internal sealed class AppAccountLinkReader(IOptions<AppOptions> options) : IAccountLinkReader
{
    private const string TabAccountsPath = "/tab/accounts/";
    private const string SubEntityPrefix = "account:";

    public string? AccountIdOf(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var app = options.Value;
        if (app.PublicBaseUrl is { } home && link.Scheme == home.Scheme && string.Equals(link.Authority, home.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return TabAccountId(link.AbsolutePath);
        }

        return link.Scheme == Uri.UriSchemeHttps && link.Host.Equals("teams.microsoft.com", StringComparison.OrdinalIgnoreCase) && app.TeamsAppId is { Length: > 0 } appId
            ? DeepLinkAccountId(link, appId)
            : null;
    }

    private static string? TabAccountId(string path)
    {
        if (!path.StartsWith(TabAccountsPath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = Uri.UnescapeDataString(path[TabAccountsPath.Length..].TrimEnd('/'));
        return id.Length > 0 && !id.Contains('/', StringComparison.Ordinal) ? id : null;
    }

    private static string? DeepLinkAccountId(Uri link, string appId)
    {
        var segments = link.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 4 || segments[0] != "l" || segments[1] != "entity" || !string.Equals(Uri.UnescapeDataString(segments[2]), appId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var context = System.Web.HttpUtility.ParseQueryString(link.Query)["context"];
        try
        {
            using var json = JsonDocument.Parse(context ?? string.Empty);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("subEntityId", out var sub) && sub.ValueKind == JsonValueKind.String
                && sub.GetString() is { } value && value.StartsWith(SubEntityPrefix, StringComparison.Ordinal) && value.Length > SubEntityPrefix.Length
                ? value[SubEntityPrefix.Length..]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
