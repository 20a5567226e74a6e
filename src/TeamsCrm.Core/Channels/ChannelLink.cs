namespace TeamsCrm.Core.Channels;

/// <summary>
/// A channel linked to the account it is about (the channel tab and "@CRM summary" use it). <see cref="PageId"/>: the id
/// the channel's page of the account was set up with (null when the link was made without a page, e.g. by a command).
/// </summary>
public sealed record ChannelLink(
    string ChannelId, string? TeamId, string AccountId, PersonRef LinkedBy, DateTimeOffset LinkedAt, string? Version = null, string? PageId = null);
