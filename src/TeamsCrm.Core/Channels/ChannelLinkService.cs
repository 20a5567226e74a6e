namespace TeamsCrm.Core.Channels;

/// <summary>
/// Links a channel to an account ("link this channel to Contoso", the channel tab's configuration)
/// and answers which account a channel is about. Linking needs the right to edit the account;
/// reading the link needs the right to see the account — otherwise the channel has no account.
/// </summary>
public sealed partial class ChannelLinkService(IChannelLinkStore links, IAccountStore store, TimeProvider time)
{
    /// <summary>Characters no channel id contains and no storage key may.</summary>
    private static readonly char[] ForbiddenInIds = ['/', '\\', '#', '?', '|'];

    /// <summary>Links the channel without a page of the account (a command in the channel).</summary>
    public Task<CrmResult<ChannelLink>> LinkAsync(Caller caller, string channelId, string? teamId, string accountId, CancellationToken cancellationToken = default) =>
        LinkAsync(caller, channelId, teamId, accountId, pageId: null, cancellationToken);

    /// <summary>
    /// Links the channel to the account, with the id of the channel's page of it (<paramref name="pageId"/>, set by the
    /// page's configuration). Relinking the same account without a page keeps the page it had; another account drops it.
    /// </summary>
    public async Task<CrmResult<ChannelLink>> LinkAsync(Caller caller, string channelId, string? teamId, string accountId, string? pageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (new InputCheck().Required("channelId", channelId, FieldLimits.Name).Optional("teamId", teamId, FieldLimits.Name).Optional("pageId", pageId, FieldLimits.Name).ToError() is { } invalid)
        {
            return invalid;
        }

        if (channelId.IndexOfAny(ForbiddenInIds) >= 0)
        {
            return CrmError.Invalid([new FieldError("channelId", ErrorCodes.InvalidId)]);
        }

        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.UpdateAccount, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var existing = await links.GetIfExistsAsync(caller.TenantId, channelId, cancellationToken).ConfigureAwait(false);
        var account = gate.Value.Partition.Account.Id;
        var page = pageId ?? (existing?.AccountId == account ? existing.PageId : null);
        var link = new ChannelLink(channelId, teamId, account, caller.AsPerson(), time.GetUtcNow(), PageId: page);
        try
        {
            return await links.SaveAsync(caller.TenantId, link, existing?.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException)
        {
            return CrmError.Conflict(await links.GetIfExistsAsync(caller.TenantId, channelId, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The account the channel is linked to, if there is one and the caller may see it.</summary>
    public async Task<CrmResult<ChannelLink>> GetAsync(Caller caller, string channelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var link = string.IsNullOrWhiteSpace(channelId) || channelId.Length > FieldLimits.Name
            ? null
            : await links.GetIfExistsAsync(caller.TenantId, channelId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return CrmError.NotFound();
        }

        var loaded = await VisibleAccount.LoadAsync(store, caller, link.AccountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess ? link : loaded.Error;
    }

    public async Task<CrmResult<ChannelLink>> UnlinkAsync(Caller caller, string channelId, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(caller, channelId, cancellationToken).ConfigureAwait(false);
        if (!current.IsSuccess)
        {
            return current;
        }

        var gate = await AccountGate.AuthorizeAsync(store, caller, current.Value.AccountId, CrmAction.UpdateAccount, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return CrmError.Forbidden();
        }

        await links.DeleteAsync(caller.TenantId, channelId, cancellationToken).ConfigureAwait(false);
        return current;
    }
}
