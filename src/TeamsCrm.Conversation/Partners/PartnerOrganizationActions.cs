using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>
/// The confirmation card's buttons: remove the guest, archive the organisation, or change nothing. The change is made to
/// the organisation as the card showed it (its version is in the card's data); if someone changed it since, nothing
/// changes and the answer shows it as it is now.
/// </summary>
internal sealed class PartnerOrganizationActions(PartnerOrganizationService partners) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [PartnerCards.RemoveMemberVerb, PartnerCards.ArchiveVerb, PartnerCards.CancelVerb];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Verb == PartnerCards.CancelVerb)
        {
            return new CardActionOutcome(null, Say(context, "Turn.Partners.Cancelled"), NoNotifications);
        }

        var organizationId = CardData.Text(input.Data, PartnerCards.OrganizationId);
        if (organizationId is null)
        {
            return Error(Missing(PartnerCards.OrganizationId), context);
        }

        // The version the confirmation showed: if the organisation changed since, nothing changes (a card from before versions were carried: none).
        var version = CardData.Id(input.Data, PartnerCards.OrganizationVersion);
        if (input.Verb == PartnerCards.ArchiveVerb)
        {
            var archived = await partners.ArchiveAsync(input.Caller, organizationId, version, cancellationToken).ConfigureAwait(false);
            return archived.IsSuccess
                ? new CardActionOutcome(null, Say(context, "Turn.Partners.Archived.Done", archived.Value.Name), NoNotifications)
                : Card(PartnerCards.Failure(archived.Error, context));
        }

        var userId = CardData.Text(input.Data, "userId");
        if (userId is null)
        {
            return Error(Missing("userId"), context);
        }

        var before = (await partners.GetAsync(input.Caller, organizationId, cancellationToken).ConfigureAwait(false)).Value;
        var removed = await partners.RemoveMemberAsync(input.Caller, organizationId, userId, version, cancellationToken).ConfigureAwait(false);
        var name = before?.Members.FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? userId;
        return removed.IsSuccess
            ? new CardActionOutcome(null, Say(context, "Turn.Partners.MemberRemoved", name, removed.Value.Name), NoNotifications)
            : Card(PartnerCards.Failure(removed.Error, context));
    }
}
