using TeamsCrm.Core.Access;
using TeamsCrm.Core.Comments;

namespace TeamsCrm.Conversation.Comments;

/// <summary>"note on Contoso: …": adds a comment (a guest's is always shared with their organization), with its @mentions.</summary>
internal sealed class CommentByTextHandler(NamedAccount namedAccount, MentionedPeople mentioned, CommentService comments) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.CommentOnAccount];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (string.IsNullOrWhiteSpace(r.AccountPhrase) || string.IsNullOrWhiteSpace(r.Text))
        {
            return Public(Say(turn.Context, "Turn.CommentAsk"));
        }

        var (hit, otherwise) = await namedAccount.ResolveAsync(turn, r.AccountPhrase, cancellationToken).ConfigureAwait(false);
        if (hit is null)
        {
            return otherwise!;
        }

        var visibility = AccessPolicy.CommentVisibilityFor(turn.Caller, r.Visibility);
        var mentions = await mentioned.ReadAsync(turn.Caller, turn.Input.Mentions, cancellationToken).ConfigureAwait(false);
        var added = await comments.AddAsync(turn.Caller, hit.AccountId, new CommentInput(r.Text, mentions, visibility), cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Reply(ErrorCardBuilder.Build(added.Error!, turn.Context, hit.AccountId));
        }

        var key = added.Value!.Visibility == CommentVisibility.Shared ? "Turn.CommentAddedShared" : "Turn.CommentAdded";
        return Reply(Say(turn.Context, key, hit.Name));
    }
}
