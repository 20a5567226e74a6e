using TeamsCrm.Conversation.Sharing;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The cards of sharing by chat: choices while something is open, the confirmation (what, with whom, at which level,
/// what the partner's guests will and will not see) and the answer. Sent only to the member who asked (1:1 chat or
/// their own view of an Action.Execute): they name organisations and share levels.
/// </summary>
internal static class ShareCardBuilder
{
    public static JsonObject Message(string message, CardContext context) =>
        CardDocument.Create([AdaptiveElements.Text(message)], new CardText(context));

    /// <summary>A question with one button per option; each button continues the share with its draft.</summary>
    public static JsonObject Choice(string intro, IEnumerable<(string Label, ShareDraft Draft)> options, CardContext context)
    {
        var body = new List<JsonNode> { AdaptiveElements.Text(intro) };
        body.AddRange(options.Select(o => (JsonNode)AdaptiveElements.ActionSet([AdaptiveActions.Execute(o.Label, CardVerbs.PrepareShare, o.Draft.ToData())])));
        return CardDocument.Create(body, new CardText(context));
    }

    public static JsonObject LevelChoice(ShareProposal proposal, ShareDraft draft, CardContext context)
    {
        var text = new CardText(context);
        return Choice(
            text.Format("Share.LevelChoice", proposal.PartnerName, What(proposal, text)),
            Enum.GetValues<ShareLevel>().Select(level => (LevelName(level, text), draft with { Level = level })),
            context);
    }

    public static JsonObject Confirm(ShareProposal proposal, CardContext context)
    {
        var text = new CardText(context);
        var kind = proposal.Remove ? "Remove" : proposal.IsChange ? "Change" : "New";
        var access = proposal switch
        {
            { Remove: true } => text["Share.Level.None"],
            { IsChange: true } => text.Format("Share.Level.From", LevelName(proposal.Current!.Value, text), LevelName(proposal.Level!.Value, text)),
            _ => LevelName(proposal.Level!.Value, text),
        };
        var body = new List<JsonNode>
        {
            AdaptiveElements.Title(text.Format($"Share.Confirm.{kind}", proposal.PartnerName)),
            AdaptiveElements.FactSet([(text["Share.Fact.What"], What(proposal, text)), (text["Share.Fact.With"], proposal.PartnerName), (text["Share.Fact.Access"], access)]),
        };
        if (proposal.Remove)
        {
            body.Add(AdaptiveElements.Text(text["Share.Effect.Remove"]));
        }
        else
        {
            body.Add(AdaptiveElements.Text(text[proposal.DealId is null ? "Share.Sees.Account" : "Share.Sees.Deal"]));
            body.Add(AdaptiveElements.Text(text[$"Share.Can.{proposal.Level}"]));
            body.Add(AdaptiveElements.Text(text["Share.Never"], subtle: true));
        }

        var data = proposal.ToDraft().ToData();
        body.Add(AdaptiveElements.ActionSet(
        [
            AdaptiveActions.Execute(text[$"Share.Button.{kind}"], CardVerbs.ConfirmShare, data, style: proposal.Remove ? "destructive" : "positive"),
            AdaptiveActions.Execute(text["Share.Button.Cancel"], CardVerbs.CancelShare, (JsonObject)data.DeepClone()),
        ]));
        return CardDocument.Create(body, text);
    }

    /// <summary>What happened, with a button to the account.</summary>
    public static JsonObject Done(ShareProposal proposal, CardContext context)
    {
        var text = new CardText(context);
        var what = What(proposal, text);
        var message = proposal.Remove
            ? text.Format("Share.Done.Remove", what, proposal.PartnerName)
            : text.Format(proposal.IsChange ? "Share.Done.Change" : "Share.Done.New", what, proposal.PartnerName, LevelName(proposal.Level!.Value, text));
        return CardDocument.Create(
            [
                AdaptiveElements.Text(message),
                AdaptiveElements.ActionSet([AdaptiveActions.Execute(text.Format("Choice.Show", proposal.AccountName), CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(proposal.AccountId))]),
            ],
            text);
    }

    /// <summary>
    /// The answer when the share changed after the confirmation card showed it (someone else shared, changed or stopped
    /// sharing it): says so, that nothing was changed, and the access as it is now (<see cref="ShareProposal.Current"/>),
    /// with a button that asks again from there (<paramref name="again"/>, the same change without the seen share).
    /// </summary>
    public static JsonObject Changed(ShareProposal now, ShareDraft again, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(again);
        var text = new CardText(context);
        var access = now.Current is { } level ? LevelName(level, text) : text["Share.Level.NotShared"];
        return CardDocument.Create(
            [
                AdaptiveElements.Title(text["Error.Title.Conflict"]),
                AdaptiveElements.Text(text.Format("Share.Changed", What(now, text), now.PartnerName)),
                AdaptiveElements.FactSet([(text["Share.Fact.What"], What(now, text)), (text["Share.Fact.With"], now.PartnerName), (text["Share.Fact.AccessNow"], access)]),
                AdaptiveElements.ActionSet(
                [
                    AdaptiveActions.Execute(text["Share.Button.Again"], CardVerbs.PrepareShare, again.ToData()),
                    AdaptiveActions.Execute(text.Format("Choice.Show", now.AccountName), CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(now.AccountId)),
                ]),
            ],
            text);
    }

    /// <summary>"Contoso Ltd (the whole account)" or "Contoso Ltd – Renewal 2027 (this deal only)".</summary>
    public static string What(ShareProposal proposal, CardText text) =>
        proposal.DealTitle is null
            ? text.Format("Share.WholeAccount", proposal.AccountName)
            : text.Format("Share.OneDeal", proposal.AccountName, proposal.DealTitle);

    public static string LevelName(ShareLevel level, CardText text) => text[$"Share.Level.{level}"];
}
