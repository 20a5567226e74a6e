using System.Net;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Channels;

/// <summary>Channel links, one tenant-scoped partition; the channel id is the row key (a point read per lookup).</summary>
public sealed class TableChannelLinkStore(CrmTables tables) : IChannelLinkStore
{
    public async Task<ChannelLink?> GetIfExistsAsync(string tenantId, string channelId, CancellationToken cancellationToken = default)
    {
        if (!IsStorable(channelId))
        {
            return null;
        }

        var response = await tables.Links.GetEntityIfExistsAsync<TableEntity>(StorageKeys.ChannelsPartition(tenantId), channelId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } e
            ? new ChannelLink(e.RowKey, e.GetString("TeamId"), e.GetString("AccountId"), e.GetPerson("LinkedBy"), e.GetTime("LinkedAt"), e.VersionOf(), e.GetString("PageId"))
            : null;
    }

    public async Task<ChannelLink> SaveAsync(string tenantId, ChannelLink link, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var entity = new TableEntity(StorageKeys.ChannelsPartition(tenantId), StorageKeys.Checked(link.ChannelId))
        {
            ["TeamId"] = link.TeamId,
            ["AccountId"] = link.AccountId,
            ["LinkedAt"] = link.LinkedAt,
            ["PageId"] = link.PageId,
        };
        entity.SetPerson("LinkedBy", link.LinkedBy);
        try
        {
            var response = expectedVersion is null
                ? await tables.Links.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await tables.Links.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return link with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            throw new ConcurrencyException("The channel link changed meanwhile.", ex);
        }
    }

    public async Task<bool> DeleteAsync(string tenantId, string channelId, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Links.DeleteEntityAsync(StorageKeys.ChannelsPartition(tenantId), StorageKeys.Checked(channelId), ETag.All, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static bool IsStorable(string channelId) =>
        !string.IsNullOrEmpty(channelId) && channelId.Length <= 200 && !channelId.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c));
}
