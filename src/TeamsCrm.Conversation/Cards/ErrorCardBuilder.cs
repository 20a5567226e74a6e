using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// A <see cref="CrmError"/> in the viewer's language. For a conflict it shows the record's current state
/// (never internal deal fields such as probability or source) and a refresh action.
/// </summary>
public static class ErrorCardBuilder
{
    public static JsonObject Build(CrmError error, CardContext context, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var body = new List<JsonNode> { AdaptiveElements.Title(text[$"Error.Title.{error.Kind}"]) };
        body.AddRange(CrmMessages.Describe(error, context.Culture).Split(Environment.NewLine).Select(line => (JsonNode)AdaptiveElements.Text(line, spacing: "Small")));

        if (error.Kind == CrmErrorKind.Conflict)
        {
            body.AddRange(CurrentState(error.Current, text));
        }

        var refreshAccount = accountId ?? AccountOf(error.Current);
        if (refreshAccount is not null && error.Kind != CrmErrorKind.NotFound)
        {
            body.Add(AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["Error.Refresh"], CardVerbs.Refresh, CustomerCardBuilder.AccountData(refreshAccount))]));
        }

        return CardDocument.Create(body, text);
    }

    private static string? AccountOf(object? current) => current switch
    {
        Deal deal => deal.AccountId,
        HandoffOutcome outcome => outcome.Handoff.AccountId,
        Handoff handoff => handoff.AccountId,
        Comment comment => comment.AccountId,
        Contact contact => contact.AccountId,
        FollowUpTask task => task.AccountId,
        _ => null,
    };

    private static IEnumerable<JsonNode> CurrentState(object? current, CardText text)
    {
        switch (current)
        {
            case Deal deal:
                yield return AdaptiveElements.Heading(text.Format("Conflict.Deal", deal.Title));
                yield return DealFacts(deal, text);
                break;
            case HandoffOutcome outcome:
                yield return AdaptiveElements.Heading(text.Format("Conflict.Deal", outcome.Deal.Title));
                yield return AdaptiveElements.Text(HandoffStatusText.Describe(outcome.Handoff, text), weight: "Bolder");
                yield return DealFacts(outcome.Deal, text);
                break;
            case Handoff handoff:
                yield return AdaptiveElements.Heading(text["Conflict.Handoff"]);
                yield return AdaptiveElements.Text(HandoffStatusText.Describe(handoff, text), weight: "Bolder");
                break;
            case Comment comment:
                yield return AdaptiveElements.Heading(text["Conflict.Comment"]);
                yield return AdaptiveElements.Text(comment.IsDeleted ? text["Comment.Deleted"] : CardFormat.Clip(comment.Text, CustomerCardBuilder.CommentTextLimit));
                break;
            case Contact contact:
                yield return AdaptiveElements.Heading(text.Format("Conflict.Contact", contact.FullName));
                yield return AdaptiveElements.FactSet([(text["Dialog.Contact.Role"], contact.Role), (text["Dialog.Contact.Email"], contact.Email), (text["Dialog.Contact.Phone"], contact.Phone)]);
                break;
            case FollowUpTask task:
                yield return AdaptiveElements.Heading(text.Format("Conflict.Task", task.Title));
                yield return AdaptiveElements.Text(text[task.IsDone ? "Conflict.TaskDone" : "Conflict.TaskOpen"]);
                break;
            default:
                yield return AdaptiveElements.Text(text["Conflict.Gone"], subtle: true);
                break;
        }
    }

    private static JsonObject DealFacts(Deal deal, CardText text) => AdaptiveElements.FactSet(
    [
        (text["Deal.Fact.Stage"], text.Enum(deal.Stage)),
        (text["Deal.Fact.Owner"], deal.Owner.DisplayName),
        (text["Deal.Fact.Amount"], CardFormat.Money(deal.Amount, deal.Currency, text.Culture)),
        (text["Deal.Fact.CloseDate"], deal.ExpectedCloseDate is { } d ? CardFormat.Date(d, text.Culture) : null),
    ]);
}
