using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.Channels;

public sealed partial class ChannelLinkService
{
    /// <summary>
    /// The channel's page of <paramref name="card"/>'s account, when the channel is linked to that account with a page:
    /// links to the account then open there. <paramref name="channelId"/> is the channel the caller is in (as the host
    /// knows it, never typed input); the card is the one assembled for the caller, so they see the account and one point
    /// read of the link is enough. Null in any other case (no channel, no link, another account, a link without page).
    /// </summary>
    public async Task<AccountPagePlace?> PlaceOfAsync(Caller caller, string? channelId, CustomerCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(card);
        if (string.IsNullOrWhiteSpace(channelId) || channelId.Length > FieldLimits.Name)
        {
            return null;
        }

        var link = await links.GetIfExistsAsync(caller.TenantId, channelId, cancellationToken).ConfigureAwait(false);
        return link is { PageId: { Length: > 0 } page } && link.AccountId == card.Account.Id ? new AccountPagePlace(link.ChannelId, page) : null;
    }
}
