namespace TeamsCrm.Storage.Notifications;

/// <summary>
/// The marker of one pending notification, with its delivery state: how often delivery was tried and when the next
/// attempt is due (also the lease: a dispatcher that takes a ticket moves <see cref="NextAttemptAt"/> past its send).
/// <see cref="ETag"/> makes taking it conditional, so of several dispatchers only one holds it at a time.
/// <see cref="Kind"/> (the notification's kind) is copied to the marker for logs and tests.
/// </summary>
public sealed record NotificationTicket(
    string TenantId, string AccountId, string NotificationId, string Kind, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, int Attempts, string ETag);
