using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The card the message extension inserts into any conversation, and its preview in the result list. The card is the
/// name-only shell (<see cref="CustomerCardBuilder.BuildShell"/>): an account's name, or a deal's or contact's name with
/// its account's name, and "Show customer card", whose refresh renders each reader's own view of the account (or "not
/// found" for whoever may not see it). The preview adds only the owner and a deal's stage or a contact's role.
/// </summary>
public static class RecordShellCardBuilder
{
    /// <summary>"Link unfurling supports Adaptive Cards version 1.3 and earlier" (Teams, messaging-extensions/how-to/link-unfurling).</summary>
    public const string UnfurlVersion = "1.3";

    /// <summary>The card inserted into the conversation for a chosen record.</summary>
    public static JsonObject Build(RecordHit hit, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(context);
        if (hit.Kind == RecordKind.Account)
        {
            return CustomerCardBuilder.BuildShell(hit.AccountId, hit.AccountName, context);
        }

        var text = new CardText(context);
        var body = new List<JsonNode>
        {
            AdaptiveElements.Title(hit.Name),
            AdaptiveElements.Text(text.Format(hit.Kind == RecordKind.Deal ? "Record.Shell.Deal" : "Record.Shell.Contact", hit.AccountName), spacing: "None"),
            AdaptiveElements.Text(text["Customer.Shell.Body"], subtle: true),
            AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["Customer.Shell.Open"], CardVerbs.Refresh, CustomerCardBuilder.AccountData(hit.AccountId))]),
        };
        return CardDocument.Create(body, text, refresh: CardDocument.Refresh(CardVerbs.Refresh, CustomerCardBuilder.AccountData(hit.AccountId), null));
    }

    /// <summary>The preview's subtitle: what the record is and where ("Deal · Contoso Ltd · Proposal").</summary>
    public static string Subtitle(RecordHit hit, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var text = new CardText(context);
        var parts = hit.Kind switch
        {
            RecordKind.Deal => [text["Record.Kind.Deal"], hit.AccountName, hit.Stage is { } stage ? text.Enum(stage) : null],
            RecordKind.Contact => [text["Record.Kind.Contact"], hit.AccountName, hit.Role],
            _ => new string?[] { text["Record.Kind.Account"] },
        };
        return string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>The preview's text: the record's owner.</summary>
    public static string OwnerLine(RecordHit hit, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new CardText(context).Format("Record.Owner", hit.Owner.DisplayName);
    }

    /// <summary>
    /// The card a link unfurls into for someone the app does not know (anonymous unfurling): the app's name only, as an
    /// Adaptive Card 1.3 — the highest version Teams documents for link unfurling, and nothing in it needs more.
    /// </summary>
    public static JsonObject AppNameOnly(CardContext context)
    {
        var text = new CardText(context);
        var card = CardDocument.Create([AdaptiveElements.Title(text["App.Name"])], text);
        card["version"] = UnfurlVersion;
        return card;
    }
}
