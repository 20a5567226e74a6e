using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// What a share phrase names: the account's card as the caller sees it (with its shares) and, for a deal share, the
/// deal; or, when it names not exactly one, the card to answer with instead (<see cref="Answer"/>).
/// </summary>
internal sealed record ShareTarget(CustomerCard? Card, DealView? Deal, JsonObject? Answer)
{
    public static ShareTarget Answered(JsonObject answer) => new(null, null, answer);
}
