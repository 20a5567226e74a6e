using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// A share change on its way to confirmation: what was named (<see cref="TargetPhrase"/>, <see cref="PartnerPhrase"/>)
/// until it is resolved to ids, and the level (none for a removal); on the confirmation card also the share it showed
/// (<see cref="Seen"/>, a <see cref="ShareSeen"/> token), which the change must still find. Travels in the data of the
/// choice cards' buttons; card data is untrusted, so everything in it is resolved again with the caller's access.
/// </summary>
internal sealed record ShareDraft(
    bool Remove, string? AccountId, string? DealId, string? TargetPhrase, string? PartnerId, string? PartnerPhrase, ShareLevel? Level, string? Seen = null)
{
    public static ShareDraft From(Recognition recognition) => new(
        recognition.Intent == Intent.UnshareRecord, null, null, recognition.AccountPhrase, null, recognition.OrganizationPhrase,
        recognition.Intent == Intent.UnshareRecord ? null : recognition.ShareLevel);

    public static ShareDraft From(JsonObject? data) => new(
        CardData.Text(data, CardFields.ShareRemove) == "true",
        CardData.Id(data, CardFields.AccountId),
        CardData.Id(data, CardFields.DealId),
        CardData.Id(data, CardFields.ShareTarget),
        CardData.Id(data, CardFields.SharePartnerId),
        CardData.Id(data, CardFields.SharePartner),
        CardData.Enum<ShareLevel>(data, CardFields.ShareLevel),
        CardData.Id(data, CardFields.ShareSeen));

    public JsonObject ToData() => AdaptiveActions.Data(
        (CardFields.ShareRemove, Remove ? "true" : null),
        (CardFields.AccountId, AccountId),
        (CardFields.DealId, DealId),
        (CardFields.ShareTarget, AccountId is null ? TargetPhrase : null),
        (CardFields.SharePartnerId, PartnerId),
        (CardFields.SharePartner, PartnerId is null ? PartnerPhrase : null),
        (CardFields.ShareLevel, Level?.ToString()),
        (CardFields.ShareSeen, Seen));
}
