using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    private const int ColleagueLimit = 3;

    /// <summary>
    /// The compact people and calendar lines under the account facts: the owner's title and presence, the other
    /// colleagues on the account, "Last met …" and "Next meeting …" in the viewer's time zone. It shows exactly what
    /// <see cref="CustomerPeopleContext"/> carries (the access policy has removed presence, organiser and subject
    /// where the viewer may not see them), with the owner's photo when the card has its link; a quiet note when the
    /// directory could not answer; the meetings' attendees who are not contacts yet as new-contact offers.
    /// </summary>
    private static IEnumerable<JsonNode> PeopleContext(CustomerCard card, CustomerCardOptions options, CardText text)
    {
        if (options.People is not { } people)
        {
            yield break;
        }

        var (viewerId, lastMeeting) = (options.ViewerId, options.LastMeeting);
        if (people.Owner is { } owner && new PersonLine(owner, options.OwnerPhotoUrl).Element(text, "Small") is { } ownerLine)
        {
            yield return ownerLine;
        }

        var colleagues = people.People
            .Where(p => p.UserId != card.Account.Owner.UserId && p.UserId != viewerId)
            .Take(ColleagueLimit)
            .Select(p => PersonLine.Details(p, text) is { Length: > 0 } d ? $"{p.DisplayName} ({d})" : p.DisplayName)
            .ToArray();
        if (colleagues.Length > 0)
        {
            yield return AdaptiveElements.Text(text.Format("Customer.People.Colleagues", string.Join(", ", colleagues)), subtle: true, spacing: "None");
        }

        if (people.LastMet is { } last)
        {
            yield return AdaptiveElements.Text(MeetingLine("Customer.Meeting.Last", last, text), spacing: "Small");
            if (lastMeeting == MeetingLogState.Logged)
            {
                yield return AdaptiveElements.Text(text["Customer.Meeting.IsLogged"], subtle: true, spacing: "None");
            }
            else if (lastMeeting == MeetingLogState.CanLog)
            {
                yield return AdaptiveElements.ActionSet([AdaptiveActions.Execute(
                    text["Customer.Meeting.Log"],
                    CardVerbs.LogMeeting,
                    AdaptiveActions.Data((CardFields.AccountId, card.Account.Id), (CardFields.MeetingId, last.MeetingId)))]);
            }
        }

        if (people.NextMeeting is { } next)
        {
            yield return AdaptiveElements.Text(MeetingLine("Customer.Meeting.Next", next, text), spacing: people.LastMet is null ? "Small" : "None");
        }

        foreach (var offer in NewContactOffers(card, options, text))
        {
            yield return offer;
        }

        if (people.IsDegraded)
        {
            yield return AdaptiveElements.Text(text["Customer.People.Unavailable"], subtle: true, spacing: "Small");
        }
        else if (people.LastMet is null && people.NextMeeting is null)
        {
            yield return AdaptiveElements.Text(text["Customer.Meeting.None"], subtle: true, spacing: "Small");
        }
    }

    private static string MeetingLine(string key, MeetingView meeting, CardText text)
    {
        var when = CardFormat.DateTime(meeting.Start, text.Context);
        return meeting switch
        {
            { Subject: { Length: > 0 } subject } => text.Format($"{key}.Subject", when, CardFormat.Clip(subject, TitleLimit)),
            { OrganizerName: { Length: > 0 } organizer } => text.Format($"{key}.Organizer", when, organizer),
            _ => text.Format(key, when),
        };
    }
}
