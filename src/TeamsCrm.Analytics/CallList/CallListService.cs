using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// "Who should I call today": the caller's open deals ranked by <see cref="CallPriority"/> (chance × value, slipping,
/// closing soon, account going cold — judged as of now), each with the contact to call and their best channel. Members
/// only (a guest is forbidden). Two reads at once: the caller's kept candidates (one point read; names included) and
/// the caller's open deals in the index (one range query), so a deal won, lost or handed over since the candidates were
/// computed drops out at once. Only when no candidates answer for today (none computed yet, or older than their
/// window) are the customer documents computed on the spot.
/// </summary>
public sealed class CallListService(
    ICustomerFactsStore customers,
    ICrmIndex index,
    CustomerDocumentsBuilder documents,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    public const int MaxTake = 50;

    /// <summary>At most <paramref name="top"/> (1–50) calls, highest priority first.</summary>
    public async Task<CrmResult<CallListResult>> TodayAsync(Caller caller, int top = 10, CancellationToken cancellationToken = default)
    {
        if (CustomerInsightsAccess.ListRefusal(caller, top, MaxTake) is { } refused)
        {
            return refused;
        }

        var openRead = index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedDeals, cancellationToken);
        var candidates = await customers.ReadCallCandidatesAsync(caller.TenantId, caller.UserId, cancellationToken).ConfigureAwait(false);
        var open = (await openRead.ConfigureAwait(false)).Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
        if (!Answers(candidates, time.GetUtcNow()))
        {
            var computed = await documents.RefreshAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
            candidates = computed.Calls.FirstOrDefault(c => c.OwnerId == caller.UserId) ?? new OwnerCallCandidates(caller.UserId, computed.Summary.ComputedAt, []);
        }

        var now = time.GetUtcNow();
        var rates = options.Value.Rates();
        var entries = candidates!.Deals
            .Where(c => open.Contains(c.DealId))
            .Select(c => (Candidate: c, Ranking: CallPriority.Of(c, now, rates)))
            .OrderByDescending(c => c.Ranking.Priority)
            .ThenBy(c => c.Candidate.DealId, StringComparer.Ordinal)
            .Take(top)
            .Select((c, i) => Entry(i + 1, c.Candidate, c.Ranking.Priority, c.Ranking.Reasons))
            .ToList();
        return new CallListResult(now, candidates.ComputedAt, rates.ReportingCurrency, entries);
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
