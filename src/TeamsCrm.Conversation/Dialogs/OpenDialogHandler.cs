namespace TeamsCrm.Conversation.Dialogs;

/// <summary>
/// "new lead", "new account", "new contact at Contoso": a button that opens the create dialog. One bound to an account
/// the caller found is theirs alone.
/// </summary>
internal sealed class OpenDialogHandler(NamedAccount namedAccount) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.CreateLead, Intent.CreateAccount, Intent.CreateContact];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        switch (turn.Recognition.Intent)
        {
            case Intent.CreateLead:
                return OpenDialog(turn, DialogKind.Lead);
            case Intent.CreateAccount:
                return OpenDialog(turn, DialogKind.Account);
        }

        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.ContactAskAccount"));
        }

        var (hit, otherwise) = await namedAccount.ResolveAsync(turn, phrase, cancellationToken).ConfigureAwait(false);
        return hit is null ? otherwise! : OpenDialog(turn, DialogKind.Contact, hit.AccountId);
    }

    private static TurnOutcome OpenDialog(MessageTurn turn, DialogKind kind, string? accountId = null)
    {
        var title = DialogCardBuilder.TitleFor(kind, turn.Context);
        var card = SmallCardBuilder.Build(Say(turn.Context, $"Turn.OpenDialog.{kind}"), DialogCardBuilder.OpenDialogAction(title, kind, accountId));
        return accountId is null ? Public(null, card) : Reply(card);
    }
}
