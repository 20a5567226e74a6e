using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Notifications;

/// <summary>
/// The person a notification or handoff card is about (the comment's author, the other party of a handoff), as its
/// viewer may see them: title for everyone, presence and photo for members (<see cref="PeopleContextPolicy"/>). Asked of
/// the directory early (<see cref="Start"/>, in parallel with the storage reads) and waited for at most
/// <see cref="CustomerContextService.Budget"/>; directory trouble leaves the line out, never the card.
/// </summary>
public sealed class NotificationPeople(CustomerContextService people, IPersonPhotoLinks photos)
{
    /// <summary>Starts the directory lookup of <paramref name="userId"/> (most often: whoever caused the notification).</summary>
    public PersonLookup Start(string tenantId, string userId, CancellationToken cancellationToken) =>
        new(userId, people.ProfileAsync(tenantId, userId, cancellationToken));

    /// <summary>The line about <paramref name="userId"/> for <paramref name="viewer"/>, from <paramref name="started"/> when it is the same person.</summary>
    public async Task<PersonLine?> LineAsync(Caller viewer, string userId, PersonLookup? started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var lookup = started is not null && string.Equals(started.UserId, userId, StringComparison.OrdinalIgnoreCase)
            ? started.Profile
            : people.ProfileAsync(viewer.TenantId, userId, cancellationToken);
        if (await lookup.ConfigureAwait(false) is not { } profile)
        {
            return null;
        }

        var visible = PeopleContextPolicy.ForViewer(viewer, profile);
        return new PersonLine(visible, visible.HasPhoto ? photos.PhotoUrl(viewer.TenantId, visible.UserId) : null);
    }
}
