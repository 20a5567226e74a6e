using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Access;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;

namespace TeamsCrm.Conversation.Comments;

/// <summary>The customer card's comment form (a guest's comment is always shared with their organization).</summary>
internal sealed class AddCommentAction(CommentService comments, AccountService accounts, CustomerCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.AddComment];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (CardData.Id(input.Data, CardFields.AccountId) is not { } accountId)
        {
            return Error(CrmError.NotFound(), context);
        }

        var text = CardData.Text(input.Data, CardFields.CommentText) ?? string.Empty;
        var requested = CardData.Enum<CommentVisibility>(input.Data, CardFields.CommentVisibility) ?? CommentVisibility.Internal;
        var visibility = AccessPolicy.CommentVisibilityFor(input.Caller, requested);
        var added = await comments.AddAsync(input.Caller, accountId, new CommentInput(text, [], visibility), cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return ErrorAbout(added.Error!, context, accountId);
        }

        var card = await accounts.GetCustomerCardAsync(input.Caller, accountId, cancellationToken).ConfigureAwait(false);
        return card.IsSuccess ? Card(await cards.BuildAsync(input.Caller, card.Value!, context, input.RefreshUserIds, input.ChannelId, cancellationToken).ConfigureAwait(false)) : Error(card.Error!, context);
    }
}
