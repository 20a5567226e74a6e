namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// A guest (partner) hands a deal only back to the member who handed it to them: the sender of the latest accepted
/// handoff of that deal to the guest. A guest never picks a recipient from the directory, and any other recipient —
/// one that exists or not — is refused with the same answer (<see cref="Common.ErrorCodes.HandoffGuestHandBackOnly"/>).
/// </summary>
public static class GuestHandBack
{
    public static PersonRef? RecipientFor(IEnumerable<Handoff> handoffs, string dealId, string guestUserId)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        return handoffs
            .Where(h => h.DealId == dealId && h.Status == HandoffStatus.Accepted && h.To.UserId == guestUserId)
            .OrderByDescending(h => h.RespondedAt ?? h.CreatedAt)
            .Select(h => h.From)
            .FirstOrDefault();
    }

    /// <summary>Everyone a guest may hand any of these deals back to (for the card's recipient picker).</summary>
    public static IReadOnlyList<PersonRef> RecipientsFor(IEnumerable<Handoff> handoffs, IEnumerable<string> dealIds, string guestUserId)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        var all = handoffs.ToList();
        return [.. dealIds.Select(id => RecipientFor(all, id, guestUserId)).OfType<PersonRef>().DistinctBy(p => p.UserId)];
    }
}
