using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Cards;

/// <summary>"My open deals", "handoffs waiting for me" and "my tasks", each with its empty state.</summary>
public static class MyWorkCardBuilder
{
    public const int MaxItems = 15;

    public static JsonObject OpenDeals(IReadOnlyList<WorkItem<DealView>> deals, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var text = new CardText(context);
        return List(text, "MyDeals.Title", "MyDeals.Empty", deals, item =>
        [
            AdaptiveElements.Text(item.Item.Title, weight: "Bolder"),
            AdaptiveElements.Text(text.Format("MyDeals.Line", item.AccountName, text.Enum(item.Item.Stage), CardFormat.Money(item.Item.Amount, item.Item.Currency, text.Culture),
                item.Item.ExpectedCloseDate is { } d ? CardFormat.Date(d, text.Culture) : text["MyDeals.NoCloseDate"]), size: "Small", spacing: "None"),
            AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["MyWork.ShowAccount"], CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(item.AccountId))]),
        ]);
    }

    public static JsonObject HandoffsWaiting(IReadOnlyList<WorkItem<Handoff>> handoffs, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        var text = new CardText(context);
        return List(text, "MyHandoffs.Title", "MyHandoffs.Empty", handoffs, item =>
        {
            var handoff = item.Item;
            var deal = string.IsNullOrEmpty(item.DealTitle) ? text["Handoff.UnnamedDeal"] : item.DealTitle;
            var items = new List<JsonNode>
            {
                AdaptiveElements.Text(deal, weight: "Bolder"),
                AdaptiveElements.Text(text.Format("MyHandoffs.Line", handoff.From.DisplayName, item.AccountName, CardFormat.DateTime(handoff.CreatedAt, context)), size: "Small", spacing: "None"),
            };
            if (handoff.DueAt is { } due)
            {
                items.Add(AdaptiveElements.Text(text.Format("MyHandoffs.Due", CardFormat.DateTime(due, context)), size: "Small", spacing: "None"));
            }

            items.Add(AdaptiveElements.ActionSet(
            [
                AdaptiveActions.Execute(text["Handoff.Action.Accept"], CardVerbs.AcceptHandoff, HandoffCardBuilder.HandoffData(handoff)),
                AdaptiveActions.Execute(text["MyHandoffs.Details"], CardVerbs.ShowHandoff, HandoffCardBuilder.HandoffData(handoff)),
            ]));
            return items;
        });
    }

    public static JsonObject Tasks(IReadOnlyList<WorkItem<FollowUpTask>> tasks, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var text = new CardText(context);
        return List(text, "MyTasks.Title", "MyTasks.Empty", tasks, item =>
        [
            AdaptiveElements.Text(item.Item.Title, weight: "Bolder"),
            AdaptiveElements.Text(item.Item.DueAt is { } due
                ? text.Format("MyTasks.LineDue", item.AccountName, CardFormat.DateTime(due, context))
                : text.Format("MyTasks.Line", item.AccountName), size: "Small", spacing: "None"),
            AdaptiveElements.ActionSet(
            [
                AdaptiveActions.Execute(text["MyTasks.Complete"], CardVerbs.CompleteTask, AdaptiveActions.Data(
                    (CardFields.AccountId, item.AccountId), (CardFields.TaskId, item.Item.Id), (CardFields.TaskVersion, item.Item.Version ?? string.Empty))),
                AdaptiveActions.Execute(text["MyWork.ShowAccount"], CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(item.AccountId)),
            ]),
        ]);
    }

    /// <summary>"Meetings not yet logged": each with its account, time (and subject), customer attendees and "Log this meeting".</summary>
    public static JsonObject UnloggedMeetings(IReadOnlyList<WorkItem<MeetingView>> meetings, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var text = new CardText(context);
        return List(text, "MyMeetings.Title", "MyMeetings.Empty", meetings, item =>
        [
            AdaptiveElements.Text(item.AccountName, weight: "Bolder"),
            AdaptiveElements.Text(text.Format("MyMeetings.Line", CardFormat.DateTime(item.Item.Start, context), item.Item.Subject ?? string.Join(", ", item.Item.CustomerAttendees.Select(a => a.Name ?? a.Email))), size: "Small", spacing: "None"),
            AdaptiveElements.ActionSet(
            [
                AdaptiveActions.Execute(text["Customer.Meeting.Log"], CardVerbs.LogMeeting, AdaptiveActions.Data((CardFields.AccountId, item.AccountId), (CardFields.MeetingId, item.Item.MeetingId))),
                AdaptiveActions.Execute(text["MyWork.ShowAccount"], CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(item.AccountId)),
            ]),
        ]);
    }

    private static JsonObject List<T>(CardText text, string titleKey, string emptyKey, IReadOnlyList<WorkItem<T>> items, Func<WorkItem<T>, IEnumerable<JsonNode>> render)
    {
        var body = new List<JsonNode> { AdaptiveElements.Title(text[titleKey]) };
        if (items.Count == 0)
        {
            body.Add(AdaptiveElements.Text(text[emptyKey], subtle: true));
        }

        body.AddRange(items.Take(MaxItems).Select(item => AdaptiveElements.Container(render(item), separator: true)));
        if (items.Count > MaxItems)
        {
            body.Add(AdaptiveElements.Text(text.Format("MyWork.More", items.Count - MaxItems), subtle: true, size: "Small"));
        }

        return CardDocument.Create(body, text);
    }
}
