using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// A resolved share change to confirm: the account (and deal), the organisation, the level asked for (null for a
/// removal) and the level shared now (null when not shared yet), with the share's <see cref="ShareSeen"/> token
/// (<see cref="Seen"/>) that the confirmation carries.
/// </summary>
internal sealed record ShareProposal(
    string AccountId, string AccountName, string? DealId, string? DealTitle, string PartnerId, string PartnerName, ShareLevel? Level, ShareLevel? Current,
    string? Seen = null)
{
    public bool Remove => Level is null;

    public bool IsChange => Level is not null && Current is not null;

    public ShareDraft ToDraft() => new(Remove, AccountId, DealId, null, PartnerId, null, Level, Seen);
}
