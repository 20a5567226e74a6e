using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Cards;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The transport-neutral CRM conversation: turns what a person typed or clicked into Core use cases,
/// reply cards and proactive notifications. Knows no Bot Framework types; the caller always comes
/// from the activity, never from card data. Never throws for bad input: every failure is answered.
/// What others must be told after a change is written by Core with the change and rendered at send time by
/// <see cref="Notifications.NotificationRenderer"/>; the turn itself only returns the caller's own replies.
/// </summary>
public sealed partial class CrmConversation(
    AccountService accounts,
    DealService deals,
    HandoffService handoffs,
    CommentService comments,
    InteractionService interactions,
    FollowUpService tasks,
    ContactService contacts,
    MyWorkService myWork,
    ChannelLinkService channelLinks,
    IntentRecognizer recognizer,
    IAccountResolver resolver,
    IPeopleDirectory people,
    CallerResolver callers,
    TimeProvider time)
{
    private const int MaxPeopleListed = 5;
    private const double DealConfident = 0.6;
    private const double DealMargin = 0.1;

    private static readonly IReadOnlyList<Notification> NoNotifications = [];

#pragma warning disable CA1822 // Part of the instance API the host calls; needs no state today.
    public OutgoingMessage Welcome(Caller caller, string? locale)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(caller);
        return OutgoingMessage.Public(null, HelpCardBuilder.Build(CardContext.ForLocale(locale), caller.IsGuest, welcome: true));
    }

    /// <summary>
    /// Answers a message. Every outcome passes <see cref="ReplyPrivacy"/>: in a shared conversation only what every member
    /// may see is posted there, everything else goes to the caller's 1:1 chat.
    /// </summary>
    public async Task<TurnOutcome> HandleMessageAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var recognition = recognizer.Recognize(input.Text, TryCulture(input.Locale), input.Mentions, input.TimeZone);
        var context = ContextFor(input.Locale, recognition.Language, input.TimeZone);
        var outcome = await AnswerMessageAsync(new Turn(input, recognition, context), cancellationToken);
        return ReplyPrivacy.Apply(outcome, input, context, time.GetUtcNow());
    }

    private async Task<TurnOutcome> AnswerMessageAsync(Turn turn, CancellationToken cancellationToken)
    {
        var (input, recognition, context) = (turn.Input, turn.Recognition, turn.Context);
        return recognition.Intent switch
        {
            Intent.Help => Public(null, HelpCardBuilder.Build(context, input.Caller.IsGuest)),
            Intent.ShowAccount => await ShowAccountAsync(turn, cancellationToken),
            Intent.MyDeals => Reply(await MyDealsCardAsync(input.Caller, context, cancellationToken)),
            Intent.MyHandoffs => Reply(await MyHandoffsCardAsync(input.Caller, context, cancellationToken)),
            Intent.MyTasks => Reply(await MyTasksCardAsync(input.Caller, context, cancellationToken)),
            Intent.HandOffDeal => await HandOffByTextAsync(turn, cancellationToken),
            Intent.CommentOnAccount => await CommentByTextAsync(turn, cancellationToken),
            Intent.LogInteraction => await LogByTextAsync(turn, cancellationToken),
            Intent.CreateLead => OpenDialogReply(turn, DialogKind.Lead),
            Intent.CreateAccount => OpenDialogReply(turn, DialogKind.Account),
            Intent.CreateContact => await OpenContactDialogReplyAsync(turn, cancellationToken),
            Intent.LinkChannel => await LinkChannelAsync(turn, cancellationToken),
            Intent.ChannelSummary => await ChannelSummaryAsync(turn, cancellationToken),
            _ => Public(Say(context, string.IsNullOrWhiteSpace(input.Text) ? "Turn.Empty" : "Turn.Unknown"), HelpCardBuilder.Build(context, input.Caller.IsGuest)),
        };
    }

    private sealed record Turn(TurnInput Input, Recognition Recognition, CardContext Context)
    {
        public Caller Caller => Input.Caller;

        /// <summary>Whether others (guests too) read this conversation: then only what every member may see is posted here.</summary>
        public bool Shared => Input.Kind.IsShared();
    }

    // ---- show account -------------------------------------------------------------------------

    private async Task<TurnOutcome> ShowAccountAsync(Turn turn, CancellationToken cancellationToken)
    {
        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.AskAccount"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken);
        switch (resolution.Kind)
        {
            case AccountResolutionKind.SingleMatch:
                var hit = resolution.Match!;
                if (turn.Shared)
                {
                    // The name-only shell: each member's refresh renders their own view of it.
                    return Public(null, CustomerCardBuilder.BuildShell(hit.AccountId, hit.Name, turn.Context));
                }

                return Reply(await CustomerCardOrErrorAsync(turn.Caller, hit.AccountId, turn.Context, null, cancellationToken));
            case AccountResolutionKind.Choices:
                return Reply(AccountChoiceCardBuilder.BuildChoice(phrase, resolution.Candidates.Select(c => c.Account).ToList(), turn.Context));
            default:
                return Reply(AccountChoiceCardBuilder.BuildNoMatch(phrase, resolution.Candidates.Select(c => c.Account).ToList(), turn.Context));
        }
    }

    private async Task<JsonObject> CustomerCardOrErrorAsync(Caller caller, string? accountId, CardContext context, IReadOnlyList<string>? refreshUserIds, CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken);
        return card.IsSuccess
            ? CustomerCardBuilder.Build(card.Value!, context, CardOptions(caller, card.Value!, refreshUserIds, context))
            : ErrorCardBuilder.Build(card.Error!, context);
    }

    /// <summary>
    /// The customer card's options for this viewer. A guest's handoff picker offers only the members who handed them a
    /// deal (nobody else may receive it from them); a member types a name, looked up when sent.
    /// </summary>
    private CustomerCardOptions CardOptions(Caller viewer, CustomerCard card, IReadOnlyList<string>? refreshUserIds, CardContext context)
    {
        var candidates = viewer.IsGuest ? GuestHandBack.RecipientsFor(card.Handoffs, card.OpenDeals.Select(d => d.Id), viewer.UserId) : null;
        return new CustomerCardOptions(refreshUserIds, null, candidates, Today(context));
    }

    // ---- my lists -----------------------------------------------------------------------------

    private async Task<JsonObject> MyDealsCardAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.OpenDeals(await myWork.OpenDealsAsync(caller, cancellationToken), context);

    private async Task<JsonObject> MyTasksCardAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.Tasks(await myWork.OpenTasksAsync(caller, cancellationToken), context);

    private async Task<JsonObject> MyHandoffsCardAsync(Caller caller, CardContext context, CancellationToken cancellationToken)
    {
        var waiting = await myWork.HandoffsWaitingAsync(caller, cancellationToken);
        var shown = waiting.Take(15).ToList();
        var found = await Task.WhenAll(shown.Select(w => deals.GetAsync(caller, w.AccountId, w.Item.DealId, cancellationToken)));
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deal in found.Where(d => d.IsSuccess))
        {
            titles[deal.Value!.Id] = deal.Value.Title;
        }

        return MyWorkCardBuilder.HandoffsWaiting(waiting, context, titles);
    }

    // ---- channel binding ----------------------------------------------------------------------

    private async Task<TurnOutcome> LinkChannelAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ChannelId is null)
        {
            return Public(Say(turn.Context, "Turn.LinkOnlyInChannel"));
        }

        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.LinkAskAccount"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken);
        if (resolution.Kind != AccountResolutionKind.SingleMatch)
        {
            return await ShowAccountAsync(turn, cancellationToken);
        }

        var hit = resolution.Match!;
        var linked = await channelLinks.LinkAsync(turn.Caller, turn.Input.ChannelId, turn.Input.TeamId, hit.AccountId, cancellationToken);
        return linked.IsSuccess
            ? Public(Say(turn.Context, "Turn.Linked", hit.Name))
            : Reply(ErrorCardBuilder.Build(linked.Error!, turn.Context));
    }

    private async Task<TurnOutcome> ChannelSummaryAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ChannelId is null)
        {
            return Public(Say(turn.Context, "Turn.SummaryOnlyInChannel"));
        }

        var link = await channelLinks.GetAsync(turn.Caller, turn.Input.ChannelId, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error!.Kind == CrmErrorKind.NotFound
                ? Public(Say(turn.Context, "Turn.NotLinked"))
                : Reply(ErrorCardBuilder.Build(link.Error, turn.Context));
        }

        var card = await accounts.GetCustomerCardAsync(turn.Caller, link.Value!.AccountId, cancellationToken);
        return card.IsSuccess
            ? Public(null, CustomerCardBuilder.BuildShell(card.Value!.Account.Id, card.Value.Account.Name, turn.Context))
            : Reply(ErrorCardBuilder.Build(card.Error!, turn.Context));
    }

    // ---- dialogs opened by a message ------------------------------------------------------------

    /// <summary>A button that opens a create dialog; one bound to an account the caller found is theirs alone.</summary>
    private static TurnOutcome OpenDialogReply(Turn turn, DialogKind kind, string? accountId = null)
    {
        var title = DialogCardBuilder.TitleFor(kind, turn.Context);
        var card = SmallCard(Say(turn.Context, $"Turn.OpenDialog.{kind}"), DialogCardBuilder.OpenDialogAction(title, kind, accountId));
        return accountId is null ? Public(null, card) : Reply(card);
    }

    private async Task<TurnOutcome> OpenContactDialogReplyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.ContactAskAccount"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken);
        return resolution.Kind == AccountResolutionKind.SingleMatch
            ? OpenDialogReply(turn, DialogKind.Contact, resolution.Match!.AccountId)
            : await ShowAccountAsync(turn, cancellationToken);
    }

    // ---- helpers ------------------------------------------------------------------------------

    internal static JsonObject SmallCard(string text, JsonObject? action = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        };
        if (action is not null)
        {
            card["actions"] = new JsonArray(action);
        }

        return card;
    }

    private static TurnOutcome Reply(JsonObject card, IReadOnlyList<Notification>? notifications = null) =>
        new([new OutgoingMessage(null, card)], notifications ?? NoNotifications);

    private static TurnOutcome Reply(string text) => new([new OutgoingMessage(text, null)], NoNotifications);

    /// <summary>A reply every member of a shared conversation may read: app-written text, help, the name-only shell.</summary>
    private static TurnOutcome Public(string? text, JsonObject? card = null) => new([OutgoingMessage.Public(text, card)], NoNotifications);

    /// <summary>
    /// A reply sentence; its arguments (names, titles, phrases people typed) are escaped, since the host sends text
    /// replies as markdown (<see cref="PlainText"/>).
    /// </summary>
    private static string Say(CardContext context, string key, params object?[] args) =>
        args.Length == 0 ? TurnText.Get(key, context.Culture) : TurnText.Format(key, context.Culture, [.. args.Select(a => a is string s ? PlainText.Markdown(s) : a)]);

    private DateOnly Today(CardContext context) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), context.TimeZone).DateTime);

    private static string PersonName(Person person) => person.DisplayName;

    private static string ListNames(IEnumerable<string> names) => string.Join("; ", names);
}
