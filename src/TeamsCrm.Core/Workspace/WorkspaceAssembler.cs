using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.FollowUps;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// Turns an account partition (with its tasks and audit entries) into the workspace one viewer may see. Pure: no
/// storage, no time. Every filter is the customer card's (<see cref="CustomerCardAssembler"/>), so the workspace and
/// the card can never disagree about what a partner sees.
/// </summary>
public static class WorkspaceAssembler
{
    /// <summary>Completed tasks shown after the open ones, newest first.</summary>
    public const int CompletedTaskLimit = 20;

    /// <summary>
    /// The workspace with the newest <paramref name="commentTake"/> comments and <paramref name="timelineTake"/>
    /// timeline entries; the partition's comments and interactions and the audit entries were each read with one more.
    /// </summary>
    public static AccountWorkspace Assemble(
        AccountPartition partition, AccountAccess access, IReadOnlyList<FollowUpTask> tasks, IReadOnlyList<AuditEntry> audit, int commentTake,
        int timelineTake = WorkspaceTimeline.Limit)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(audit);

        var contacts = access.Can(CrmAction.ViewContacts)
            ? partition.Contacts.OrderByDescending(c => c.IsKeyContact).ThenBy(c => c.LastName, StringComparer.CurrentCulture).ThenBy(c => c.FirstName, StringComparer.CurrentCulture).ToArray()
            : [];

        var deals = partition.Deals
            .Where(d => access.CanSeeDeal(d.Id))
            .OrderBy(d => d.IsOpen ? 0 : 1)
            .ThenBy(d => d.ExpectedCloseDate ?? DateOnly.MaxValue)
            .ThenBy(d => d.Title, StringComparer.CurrentCulture)
            .Select(d => new WorkspaceDeal(CustomerCardAssembler.ToView(d, access), access.Can(CrmAction.UpdateDeal, d.Id)))
            .ToArray();

        var handoffs = partition.Handoffs
            .Where(h => CustomerCardAssembler.IsVisible(h, access))
            .OrderByDescending(h => h.IsPending)
            .ThenByDescending(h => h.CreatedAt)
            .ToArray();

        var visibleTasks = access.Can(CrmAction.ViewTasks) ? Order(tasks) : [];
        var visibleAudit = access.Can(CrmAction.ViewAudit) ? audit : [];

        var shares = access.Can(CrmAction.ViewShares)
            ? partition.Shares
            : partition.Shares.Where(s => s.PartnerOrganizationId == access.Caller.PartnerOrganizationId).ToArray();

        var timeline = WorkspaceTimeline.Page(partition, access, handoffs, visibleAudit, visibleTasks, timelineTake);
        return new AccountWorkspace(
            CustomerCardAssembler.ToView(partition.Account, access.IsRedacted),
            contacts,
            deals,
            Comments(partition.LatestComments, access, commentTake),
            handoffs,
            visibleTasks,
            shares,
            timeline.Entries,
            PermissionsFor(access),
            access.IsRedacted)
        {
            HasOlderTimeline = timeline.HasOlder,
        };
    }

    /// <summary>The first <paramref name="take"/> comments the viewer may see of <paramref name="newestFirst"/>, which was read with one more than that.</summary>
    public static CommentPage Comments(IReadOnlyList<Comment> newestFirst, AccountAccess access, int take)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentNullException.ThrowIfNull(access);
        var visible = newestFirst.Take(take).Where(c => CustomerCardAssembler.CanSee(c, access)).ToArray();
        return new CommentPage(visible, newestFirst.Count > take);
    }

    public static WorkspacePermissions PermissionsFor(AccountAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new WorkspacePermissions(
            CanEditAccount: access.Can(CrmAction.UpdateAccount),
            CanManageContacts: access.Can(CrmAction.ManageContacts),
            CanCreateDeal: access.Can(CrmAction.CreateDeal),
            CanAddSharedComment: access.Can(CrmAction.AddSharedComment),
            CanAddInternalComment: access.Can(CrmAction.AddInternalComment),
            CanManageTasks: access.Can(CrmAction.ManageTasks),
            CanManageShares: access.Can(CrmAction.ManageShares),
            CanSearchPeople: AccessPolicy.CanSearchPeople(access.Caller));
    }

    /// <summary>Open tasks by due time (none last), then the latest completed ones.</summary>
    private static FollowUpTask[] Order(IReadOnlyList<FollowUpTask> tasks) =>
        [
            .. tasks.Where(t => !t.IsDone).OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt),
            .. tasks.Where(t => t.IsDone).OrderByDescending(t => t.CompletedAt ?? t.CreatedAt).Take(CompletedTaskLimit),
        ];
}
