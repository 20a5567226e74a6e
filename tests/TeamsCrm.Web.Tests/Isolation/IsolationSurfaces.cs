using System.Net.Http.Json;
using System.Text;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// The columns of the matrix: every surface reachable over HTTP in the real app, each returning everything the caller
/// received for one target (response bodies, and for a typed command the replies the bot sent). A surface returns null
/// when the user cannot reach it at all (an anonymous meeting participant has only the anonymous link unfurl). New
/// surfaces are new rows of <see cref="All"/>.
/// </summary>
internal sealed class IsolationSurfaces(ApiHost host)
{
    private const string BotId = "28:teamscrm-bot";

    public IReadOnlyList<(string Name, Func<IsolationUser, IsolationTarget, Task<string?>> Read)> All =>
    [
        ("bot command", (u, t) => Signed(u, () => SayAsync(u.Caller!, $"show {t.AskName}"))),
        ("card action", (u, t) => Signed(u, () => InvokeAsync(u.Caller!, "adaptiveCard/action", Execute("account.show", t)))),
        ("card refresh", (u, t) => Signed(u, () => InvokeAsync(u.Caller!, "adaptiveCard/action", Execute("card.refresh", t)))),
        ("msgext search", (u, t) => Signed(u, () => InvokeAsync(u.Caller!, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchRecords",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = t.AskName }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        }))),
        ("msgext inserted card", (u, t) => Signed(u, () => InvokeAsync(u.Caller!, "composeExtension/selectItem", new JsonObject { ["recordKind"] = "Account", ["accountId"] = t.AccountId }))),
        ("msgext unfurl", (u, t) => u.Caller is null
            ? InvokeAsync(null, "composeExtension/anonymousQueryLink", Link(t))
            : InvokeAsync(u.Caller, "composeExtension/queryLink", Link(t))),
        ("tab page HTML", (u, t) => Signed(u, () => TabAsync(u.Caller!, t))),
        ("tab circuit", new IsolationCircuit(host).ReadAsync),
        ("REST API", (u, t) => Signed(u, () => ApiAsync(u.Caller!, t))),
        ("proactive notification", new IsolationNotifications(host).ReadAsync),
    ];

    /// <summary>The user's 1:1 chat with the bot in the matrix (where their commands go, and so their notifications).</summary>
    public static string ChatOf(Caller user) => "a:isolation-" + user.UserId;

    private static Task<string?> Signed(IsolationUser user, Func<Task<string?>> read) => user.Caller is null ? Task.FromResult<string?>(null) : read();

    private static JsonObject Execute(string verb, IsolationTarget target) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["accountId"] = target.AccountId } },
        ["trigger"] = "manual",
    };

    private static JsonObject Link(IsolationTarget target) => new() { ["url"] = $"http://localhost:3978/tab/accounts/{target.AccountId}" };

    private async Task<string?> InvokeAsync(Caller? from, string name, JsonObject value)
    {
        var activity = Activity("invoke", from, from is null ? "a:isolation-anonymous" : ChatOf(from));
        activity["name"] = name;
        activity["value"] = value;
        using var client = host.Factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private async Task<string?> SayAsync(Caller from, string text)
    {
        var conversation = ChatOf(from);
        var activity = Activity("message", from, conversation);
        activity["text"] = text;
        var id = activity["id"]!.GetValue<string>();
        using var client = host.Factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        await host.Connector.WaitForAsync(calls => calls.Any(c => c.ActivityId == id), $"a reply to {id}");
        var sent = host.Connector.Calls.Where(c => c.ActivityId == id).Select(c => c.Json);
        return $"{(int)response.StatusCode} {string.Join('\n', sent)}";
    }

    /// <summary>The tab's sign-in exchange (POST /tab/session with the SSO token) and the pages' server-rendered HTML, whatever the answers.</summary>
    private async Task<string?> TabAsync(Caller user, IsolationTarget target)
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/session", UriKind.Relative))
        {
            Content = new StringContent("{\"locale\":\"en-US\"}", Encoding.UTF8, "application/json"),
        };
        signIn.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        using var session = await browser.SendAsync(signIn);
        var cookie = session.Headers.TryGetValues("Set-Cookie", out var values) ? values.First().Split(';')[0] : null;
        var received = new StringBuilder($"{(int)session.StatusCode} {await session.Content.ReadAsStringAsync()}\n");
        foreach (var path in new[] { $"/tab/accounts/{target.AccountId}", "/tab/me" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }

            request.Headers.Accept.ParseAdd("text/html");
            using var page = await browser.SendAsync(request);
            received.Append((int)page.StatusCode).Append(' ').Append(await page.Content.ReadAsStringAsync()).Append('\n');
        }

        return received.ToString();
    }

    private async Task<string?> ApiAsync(Caller user, IsolationTarget target)
    {
        using var client = host.ClientFor(user);
        var texts = new List<string>();
        foreach (var path in new[]
        {
            $"/api/v1/accounts/{target.AccountId}", $"/api/v1/accounts/{target.AccountId}/deals", $"/api/v1/accounts/{target.AccountId}/comments",
            $"/api/v1/accounts?q={Uri.EscapeDataString(target.AskName)}",
        })
        {
            texts.Add((await client.GetAsync(path)).Text);
        }

        return string.Join('\n', texts);
    }

    private JsonObject Activity(string type, Caller? from, string conversationId)
    {
        var tenant = from?.TenantId ?? DemoTenant.TenantId;
        var sender = from is null
            ? new JsonObject { ["id"] = "29:anonymous", ["name"] = "Guest participant" }
            : new JsonObject { ["id"] = "29:" + from.UserId, ["name"] = from.DisplayName, ["aadObjectId"] = from.UserId };
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-30T10:00:00.000Z",
            ["serviceUrl"] = host.Connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = sender,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CRM" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["isGroup"] = false, ["tenantId"] = tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = "en-US",
        };
    }
}
