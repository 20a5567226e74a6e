using System.Globalization;
using Microsoft.JSInterop;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Common;

namespace TeamsCrm.Web.Tab.Configuration;

public sealed partial class ConfigurePage
{
    private string _query = string.Empty;
    private IReadOnlyList<AccountSearchHit>? _hits;
    private AccountSearchHit? _chosen;
    private string? _error;
    private DotNetObjectReference<ConfigurePage>? _self;

    private async Task SearchAsync()
    {
        _error = null;
        var caller = await CurrentCaller.GetAsync();
        if (caller is null)
        {
            return;
        }

        // The bot's resolver: folded names, typos tolerated, only accounts the caller may see; near misses are offered too.
        var resolution = await Resolver.ResolveAsync(caller, _query);
        _hits = [.. resolution.Candidates.Select(candidate => candidate.Account)];
    }

    /// <summary>Tells Teams the tab can be saved, and what it will show (the account's workspace).</summary>
    private async Task ChooseAsync(AccountSearchHit hit)
    {
        _chosen = hit;
        _error = null;
        _self ??= DotNetObjectReference.Create(this);
        var page = $"/tab/accounts/{Uri.EscapeDataString(hit.AccountId)}";
        await JS.InvokeVoidAsync("crmTab.offerTabConfig", _self, new TabConfig(EntityIdOf(hit), page, hit.Name));
    }

    /// <summary>
    /// Teams' Save: links the channel to the chosen account (in a channel; a group chat has no channel to link), with the
    /// tab's entity id so the bot's cards in this channel can deep-link to this tab, and answers null, or the reason in
    /// the person's language when it cannot be saved. The entity id is the server's own choice, never the browser's.
    /// </summary>
    [JSInvokable]
    public async Task<string?> SaveAsync(string? channelId, string? teamId)
    {
        var caller = await CurrentCaller.GetAsync();
        if (_chosen is null || caller is null)
        {
            return T["Configure.ChooseFirst"];
        }

        if (string.IsNullOrEmpty(channelId))
        {
            return null;
        }

        var linked = await ChannelLinks.LinkAsync(caller, channelId, teamId, _chosen.AccountId, EntityIdOf(_chosen));
        _error = linked.IsSuccess ? null : CrmMessages.Describe(linked.Error!, CultureInfo.CurrentUICulture);
        await InvokeAsync(StateHasChanged);
        return _error;
    }

    /// <summary>The tab's entity id: the account's id (Teams hands it back in deep links to the tab).</summary>
    private static string EntityIdOf(AccountSearchHit hit) => hit.AccountId;

    public ValueTask DisposeAsync()
    {
        _self?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>What the tab will be: Teams keeps the entity id and suggested name; the page is this app's.</summary>
    public sealed record TabConfig(string EntityId, string Page, string SuggestedDisplayName);
}
