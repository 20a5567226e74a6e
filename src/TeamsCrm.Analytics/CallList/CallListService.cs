using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// "Who should I call today": the caller's open deals ranked by <see cref="CallPriority"/> (chance × value, slipping,
/// closing soon, account going cold — judged as of now), each with the contact to call and their best channel. Members
/// only (a guest is forbidden). The caller's kept candidates (names included; parsed once per write of their row) are
/// ranked as of now, then checked against the caller's open-deals index highest first, <c>top</c> at a time until
/// <c>top</c> are found, so a deal won, lost or handed over since the candidates were computed drops out at once and
/// the next moves up. The first check starts beside the candidates' read, on the candidates the caller got last time,
/// and counts only when the read answers with those very candidates (unchanged since); the index is read fresh on
/// every call. Only when no candidates answer for today (none computed yet, or older than their window) are the
/// customer documents computed on the spot.
/// </summary>
public sealed class CallListService(
    ICustomerFactsStore customers,
    ICrmIndex index,
    CustomerDocumentsBuilder documents,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    public const int MaxTake = 50;

    private const int MaxRemembered = 1_000;

    private readonly ConcurrentDictionary<(string TenantId, string UserId), OwnerCallCandidates> _last = new();

    /// <summary>At most <paramref name="top"/> (1–50) calls, highest priority first.</summary>
    public async Task<CrmResult<CallListResult>> TodayAsync(Caller caller, int top = 10, CancellationToken cancellationToken = default)
    {
        if (CustomerInsightsAccess.ListRefusal(caller, top, MaxTake) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var rates = options.Value.Rates();
        var key = (caller.TenantId, caller.UserId);

        // The candidates this caller got last time: their first batch is checked against the index WHILE their row's
        // version is read, and that check is used only when the read answers with the very same (unchanged, kept)
        // candidates — then the ranking, hence the batch, is the same. The index is read fresh either way.
        var last = _last.TryGetValue(key, out var previous) && Answers(previous, now) ? previous : null;
        var lastRanked = last is null ? null : Ranked(last, now, rates);
        var early = lastRanked is { Count: > 0 } ? Observed(StillOwnedAsync(caller, lastRanked.Take(top).Select(c => c.Candidate), cancellationToken)) : null;
        var candidates = await customers.ReadCallCandidatesAsync(caller.TenantId, caller.UserId, cancellationToken).ConfigureAwait(false);
        if (!Answers(candidates, now))
        {
            var computed = await documents.RefreshAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
            candidates = computed.Calls.FirstOrDefault(c => c.OwnerId == caller.UserId) ?? new OwnerCallCandidates(caller.UserId, computed.Summary.ComputedAt, []);
        }

        Remember(key, candidates!);
        var same = ReferenceEquals(candidates, last);
        var ranked = same ? lastRanked! : Ranked(candidates!, now, rates);
        var open = new List<(CallCandidate Candidate, (double Priority, IReadOnlyList<CallReason> Reasons) Ranking)>();
        for (var checkedUpTo = 0; checkedUpTo < ranked.Count && open.Count < top; checkedUpTo += top)
        {
            var batch = ranked.GetRange(checkedUpTo, Math.Min(top, ranked.Count - checkedUpTo));
            var stillOwned = await (checkedUpTo == 0 && same && early is not null ? early : StillOwnedAsync(caller, batch.Select(c => c.Candidate), cancellationToken)).ConfigureAwait(false);
            open.AddRange(batch.Where(c => stillOwned.Contains(c.Candidate.DealId)));
        }

        var entries = open.Take(top).Select((c, i) => Entry(i + 1, c.Candidate, c.Ranking.Priority, c.Ranking.Reasons)).ToList();
        return new CallListResult(now, candidates!.ComputedAt, rates.ReportingCurrency, entries);
    }

    private static List<(CallCandidate Candidate, (double Priority, IReadOnlyList<CallReason> Reasons) Ranking)> Ranked(OwnerCallCandidates candidates, DateTimeOffset now, ExchangeRates rates) =>
        [.. candidates.Deals
            .Select(c => (Candidate: c, Ranking: CallPriority.Of(c, now, rates)))
            .OrderByDescending(c => c.Ranking.Priority)
            .ThenBy(c => c.Candidate.DealId, StringComparer.Ordinal)];

    /// <summary>The check, its failure observed even when its answer goes unused (the candidates changed meanwhile); awaiting it still throws.</summary>
    private static Task<HashSet<string>> Observed(Task<HashSet<string>> check)
    {
        _ = check.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return check;
    }

    private void Remember((string TenantId, string UserId) key, OwnerCallCandidates candidates)
    {
        if (_last.Count >= MaxRemembered)
        {
            _last.Clear();
        }

        _last[key] = candidates;
    }

    /// <summary>The ids of the given candidates still open and the caller's: their entries in the caller's open-deals index.</summary>
    private async Task<HashSet<string>> StillOwnedAsync(Caller caller, IEnumerable<CallCandidate> candidates, CancellationToken cancellationToken)
    {
        var entries = await index.ExistingPersonalAsync(
            caller.TenantId, caller.UserId, PersonalListKind.OwnedDeals, [.. candidates.Select(c => (c.AccountId, c.DealId))], cancellationToken).ConfigureAwait(false);
        return entries.Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether kept candidates answer as of <paramref name="now"/>: computed, named, and within their window.</summary>
    private static bool Answers(OwnerCallCandidates? candidates, DateTimeOffset now) =>
        candidates is not null
        && now <= candidates.ComputedAt.AddDays(OwnerCallCandidates.WindowDays)
        && candidates.Deals.All(c => c.DealTitle is not null && c.AccountName is not null);

    private static CallListEntry Entry(int rank, CallCandidate c, double priority, IReadOnlyList<CallReason> reasons) => new(
        rank, c.AccountId, c.AccountName!, c.DealId, c.DealTitle!, c.Stage, c.Amount, c.Currency, c.ExpectedCloseDate,
        (int)Math.Round(100 * c.Probability, MidpointRounding.AwayFromZero), c.IsRuleBased,
        c.ContactId, c.ContactName, c.ContactId is null ? null : c.Channels, priority, reasons);
}
