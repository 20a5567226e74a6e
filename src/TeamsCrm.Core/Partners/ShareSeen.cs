namespace TeamsCrm.Core.Partners;

/// <summary>
/// What a person saw of one share (an organisation's access to an account or one deal of it) before confirming a change
/// of it: the share at its <see cref="Version"/>, or no share at all (<see cref="None"/>). <see cref="ShareService"/>
/// changes nothing when the share is no longer what was seen, so a level someone else set meanwhile is never silently
/// overwritten, lowered or removed.
/// </summary>
public sealed record ShareSeen
{
    /// <summary>How card data names "there was no share": never a storage version.</summary>
    public const string NoneToken = "none";

    private ShareSeen(string? version) => Version = version;

    /// <summary>Nothing was shared with the organisation (for this scope).</summary>
    public static ShareSeen None { get; } = new((string?)null);

    /// <summary>The stored version of the share that was seen; null for <see cref="None"/>.</summary>
    public string? Version { get; }

    public static ShareSeen Of(Share? share) => share is null ? None : new ShareSeen(share.Version ?? string.Empty);

    /// <summary>Read back from <see cref="Token"/> (card data): null when missing or blank (nothing to check).</summary>
    public static ShareSeen? Parse(string? token) =>
        string.IsNullOrWhiteSpace(token) ? null : token == NoneToken ? None : new ShareSeen(token);

    /// <summary>The share's version, or <see cref="NoneToken"/>.</summary>
    public string Token => Version ?? NoneToken;

    /// <summary>True when <paramref name="current"/> is still what was seen.</summary>
    public bool Matches(Share? current) => Version is null ? current is null : current is not null && current.Version == Version;
}
