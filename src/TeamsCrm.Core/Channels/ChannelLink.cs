namespace TeamsCrm.Core.Channels;

/// <summary>A channel linked to the account it is about (the channel tab and "@CRM summary" use it).</summary>
public sealed record ChannelLink(string ChannelId, string? TeamId, string AccountId, PersonRef LinkedBy, DateTimeOffset LinkedAt, string? Version = null);
