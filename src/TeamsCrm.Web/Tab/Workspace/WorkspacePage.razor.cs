using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Core.Workspace;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Resources;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>
/// The account workspace (/tab/accounts/{id}): reads the workspace through Core's read model (already redacted for
/// the caller), shows it in one panel per concern, and keeps it current: comments appear live, any other change by
/// someone else offers a refresh. Times are in the viewer's time zone (kept in the session, else asked of the browser
/// once interactive); the people and calendar context follows once the page is live.
/// </summary>
public sealed partial class WorkspacePage
{
    private AccountWorkspace? _workspace;
    private CommentPage _comments = CommentPage.Empty;
    private int _commentTake = WorkspaceService.CommentPageSize;
    private int _timelineTake = WorkspaceService.TimelinePageSize;
    private CustomerPeopleContext? _people;
    private bool _peopleLoaded;
    private WorkspaceClock _clock = WorkspaceClock.Utc;
    private Caller? _caller;
    private WorkspaceLive? _live;
    private bool _notFound;
    private bool _stale;
    private string? _loadedId;

    [Parameter] public string AccountId { get; set; } = string.Empty;

    [Inject] private TabCaller CurrentCaller { get; set; } = default!;
    [Inject] private TabClock ViewerClock { get; set; } = default!;
    [Inject] private WorkspaceService Workspaces { get; set; } = default!;
    [Inject] private AccountChangeSignal Signal { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ILogger<WorkspacePage> Logger { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<TabTexts> T { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == AccountId)
        {
            return;
        }

        _loadedId = AccountId;
        _clock = await ViewerClock.FromSessionAsync() ?? _clock;
        _live?.Dispose();
        _live = null;
        _people = null;
        _peopleLoaded = false;
        _commentTake = WorkspaceService.CommentPageSize;
        _timelineTake = WorkspaceService.TimelinePageSize;
        await ReloadAsync();
        if (RendererInfo.IsInteractive)
        {
            StartLive();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A session from before the time zone was kept: ask the browser once the page is live.
        if (!firstRender || !RendererInfo.IsInteractive || await ViewerClock.FromSessionAsync() is not null)
        {
            return;
        }

        _clock = WorkspaceClock.For(await BrowserTimeZoneAsync());
        StateHasChanged();
    }

    /// <summary>Subscribes to the account's changes and starts the periodic check; the people context follows in the background.</summary>
    private void StartLive()
    {
        if (_workspace is null || _caller is null)
        {
            return;
        }

        _live = new WorkspaceLive(Signal, Time, Logger);
        _live.Start(_caller.TenantId, _workspace.Account.Id, InvokeAsync, OnChangedAsync, RefreshCommentsAsync);
        _ = LoadPeopleContextAsync(_caller);
    }

    private async Task LoadPeopleContextAsync(Caller caller)
    {
        try
        {
            var people = await Workspaces.PeopleContextAsync(caller, AccountId);
            _people = people.IsSuccess ? people.Value : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPeopleContextFailed(Logger, exception, AccountId);
        }

        // The people part arrives after the rest (it may wait for Graph); tests and screen readers can tell when it did.
        _peopleLoaded = true;
        StateHasChanged();
    }

    /// <summary>Reads the whole workspace again (after the viewer's own change, or when they ask for the latest).</summary>
    private async Task ReloadAsync()
    {
        _caller = await CurrentCaller.GetAsync();
        var loaded = _caller is null ? null : await Workspaces.LoadAsync(_caller, AccountId, _commentTake, _timelineTake);
        _workspace = loaded is { IsSuccess: true } ? loaded.Value : null;
        _comments = _workspace?.Comments ?? CommentPage.Empty;
        _notFound = _workspace is null;
        _stale = false;
    }

    /// <summary>The comments thread again, as many as are shown: after a change signal and on every periodic check.</summary>
    private async Task RefreshCommentsAsync()
    {
        _caller = await CurrentCaller.GetAsync();
        var page = _caller is null ? null : await Workspaces.CommentsAsync(_caller, AccountId, _commentTake);
        if (page is { IsSuccess: true })
        {
            _comments = page.Value;
        }
        else
        {
            // The account is gone for this viewer (unshared, deleted, signed out): it no longer exists for them.
            _workspace = null;
            _notFound = true;
        }

        StateHasChanged();
    }

    private async Task OnChangedAsync(AccountChange change)
    {
        // What a partner may see changed: read everything again at once (a new deal appears, an unshared account is gone).
        if (change.Touches("Share") && (_workspace is null || _workspace.IsRedacted))
        {
            await ReloadAsync();
            StateHasChanged();
            return;
        }

        if (change.Touches("Comment"))
        {
            await RefreshCommentsAsync();
        }

        if (_caller is not null && change.RecordKinds.Any(k => k != "Comment") && change.IsByOtherThan(_caller.UserId))
        {
            _stale = true;
            StateHasChanged();
        }
    }

    private async Task ShowOlderCommentsAsync()
    {
        _commentTake = Math.Min(_commentTake + WorkspaceService.CommentPageSize, WorkspaceService.MaxComments);
        await RefreshCommentsAsync();
    }

    private async Task ShowOlderTimelineAsync()
    {
        _timelineTake = Math.Min(_timelineTake + WorkspaceService.TimelinePageSize, WorkspaceService.MaxTimeline);
        await ReloadAsync();
    }

    private async Task<string?> BrowserTimeZoneAsync()
    {
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Tab/Workspace/WorkspacePage.razor.js");
            return await module.InvokeAsync<string?>("timeZone");
        }
        catch (JSException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        _live?.Dispose();
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "The people context of account {AccountId} could not be read; the workspace shows without it.")]
    private static partial void LogPeopleContextFailed(ILogger logger, Exception exception, string accountId);
}
