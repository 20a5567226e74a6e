namespace TeamsCrm.Core.Notifications;

/// <summary>
/// Something a person must be told after a change: a small fact written in the same atomic transaction as the change
/// (so a commit can never lose it), not a rendered card. The host delivers it later — rendering it at send time in the
/// recipient's language and only with what the recipient may still see — once per <see cref="OnceKey"/>.
/// </summary>
public sealed record PendingNotification
{
    /// <summary>GUID v7: sortable, so notifications of one account are delivered in the order they were written.</summary>
    public required string Id { get; init; }

    public required NotificationKind Kind { get; init; }

    /// <summary>Entra object id of the person to tell.</summary>
    public required string RecipientUserId { get; init; }

    public required string AccountId { get; init; }

    /// <summary>The record it is about: a handoff or comment id.</summary>
    public required string RecordId { get; init; }

    /// <summary>Delivered at most once per key (a redelivered or repeated change never tells anyone twice).</summary>
    public required string OnceKey { get; init; }

    /// <summary>Who caused it (the sender of a handoff, the author of a comment; "system" for reminders).</summary>
    public required PersonRef CausedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The recipient's side of a handoff (None for other records).</summary>
    public NotificationParty Party { get; init; }

    /// <summary>A notification of <paramref name="kind"/> about <paramref name="recordId"/> for <paramref name="recipientUserId"/>.</summary>
    public static PendingNotification For(
        NotificationKind kind, string recipientUserId, string accountId, string recordId, string onceKey, PersonRef causedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new PendingNotification
        {
            Id = CrmIds.New(time),
            Kind = kind,
            RecipientUserId = recipientUserId,
            AccountId = accountId,
            RecordId = recordId,
            OnceKey = onceKey,
            CausedBy = causedBy,
            CreatedAt = time.GetUtcNow(),
        };
    }
}
