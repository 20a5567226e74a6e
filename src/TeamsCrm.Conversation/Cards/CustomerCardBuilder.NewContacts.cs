using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    /// <summary>At most this many attendees get a button of their own; the rest are counted ("and 2 more").</summary>
    internal const int NewContactOfferLimit = 3;

    /// <summary>
    /// Customer attendees of the meetings on the card who are not contacts yet, each a button that opens the new-contact
    /// dialog prefilled with their name and address (its submit runs the usual duplicate check). Only for a viewer who may
    /// manage contacts; a guest never gets attendees from the policy in the first place.
    /// </summary>
    private static IEnumerable<JsonNode> NewContactOffers(CustomerCard card, CustomerCardOptions options, CardText text)
    {
        var attendees = options.NewContacts ?? options.People?.NewContacts ?? [];
        if (!card.Permissions.CanManageContacts || attendees.Count == 0)
        {
            yield break;
        }

        yield return AdaptiveElements.Text(text["Customer.NewContacts.Intro"], subtle: true, spacing: "Small");
        yield return AdaptiveElements.ActionSet(attendees.Take(NewContactOfferLimit).Select(attendee =>
        {
            var draft = AttendeeNames.Draft(attendee);
            var name = $"{draft.FirstName} {draft.LastName}".Trim();
            var who = name.Length > 0 ? name : attendee.Email;
            return (JsonNode)DialogCardBuilder.OpenContactDialogAction(text.Format("Customer.NewContacts.Add", CardFormat.Clip(who, ChoiceTitleLimit)), card.Account.Id, draft);
        }));
        if (attendees.Count > NewContactOfferLimit)
        {
            yield return AdaptiveElements.Text(text.Format("Customer.NewContacts.More", attendees.Count - NewContactOfferLimit), subtle: true, spacing: "None");
        }
    }
}
