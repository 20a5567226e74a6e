using Microsoft.AspNetCore.Components;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Workspace;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Web.Tab.MyCrm;

/// <summary>
/// A My CRM section that stays current without a reload: once the page is interactive it listens to the tenant's
/// changes in this app instance (<see cref="AccountChangeSignal.SubscribeTenant"/>) and, when one touches a record kind
/// it lists (<see cref="Kinds"/>), reads its list again through the use cases — so a deal shared with a partner's
/// organisation, or a handoff offered to them, appears in their open tab, and an unshared one goes. A guest is resolved
/// again before each re-read (<see cref="Viewer"/>), so one removed from their organisation, or whose organisation was
/// archived, sees their lists empty instead of re-read with the access they had when the page loaded.
/// </summary>
public abstract class LiveSection : ComponentBase, IDisposable
{
    private WorkspaceLive? _live;
    private Caller? _resolved;

    [Parameter, EditorRequired]
    public Caller Caller { get; set; } = default!;

    /// <summary>Who reads the lists: <see cref="Caller"/> until a change arrives; then, for a guest, as resolved at that change.</summary>
    protected Caller Viewer => _resolved ?? Caller;

    [Inject] private TabCaller CurrentCaller { get; set; } = default!;
    [Inject] private AccountChangeSignal Signal { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ILogger<LiveSection> Logger { get; set; } = default!;

    /// <summary>The record kinds ("Share", "Deal", "Handoff") whose changes may change this section's list.</summary>
    protected abstract IReadOnlySet<string> Kinds { get; }

    /// <summary>Reads the section's list again.</summary>
    protected abstract Task LoadAsync();

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && _live is null)
        {
            _live = new WorkspaceLive(Signal, Time, Logger);
            _live.StartTenant(Caller.TenantId, InvokeAsync, OnChangedAsync);
        }
    }

    private async Task OnChangedAsync(AccountChange change)
    {
        if (change.RecordKinds.Overlaps(Kinds))
        {
            if (Caller.IsGuest)
            {
                // Not resolvable any more (left the directory): a guest of no organisation, who sees nothing.
                _resolved = await CurrentCaller.GetAsync() ?? Caller with { PartnerOrganizationId = null };
            }

            await LoadAsync();
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _live?.Dispose();
        GC.SuppressFinalize(this);
    }
}
