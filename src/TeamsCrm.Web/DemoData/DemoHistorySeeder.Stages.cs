using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The demo deals go through their stages as the use cases would move them: inserted in their first stage with a
/// "Created" audit entry, then one commit per step for all the account's deals, each an update with a "StageChanged"
/// entry dated at the step — so the projection writes a stage row per step and the audit trail holds the history. Each
/// round reads the stored deals and moves every one a step on from where it stands, so a seeder racing another, or
/// started again after a crash, carries on from the store (a step another seeder took first fails whole and is read
/// again in the next round).
/// </summary>
public sealed partial class DemoHistorySeeder
{
    /// <summary>Enough rounds for the longest path (New to a close with a fall-back: 6 steps) and a few lost races.</summary>
    private const int MaxRounds = 12;

    private async Task SeedDealsAsync(string accountId, IReadOnlyList<HistoryDeal> deals, CancellationToken cancellationToken)
    {
        var paths = deals.ToDictionary(d => d.Final.Id, StringComparer.Ordinal);
        foreach (var chunk in deals.Chunk(EntitiesPerCommit / 2))
        {
            var changes = new ChangeSet();
            foreach (var deal in chunk)
            {
                var first = deal.At(0);
                changes.Insert(first).Record(AuditOf(deal, 0, null, first));
            }

            await CommitIfFirstAsync(accountId, changes, cancellationToken);
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            var steps = new List<(HistoryDeal Deal, int Step, Deal Stored)>();
            await foreach (var stored in store.QueryRecordsAsync<Deal>(DemoTenant.TenantId, accountId, cancellationToken))
            {
                if (paths.TryGetValue(stored.Id, out var deal) && deal.NextStep(stored) is { } step)
                {
                    steps.Add((deal, step, stored));
                }
            }

            if (steps.Count == 0)
            {
                return;
            }

            foreach (var chunk in steps.Chunk(EntitiesPerCommit / 2))
            {
                var changes = new ChangeSet();
                foreach (var (deal, step, stored) in chunk)
                {
                    var after = deal.At(step);
                    changes.Update(stored, after).Record(AuditOf(deal, step, stored, after));
                }

                await CommitIfFirstAsync(accountId, changes, cancellationToken);
            }
        }
    }

    private async Task CommitIfFirstAsync(string accountId, ChangeSet changes, CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(DemoTenant.TenantId, accountId, changes, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // Another seeder took this step a moment ago (the same ids): the next round reads where the deals stand.
        }
    }

    /// <summary>The audit entry of the deal's step: its owner did it at the step's moment; the id is fixed, like the deal's.</summary>
    private static AuditEntry AuditOf(HistoryDeal deal, int step, Deal? before, Deal after) => new()
    {
        Id = DemoAccountIds.For(DemoTenant.TenantId, 3, $"audit|{after.Id}|{step}"),
        AccountId = after.AccountId,
        Action = before is null ? "Created" : "StageChanged",
        RecordKind = "Deal",
        RecordId = after.Id,
        Actor = after.Owner,
        At = deal.Path[step].EnteredAt,
        Before = AuditTrail.Snapshot(before),
        After = AuditTrail.Snapshot(after),
    };

    /// <summary>A demo deal as it ends and the stages it goes through (<see cref="DemoStagePath"/>).</summary>
    private sealed record HistoryDeal(Deal Final, IReadOnlyList<StageChange> Path)
    {
        /// <summary>The deal as it stands after <paramref name="step"/>: in that stage since its moment, closed then if it is the last.</summary>
        public Deal At(int step)
        {
            var (stage, at) = (Path[step].Stage, Path[step].EnteredAt);
            return Final with
            {
                Stage = stage,
                Probability = DealStages.DefaultProbability(stage),
                UpdatedAt = at,
                ClosedAt = DealStages.IsOpen(stage) ? null : at,
                Version = null,
            };
        }

        /// <summary>The step after the one the stored deal stands at; null when it is through (or not on its path).</summary>
        public int? NextStep(Deal stored)
        {
            for (var step = 0; step < Path.Count - 1; step++)
            {
                if (Path[step].Stage == stored.Stage && Path[step].EnteredAt == stored.UpdatedAt)
                {
                    return step + 1;
                }
            }

            return null;
        }
    }
}
