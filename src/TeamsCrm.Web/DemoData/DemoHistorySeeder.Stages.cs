using System.Runtime.CompilerServices;
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
/// round moves every deal a step on from where it stands (the versions its commits returned); when a commit fails
/// because another seeder took the step first, or the deals were there from a run cut short, the next round reads the
/// stored deals and carries on from them.
/// </summary>
public sealed partial class DemoHistorySeeder
{
    /// <summary>Enough rounds for the longest path (New to a close with a fall-back: 6 steps) and a few lost races.</summary>
    private const int MaxRounds = 12;

    private async Task SeedDealsAsync(string accountId, IReadOnlyList<HistoryDeal> deals, StrongBox<int> commits, CancellationToken cancellationToken)
    {
        var paths = deals.ToDictionary(d => d.Final.Id, StringComparer.Ordinal);
        var stored = new Dictionary<string, Deal>(StringComparer.Ordinal);
        var readAgain = false;
        foreach (var chunk in deals.Chunk(EntitiesPerCommit / 2))
        {
            var changes = new ChangeSet();
            foreach (var deal in chunk)
            {
                changes.Insert(deal.At(0)).Record(AuditOf(deal, 0, null, deal.At(0)));
            }

            readAgain |= !await CommitIfFirstAsync(accountId, changes, stored, commits, cancellationToken);
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            if (readAgain)
            {
                stored.Clear();
                await foreach (var deal in store.QueryRecordsAsync<Deal>(DemoTenant.TenantId, accountId, cancellationToken))
                {
                    stored[deal.Id] = deal;
                }

                readAgain = false;
            }

            var steps = stored.Values
                .Where(deal => paths.ContainsKey(deal.Id))
                .Select(deal => (Deal: deal, Path: paths[deal.Id], Step: paths[deal.Id].NextStep(deal)))
                .Where(s => s.Step is not null)
                .ToList();
            if (steps.Count == 0)
            {
                return;
            }

            foreach (var chunk in steps.Chunk(EntitiesPerCommit / 2))
            {
                var changes = new ChangeSet();
                foreach (var (before, path, step) in chunk)
                {
                    var after = path.At(step!.Value);
                    changes.Update(before, after).Record(AuditOf(path, step.Value, before, after));
                }

                readAgain |= !await CommitIfFirstAsync(accountId, changes, stored, commits, cancellationToken);
            }
        }
    }

    /// <summary>Commits the steps and notes the deals' new versions; false when another seeder took a step first (nothing written).</summary>
    private async Task<bool> CommitIfFirstAsync(string accountId, ChangeSet changes, Dictionary<string, Deal> stored, StrongBox<int> commits, CancellationToken cancellationToken)
    {
        try
        {
            Interlocked.Increment(ref commits.Value);
            var versions = await store.CommitAsync(DemoTenant.TenantId, accountId, changes, cancellationToken);
            foreach (var (change, version) in changes.Changes.Zip(versions))
            {
                var deal = (Deal)change.After!;
                stored[deal.Id] = deal with { Version = version };
            }

            return true;
        }
        catch (ConcurrencyException)
        {
            // Another seeder took this step a moment ago (the same ids): the next round reads where the deals stand.
            return false;
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
