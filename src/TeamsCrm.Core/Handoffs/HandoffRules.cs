using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Handoffs;

/// <summary>The business rules a new handoff must pass once the caller may hand the deal off.</summary>
internal static class HandoffRules
{
    /// <summary>The error code of the first rule <paramref name="request"/> breaks, or null.</summary>
    public static string? Violation(Caller caller, HandoffRequest request, AccountPartition partition, Deal deal)
    {
        if (!deal.IsOpen)
        {
            return ErrorCodes.DealClosed;
        }

        if (deal.Owner.UserId != caller.UserId)
        {
            return ErrorCodes.HandoffNotOwner;
        }

        if (caller.IsGuest && request.Recipient.UserId != GuestHandBack.RecipientFor(partition.Handoffs, deal.Id, caller.UserId)?.UserId)
        {
            return ErrorCodes.HandoffGuestHandBackOnly;
        }

        if (request.Recipient.UserId == caller.UserId)
        {
            return ErrorCodes.HandoffToSelf;
        }

        var recipient = request.Recipient with { TenantId = caller.TenantId };
        if (!AccessPolicy.ForAccount(recipient, partition.Shares).Can(CrmAction.ReceiveHandoff, deal.Id))
        {
            return ErrorCodes.HandoffRecipientCannotSeeDeal;
        }

        return partition.Handoffs.Any(h => h.DealId == deal.Id && h.IsPending) ? ErrorCodes.HandoffAlreadyOpen : null;
    }
}
