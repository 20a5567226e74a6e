using TeamsCrm.Core.Meetings;

namespace TeamsCrm.Conversation.Accounts;

/// <summary>
/// "Log this meeting" on the customer card: the meeting becomes one interaction (a second click adds nothing), and the
/// answer is the refreshed card with a line naming the customer attendees who are not contacts yet, each offered as a
/// new contact (a button opening the prefilled new-contact dialog, whose submit suggests duplicates).
/// </summary>
internal sealed class LogMeetingAction(MeetingLogService meetings, CustomerCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.LogMeeting];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        var accountId = CardData.Id(input.Data, CardFields.AccountId);
        var meetingId = CardData.Text(input.Data, CardFields.MeetingId);
        if (accountId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        if (string.IsNullOrWhiteSpace(meetingId))
        {
            return ErrorAbout(Missing(CardFields.MeetingId), context, accountId);
        }

        var logged = await meetings.LogAsync(input.Caller, accountId, meetingId, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return ErrorAbout(logged.Error!, context, accountId);
        }

        var text = new CardText(context);
        var result = logged.Value!;
        var notice = text[result.WasLoggedBefore ? "Customer.Meeting.AlreadyLogged" : "Customer.Meeting.Logged"];
        if (result.NewContactSuggestions.Count > 0)
        {
            var names = string.Join(", ", result.NewContactSuggestions.Select(a => PlainText.Markdown(a.Name is { Length: > 0 } name ? $"{name} ({a.Email})" : a.Email)));
            notice += " " + text.Format("Customer.Meeting.NewContacts", names);
        }

        var card = await cards.CardOrErrorAsync(input.Caller, accountId, context, input.RefreshUserIds, input.ChannelId, result.NewContactSuggestions, cancellationToken).ConfigureAwait(false);
        return Card(CardNotice.Above(card, notice));
    }
}
