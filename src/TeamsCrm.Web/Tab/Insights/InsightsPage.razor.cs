using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
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
/// else "nothing shared" — never the tenant's figures). Owners are named from the directory. A member's call list and
/// customers at risk are asked for as soon as the viewer is known, at the same time as the figures.
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
    [Inject] private IPeopleDirectory People { get; set; } = default!;
    [Inject] private InsightsAccountNames AccountNames { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IStringLocalizer<InsightsTexts> T { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _clock = await ViewerClock.FromSessionAsync() ?? WorkspaceClock.Utc;
        _caller = await CurrentCaller.GetAsync();
        if (_caller is not null)
        {
            if (!_caller.IsGuest)
            {
                // The member's two lists depend on the viewer only: asked now, beside the figures, not after them.
                _calls = Calls.TodayAsync(_caller, CallTodaySection.Take);
                _atRisk = Customers.GetAtRiskAsync(_caller, AtRiskSection.Take);
            }

            _team = [await People.GetAsync(_caller.TenantId, _caller.UserId) ?? new Person(_caller.UserId, _caller.DisplayName, null, null, null, null, _caller.IsGuest)];
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _caller = await CurrentCaller.GetAsync();
        if (_caller is null)
        {
            return;
        }

        _state = LoadState.Loading;
        var period = InsightsPeriods.For(_period, _clock.Day(Time.GetUtcNow()));
        var scope = _caller.IsGuest ? InsightsScope.Person : _scope;
        IReadOnlyList<string> owners = scope == InsightsScope.Team ? [.. _team.Select(p => p.UserId)] : [];
        var answer = await Insights.GetPipelineAsync(_caller, new InsightsQuery(period, scope, owners));
        _insights = answer.IsSuccess ? answer.Value : null;
        _labels = _insights is null ? null : new InsightsLabels(T, await OwnerNamesAsync(_caller, _insights));
        _accountNames = _insights is null ? new Dictionary<string, string>() : await AccountNamesAsync(_caller, _insights);
        _state = answer.IsSuccess ? LoadState.Loaded : _caller.IsGuest ? LoadState.NothingShared : LoadState.Failed;
    }

    /// <summary>The display names of the owners in the answer (members only: a guest's answer names only themselves).</summary>
    private async Task<Dictionary<string, string>> OwnerNamesAsync(Caller caller, PipelineInsights insights)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [caller.UserId] = caller.DisplayName };
        foreach (var member in _team)
        {
            names[member.UserId] = member.DisplayName;
        }

        foreach (var owner in insights.Figures.OpenByOwner.Select(s => s.Key).Where(o => !names.ContainsKey(o)))
        {
            if (await People.GetAsync(caller.TenantId, owner) is { } person)
            {
                names[owner] = person.DisplayName;
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
