using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Workspace;

namespace TeamsCrm.Core.MyWork;

/// <summary>
/// "Recent changes on accounts I own" in My CRM: what other people changed on the caller's accounts — audit entries
/// (comments, contacts, deals, stage changes, tasks, …) and logged interactions, as the workspace timeline words them —
/// newest first, at most <see cref="EntryLimit"/>. The OwnedAccounts index nominates at most <see cref="AccountLimit"/>
/// accounts (newest first); each is read with the caller's access and kept only while the caller still owns it. The
/// caller's own changes are left out. Members only (the timeline's audit entries are members-only anyway).
/// Bound: the audit trail of an account is stored newest first (its row keys carry inverted time), so only its newest
/// <see cref="AuditKeep"/> rows are read.
/// </summary>
public sealed class OwnedAccountChangesService(IAccountStore store, ICrmIndex index)
{
    public const int AccountLimit = 25;
    public const int EntryLimit = 15;
    public const int AuditKeep = 100;

    public async Task<IReadOnlyList<WorkItem<TimelineEntry>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.IsInternal(caller))
        {
            return [];
        }

        var owned = await index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedAccounts, cancellationToken).ConfigureAwait(false);
        var ids = owned.Select(e => e.AccountId).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal).Take(AccountLimit);
        var perAccount = await Task.WhenAll(ids.Select(id => AccountChangesAsync(caller, id, cancellationToken))).ConfigureAwait(false);
        return [.. perAccount.SelectMany(entries => entries).OrderByDescending(w => w.Item.At).Take(EntryLimit)];
    }

    private async Task<IReadOnlyList<WorkItem<TimelineEntry>>> AccountChangesAsync(Caller caller, string accountId, CancellationToken cancellationToken)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, new PartitionSlice(0, EntryLimit * 2, false), cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess || loaded.Value.Partition.Account.Owner.UserId != caller.UserId)
        {
            return [];
        }

        var (partition, access) = loaded.Value;
        var audit = access.Can(CrmAction.ViewAudit) ? await NewestAuditAsync(caller, accountId, cancellationToken).ConfigureAwait(false) : [];
        return [.. WorkspaceTimeline.Build(partition, access, [], audit, [])
            .Where(entry => IsByOthers(entry, caller))
            .Take(EntryLimit)
            .Select(entry => new WorkItem<TimelineEntry>(partition.Account.Id, partition.Account.Name, entry))];
    }

    private async Task<IReadOnlyList<AuditEntry>> NewestAuditAsync(Caller caller, string accountId, CancellationToken cancellationToken)
    {
        var newest = new List<AuditEntry>(AuditKeep);
        await foreach (var entry in store.QueryRecordsAsync<AuditEntry>(caller.TenantId, accountId, cancellationToken).ConfigureAwait(false))
        {
            newest.Add(entry);
            if (newest.Count == AuditKeep)
            {
                break;
            }
        }

        return newest;
    }

    /// <summary>Only changes someone else made: the caller knows their own.</summary>
    private static bool IsByOthers(TimelineEntry entry, Caller caller) => entry switch
    {
        InteractionTimelineEntry i => i.Interaction.LoggedBy.UserId != caller.UserId,
        StageChangeTimelineEntry s => s.Actor.UserId != caller.UserId,
        ShareLevelTimelineEntry l => l.Actor.UserId != caller.UserId,
        AuditTimelineEntry a => a.Actor.UserId != caller.UserId,
        _ => false,
    };
}
