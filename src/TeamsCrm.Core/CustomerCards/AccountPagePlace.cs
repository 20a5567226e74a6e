namespace TeamsCrm.Core.CustomerCards;

/// <summary>
/// A shared place where an account has a page of its own: a channel linked to the account, whose page for it was set
/// up with <see cref="PageId"/>. A link to an account's page opens it there rather than in the person's own pages.
/// </summary>
public sealed record AccountPagePlace(string ChannelId, string PageId);
