using TeamsCrm.Core.Audit;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// The account workspace's reads: the whole workspace, more of its comments, its people and calendar context, the
/// people a member may mention or assign, and the partner organisations a member may share with. Every read starts with
/// <see cref="VisibleAccount.LoadAsync"/>, so an account the caller may not see is "not found", as everywhere.
/// </summary>
public sealed class WorkspaceService(
    IAccountStore store, CustomerContextService people, IPeopleDirectory directory, IPartnerDirectory partners)
{
    public const int CommentPageSize = 20;
    public const int MaxComments = 500;
    public const int TimelinePageSize = 50;
    public const int MaxTimeline = 1000;
    public const int PeopleSearchLimit = 8;

    /// <summary>The workspace with the newest <paramref name="commentTake"/> comments and <paramref name="timelineTake"/> timeline entries.</summary>
    public async Task<CrmResult<AccountWorkspace>> LoadAsync(
        Caller caller, string? accountId, int commentTake = CommentPageSize, int timelineTake = TimelinePageSize, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(commentTake, 1, MaxComments);
        var timelineRead = Math.Clamp(timelineTake, 1, MaxTimeline) + 1;
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, new PartitionSlice(take + 1, timelineRead, false), cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var tasks = access.Can(CrmAction.ViewTasks)
            ? ReadAsync<FollowUpTask>(caller, partition.Account.Id, int.MaxValue, cancellationToken)
            : Task.FromResult<IReadOnlyList<FollowUpTask>>([]);
        var audit = access.Can(CrmAction.ViewAudit)
            ? ReadAsync<AuditEntry>(caller, partition.Account.Id, timelineRead, cancellationToken)
            : Task.FromResult<IReadOnlyList<AuditEntry>>([]);
        await Task.WhenAll(tasks, audit).ConfigureAwait(false);
        return WorkspaceAssembler.Assemble(partition, access, await tasks.ConfigureAwait(false), await audit.ConfigureAwait(false), take, timelineRead - 1);
    }

    /// <summary>The newest <paramref name="take"/> comments the caller may see (for "show older" and the live thread).</summary>
    public async Task<CrmResult<CommentPage>> CommentsAsync(Caller caller, string? accountId, int take = CommentPageSize, CancellationToken cancellationToken = default)
    {
        var count = Math.Clamp(take, 1, MaxComments);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, new PartitionSlice(count + 1, 0, false), cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess
            ? WorkspaceAssembler.Comments(loaded.Value.Partition.LatestComments, loaded.Value.Access, count)
            : loaded.Error;
    }

    /// <summary>
    /// The people and calendar context of the account for this viewer (owner's title and photo, last and next
    /// meeting), through the same service and policy as the customer card; degraded, never failing, when the
    /// directory does not answer in time.
    /// </summary>
    public async Task<CrmResult<CustomerPeopleContext>> PeopleContextAsync(Caller caller, string? accountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!CrmIds.IsWellFormed(accountId))
        {
            return CrmError.NotFound();
        }

        var pending = people.Start(caller, accountId!, cancellationToken);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var card = CustomerCardAssembler.Assemble(loaded.Value.Partition, loaded.Value.Access);
        return await people.CompleteAsync(caller, card, pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// People whose name or email starts with <paramref name="query"/>, for mentions and assignees: members only (a
    /// partner looks nobody up); <paramref name="membersOnly"/> leaves guests out (owners and assignees are members).
    /// </summary>
    public async Task<IReadOnlyList<Person>> FindPeopleAsync(Caller caller, string? query, bool membersOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var text = query?.Trim();
        if (!AccessPolicy.CanSearchPeople(caller) || string.IsNullOrEmpty(text) || text.Length > FieldLimits.PersonName)
        {
            return [];
        }

        var found = await directory.FindAsync(caller.TenantId, text, PeopleSearchLimit, cancellationToken).ConfigureAwait(false);
        return [.. found.Where(p => !membersOnly || !p.IsGuest)];
    }

    /// <summary>The partner organisations the account may be shared with (not archived ones), for a caller who may manage its shares.</summary>
    public async Task<CrmResult<IReadOnlyList<PartnerOrganization>>> PartnerOrganizationsAsync(Caller caller, string? accountId, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageShares, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var all = await partners.ListAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return CrmResult<IReadOnlyList<PartnerOrganization>>.Success([.. all.Where(p => !p.IsArchived).OrderBy(p => p.Name, StringComparer.CurrentCulture)]);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(Caller caller, string accountId, int limit, CancellationToken cancellationToken)
        where T : class
    {
        var records = new List<T>();
        await foreach (var record in store.QueryRecordsAsync<T>(caller.TenantId, accountId, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
            if (records.Count >= limit)
            {
                break;
            }
        }

        return records;
    }
}
