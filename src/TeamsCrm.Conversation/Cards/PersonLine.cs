using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// "About {name}: {title} · {presence}" with the person's round photo when there is a link: a colleague as the viewer may
/// see them (<see cref="PeopleContextPolicy"/> has already removed presence and the photo for a guest). Used for the
/// customer card's owner and for the sender or other party of notification and handoff cards.
/// </summary>
public sealed record PersonLine(PersonProfile Profile, Uri? PhotoUrl)
{
    /// <summary>The line, or null when there is nothing to say about the person beyond their name.</summary>
    internal JsonObject? Element(CardText text, string spacing)
    {
        if (Details(Profile, text) is not { Length: > 0 } details)
        {
            return null;
        }

        var line = AdaptiveElements.Text(text.Format("Customer.People.Owner", Profile.DisplayName, details), subtle: true, spacing: spacing);
        return PhotoUrl is { } photo ? AdaptiveElements.WithPhoto(photo, Profile.DisplayName, line) : line;
    }

    /// <summary>Title and presence, as far as known: "Account Manager · available".</summary>
    internal static string Details(PersonProfile person, CardText text) =>
        string.Join(" · ", new[] { person.JobTitle, person.Presence is { } presence ? text.Enum(presence) : null }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
