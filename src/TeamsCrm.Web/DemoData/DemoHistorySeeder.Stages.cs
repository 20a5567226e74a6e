using System.Runtime.CompilerServices;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The demo deals with their stage history: each is stored closed, as it ends, in one transaction with an audit entry
/// per step of its path ("Created" in New, then "StageChanged" dated at each step, snapshots before and after as the use
/// cases write them), so it is never seen open in today's lists. The projection saw one insert, so the stage rows are
/// then written from those entries (<see cref="Storage.Analytics.StageHistoryWriter"/>: the rows the projection would have written step by
/// step) — for every deal of the account, also those another seeder stored first (the same ids, the same rows).
/// </summary>
public sealed partial class DemoHistorySeeder
{
    private async Task SeedDealsAsync(string accountId, IReadOnlyList<HistoryDeal> deals, StrongBox<int> commits, CancellationToken cancellationToken)
    {
        var finals = new List<Deal>();
        var audit = new List<AuditEntry>();
        var changes = new ChangeSet();
        foreach (var deal in deals)
        {
            var entries = deal.Audit();
            if (changes.Changes.Count + changes.Audit.Count + 1 + entries.Count > EntitiesPerCommit)
            {
                await CommitIfFirstAsync(accountId, changes, commits, cancellationToken);
                changes = new ChangeSet();
            }

            var final = deal.At(deal.Path.Count - 1);
            changes.Insert(final);
            entries.ForEach(e => changes.Record(e));
            finals.Add(final);
            audit.AddRange(entries);
        }

        await CommitIfFirstAsync(accountId, changes, commits, cancellationToken);
        await stageHistory.WriteAsync(DemoTenant.TenantId, finals, audit, cancellationToken);
    }

    private async Task CommitIfFirstAsync(string accountId, ChangeSet changes, StrongBox<int> commits, CancellationToken cancellationToken)
    {
        if (changes.Changes.Count == 0)
        {
            return;
        }

        try
        {
            Interlocked.Increment(ref commits.Value);
            await store.CommitAsync(DemoTenant.TenantId, accountId, changes, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // Another seeder stored these deals a moment ago (the same ids): its copy stands.
        }
    }

    /// <summary>A demo deal as it ends and the stages it goes through (<see cref="DemoStagePath"/>).</summary>
    private sealed record HistoryDeal(Deal Final, IReadOnlyList<StageChange> Path)
    {
        /// <summary>The deal as it stood after <paramref name="step"/>: in that stage since its moment, closed then if it is the last.</summary>
        public Deal At(int step)
        {
            var (stage, at) = (Path[step].Stage, Path[step].EnteredAt);
            return Final with
            {
                Stage = stage,
                Probability = DealStages.DefaultProbability(stage),
                UpdatedAt = at,
                ClosedAt = DealStages.IsOpen(stage) ? null : at,
            };
        }

        /// <summary>One audit entry per step, by the owner at the step's moment, with fixed ids like the deal's.</summary>
        public List<AuditEntry> Audit() => [.. Path.Select((change, step) => new AuditEntry
        {
            Id = DemoAccountIds.For(DemoTenant.TenantId, 3, $"audit|{Final.Id}|{step}"),
            AccountId = Final.AccountId,
            Action = step == 0 ? "Created" : "StageChanged",
            RecordKind = "Deal",
            RecordId = Final.Id,
            Actor = Final.Owner,
            At = change.EnteredAt,
            Before = step == 0 ? null : AuditTrail.Snapshot(At(step - 1)),
            After = AuditTrail.Snapshot(At(step)),
        })];
    }
}
