using TeamsCrm.Core.Channels;

namespace TeamsCrm.Core.Persistence;

/// <summary>Channel → account links of a tenant.</summary>
public interface IChannelLinkStore
{
    Task<ChannelLink?> GetIfExistsAsync(string tenantId, string channelId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the link; with <paramref name="expectedVersion"/> only if it is still that version.</summary>
    /// <exception cref="ConcurrencyException">The link changed since it was read.</exception>
    Task<ChannelLink> SaveAsync(string tenantId, ChannelLink link, string? expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string tenantId, string channelId, CancellationToken cancellationToken = default);
}
