using TeamsCrm.Core.Channels;
using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Accounts;

/// <summary>
/// The customer card's link to the account's tab: the tab of the conversation's channel when that channel's tab shows
/// the account (Core's <see cref="ChannelLinkService.PlaceOfAsync"/>), else the person's own page of it; null when the
/// host has no tab (<see cref="IAccountPageLinks"/>). The channel is the activity's, never a value from card data.
/// </summary>
internal sealed class AccountTabLinks(IAccountPageLinks pages, ChannelLinkService channelLinks)
{
    public async Task<Uri?> ForAsync(Caller viewer, CustomerCard card, string? channelId, CancellationToken cancellationToken)
    {
        if (pages.PageOf(viewer.TenantId, card.Account.Id) is null)
        {
            // No tab at all: no need to look the channel up.
            return null;
        }

        var place = await channelLinks.PlaceOfAsync(viewer, channelId, card, cancellationToken).ConfigureAwait(false);
        return pages.PageOf(viewer.TenantId, card.Account.Id, place);
    }
}
