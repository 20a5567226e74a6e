namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The welcome card (on install) and the help card: what the bot understands, with the exact command words
/// in the viewer's language. Partners see only what they can do.
/// </summary>
public static class HelpCardBuilder
{
    private static readonly string[] MemberCommands = ["Show", "MyDeals", "MyHandoffs", "MyTasks", "HandOff", "Comment", "LogCall", "NewLead", "Help"];
    private static readonly string[] GuestCommands = ["Show", "MyDeals", "MyHandoffs", "Comment", "Help"];

    public static JsonObject Build(CardContext context, bool forGuest = false, bool welcome = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var body = new List<JsonNode>
        {
            AdaptiveElements.Title(text[welcome ? "Help.WelcomeTitle" : "Help.Title"]),
            AdaptiveElements.Text(text[forGuest ? "Help.IntroGuest" : "Help.Intro"]),
        };
        foreach (var command in forGuest ? GuestCommands : MemberCommands)
        {
            body.Add(AdaptiveElements.Container(
            [
                AdaptiveElements.Text(text[$"Help.Command.{command}"], weight: "Bolder", color: "Accent"),
                AdaptiveElements.Text(text[$"Help.Explain.{command}"], size: "Small", spacing: "None"),
            ], spacing: "Small"));
        }

        body.Add(AdaptiveElements.Text(text["Help.Mention"], subtle: true, size: "Small", spacing: "Medium"));
        var actions = new List<JsonNode>
        {
            AdaptiveActions.Execute(text["Help.Action.MyDeals"], CardVerbs.ShowMyDeals, new JsonObject()),
            AdaptiveActions.Execute(text["Help.Action.MyHandoffs"], CardVerbs.ShowMyHandoffs, new JsonObject()),
        };
        if (!forGuest)
        {
            actions.Add(AdaptiveActions.Execute(text["Help.Action.MyTasks"], CardVerbs.ShowMyTasks, new JsonObject()));
            actions.Add(AdaptiveActions.Execute(text["Help.Action.MyMeetings"], CardVerbs.ShowMyMeetings, new JsonObject()));
            actions.Add(DialogCardBuilder.OpenDialogAction(text["Help.Action.NewLead"], DialogKind.Lead));
        }

        body.Add(AdaptiveElements.ActionSet(actions));
        return CardDocument.Create(body, text);
    }
}
