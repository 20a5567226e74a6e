using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.CustomerCards;

/// <summary>Turns an account partition into the card one viewer may see. Pure: no storage, no time.</summary>
public static class CustomerCardAssembler
{
    public const int KeyContactLimit = 5;
    public const int CommentLimit = 5;
    public const int InteractionLimit = 5;
    public const int HandoffHistoryLimit = 5;

    public static CustomerCard Assemble(AccountPartition partition, AccountAccess access)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(access);

        var redacted = access.IsRedacted;
        var caller = access.Caller;

        var contacts = access.Can(CrmAction.ViewContacts) ? partition.Contacts : [];
        var keyContacts = contacts
            .OrderByDescending(c => c.IsKeyContact)
            .ThenBy(c => c.LastName, StringComparer.CurrentCulture)
            .Take(KeyContactLimit)
            .ToArray();

        var openDeals = partition.Deals
            .Where(d => d.IsOpen && access.CanSeeDeal(d.Id))
            .OrderBy(d => d.ExpectedCloseDate ?? DateOnly.MaxValue)
            .Select(d => ToView(d, access))
            .ToArray();

        var comments = partition.LatestComments
            .Where(c => CanSee(c, access))
            .Take(CommentLimit)
            .ToArray();

        var interactions = access.Can(CrmAction.ViewInteractions)
            ? partition.RecentInteractions.Take(InteractionLimit).ToArray()
            : [];

        var handoffs = partition.Handoffs
            .Where(h => IsVisible(h, access))
            .OrderByDescending(h => h.IsPending)
            .ThenByDescending(h => h.CreatedAt)
            .Take(HandoffHistoryLimit)
            .ToArray();

        var shares = access.Can(CrmAction.ViewShares)
            ? partition.Shares
            : partition.Shares.Where(s => s.PartnerOrganizationId == caller.PartnerOrganizationId).ToArray();

        var permissions = new CardPermissions(
            CanEditAccount: access.Can(CrmAction.UpdateAccount),
            CanAddSharedComment: access.Can(CrmAction.AddSharedComment),
            CanAddInternalComment: access.Can(CrmAction.AddInternalComment),
            CanLogInteraction: access.Can(CrmAction.LogInteraction),
            CanManageContacts: access.Can(CrmAction.ManageContacts),
            CanCreateDeal: access.Can(CrmAction.CreateDeal),
            CanManageShares: access.Can(CrmAction.ManageShares));

        return new CustomerCard(
            ToView(partition.Account, redacted),
            keyContacts,
            contacts.Count,
            EmailsOf(contacts),
            openDeals,
            comments,
            interactions,
            handoffs,
            shares,
            permissions,
            redacted,
            redacted ? GuestHandBack.RecipientsFor(partition.Handoffs, openDeals.Select(d => d.Id), caller.UserId) : []);
    }

    /// <summary>Every contact's address, trimmed, once (case-insensitive).</summary>
    public static IReadOnlyList<string> EmailsOf(IEnumerable<Contact> contacts) =>
        [.. contacts.Select(c => c.Email?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static AccountView ToView(Account account, bool redacted) => new(
        account.Id,
        account.Name,
        account.LegalForm,
        account.Industry,
        redacted ? null : account.Segment,
        account.Website,
        account.Address,
        account.Owner,
        account.Status,
        account.Social,
        account.UpdatedAt,
        account.Version);

    public static DealView ToView(Deal deal, AccountAccess access)
    {
        var redacted = access.IsRedacted;
        var stages = access.Can(CrmAction.ChangeDealStage, deal.Id) ? DealStages.NextStages(deal.Stage) : [];
        return new DealView(
            deal.Id,
            deal.AccountId,
            deal.Title,
            deal.Stage,
            deal.Amount,
            deal.Currency,
            redacted ? null : deal.Probability,
            deal.ExpectedCloseDate,
            deal.Owner,
            redacted ? null : deal.Source,
            deal.Version,
            stages,
            // A partner hands off only a deal they own, and only back to whoever handed it to them (GuestHandBack).
            deal.IsOpen && access.Can(CrmAction.HandOffDeal, deal.Id) && (!redacted || deal.Owner.UserId == access.Caller.UserId))
        {
            LineItems = [.. deal.LineItems.Select(l => new DealLineView(l.ProductId, l.Quantity, redacted ? null : l.UnitPrice))],
        };
    }

    /// <summary>Whether the viewer may see a comment: internal ones only for members, deal comments only with the deal.</summary>
    public static bool CanSee(Comment comment, AccountAccess access)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(access);
        var action = comment.Visibility == CommentVisibility.Internal ? CrmAction.ViewInternalComments : CrmAction.ViewSharedComments;
        return access.Can(action, comment.DealId);
    }

    public static bool IsVisible(Handoff handoff, AccountAccess access) =>
        access.CanSeeDeal(handoff.DealId)
        && (!access.IsRedacted || handoff.From.UserId == access.Caller.UserId || handoff.To.UserId == access.Caller.UserId);
}
