using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.People;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Resources;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Web.Tab.Insights;

/// <summary>
/// /tab/insights: reads the pipeline answer through <see cref="InsightsService"/> with the signed-in caller, so the
/// service decides what a person may see (a member any scope of their tenant; a guest only their own shared deals,
/// else "nothing shared" — never the tenant's figures). Owners are named from the directory. A member's call list,
/// customers at risk and products × segments are asked for as soon as the viewer is known, at the same time as the
/// figures.
/// </summary>
public sealed partial class InsightsPage
{
    private Caller? _caller;
    private WorkspaceClock _clock = WorkspaceClock.Utc;
    private InsightsPeriodChoice _period = InsightsPeriodChoice.ThisQuarter;
    private InsightsScope _scope = InsightsScope.Person;
    private IReadOnlyList<Person> _team = [];
    private PipelineInsights? _insights;
    private InsightsLabels? _labels;
    private IReadOnlyDictionary<string, string> _accountNames = new Dictionary<string, string>();
    private LoadState _state = LoadState.Loading;
    private Task<CrmResult<CallListResult>>? _calls;
    private Task<CrmResult<AtRiskCustomers>>? _atRisk;
    private Task<CrmResult<MiningInsights>>? _mining;

    private enum LoadState
    {
        Loading,
        Loaded,
        NothingShared,
        Failed,
    }

    [Inject] private TabCaller CurrentCaller { get; set; } = default!;
    [Inject] private TabClock ViewerClock { get; set; } = default!;
    [Inject] private InsightsService Insights { get; set; } = default!;
    [Inject] private CallListService Calls { get; set; } = default!;
    [Inject] private CustomerInsightsService Customers { get; set; } = default!;
    [Inject] private MiningInsightsService Mining { get; set; } = default!;
    [Inject] private IPeopleDirectory People { get; set; } = default!;
    [Inject] private InsightsAccountNames AccountNames { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IStringLocalizer<InsightsTexts> T { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Nothing here waits for another read it does not need: the clock (the session's claims) and the caller (the
        // directory's brief caches) at once; then the member's lists, the mining and the viewer's directory entry are
        // asked for beside the figures (they depend on the viewer only), not after them.
        var clock = ViewerClock.FromSessionAsync();
        var caller = CurrentCaller.GetAsync();
        _clock = await clock ?? WorkspaceClock.Utc;
        _caller = await caller;
        if (_caller is not null)
        {
            if (!_caller.IsGuest)
            {
                _calls = Calls.TodayAsync(_caller, CallTodaySection.Take);
                _atRisk = Customers.GetAtRiskAsync(_caller, AtRiskSection.Take);
                _mining = Mining.GetAsync(_caller, new MiningQuery());
            }

            var self = People.GetAsync(_caller.TenantId, _caller.UserId);
            await LoadAsync(_caller, async () => _team = [await self ?? new Person(_caller.UserId, _caller.DisplayName, null, null, null, null, _caller.IsGuest)]);
        }
    }

    private async Task LoadAsync()
    {
        _caller = await CurrentCaller.GetAsync();
        if (_caller is not null)
        {
            await LoadAsync(_caller, () => Task.CompletedTask);
        }
    }

    /// <param name="caller">The viewer.</param>
    /// <param name="beforeNames">What must be done before the owners are named (the first load: the viewer's team of one), while the figures are read.</param>
    private async Task LoadAsync(Caller caller, Func<Task> beforeNames)
    {
        _state = LoadState.Loading;
        var period = InsightsPeriods.For(_period, _clock.Day(Time.GetUtcNow()));
        var scope = caller.IsGuest ? InsightsScope.Person : _scope;
        var named = scope == InsightsScope.Team ? null : beforeNames();
        if (named is null)
        {
            await beforeNames(); // the team's figures need the team first
        }

        IReadOnlyList<string> owners = scope == InsightsScope.Team ? [.. _team.Select(p => p.UserId)] : [];
        var pending = Insights.GetPipelineAsync(caller, new InsightsQuery(period, scope, owners));
        if (named is not null)
        {
            await named;
        }

        var answer = await pending;
        _insights = answer.IsSuccess ? answer.Value : null;
        _labels = _insights is null ? null : new InsightsLabels(T, await OwnerNamesAsync(caller, _insights));
        _accountNames = _insights is null ? new Dictionary<string, string>() : await AccountNamesAsync(caller, _insights);
        _state = answer.IsSuccess ? LoadState.Loaded : caller.IsGuest ? LoadState.NothingShared : LoadState.Failed;
    }

    /// <summary>The display names of the owners in the answer (members only: a guest's answer names only themselves).</summary>
    private async Task<Dictionary<string, string>> OwnerNamesAsync(Caller caller, PipelineInsights insights)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [caller.UserId] = caller.DisplayName };
        foreach (var member in _team)
        {
            names[member.UserId] = member.DisplayName;
        }

        var others = insights.Figures.OpenByOwner.Select(s => s.Key).Where(o => !names.ContainsKey(o)).Distinct(StringComparer.Ordinal);
        foreach (var person in await Task.WhenAll(others.Select(owner => People.GetAsync(caller.TenantId, owner))))
        {
            if (person is not null)
            {
                names[person.UserId] = person.DisplayName;
            }
        }

        return names;
    }

    /// <summary>The names of the slipped deals' accounts (kept a minute, <see cref="InsightsAccountNames"/>): only accounts of deals in the answer, which the service already limited to what the caller may see.</summary>
    private async Task<IReadOnlyDictionary<string, string>> AccountNamesAsync(Caller caller, PipelineInsights insights)
    {
        var ids = insights.Figures.Slipped.Largest.Select(d => d.AccountId).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? new Dictionary<string, string>() : await AccountNames.GetAsync(caller.TenantId, ids);
    }

    private Task PeriodChangedAsync(ChangeEventArgs e)
    {
        _period = Enum.TryParse<InsightsPeriodChoice>(e.Value as string, out var choice) ? choice : InsightsPeriodChoice.ThisQuarter;
        return LoadAsync();
    }

    private Task ScopeChangedAsync(ChangeEventArgs e)
    {
        _scope = Enum.TryParse<InsightsScope>(e.Value as string, out var scope) && Enum.IsDefined(scope) ? scope : InsightsScope.Person;
        return LoadAsync();
    }

    private Task TeamChangedAsync(IReadOnlyList<Person> team)
    {
        _team = team;
        return LoadAsync();
    }
}
