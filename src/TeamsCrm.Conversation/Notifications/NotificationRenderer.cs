using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Notifications;
using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Notifications;

/// <summary>
/// Turns a pending notification into what its recipient is told, at send time and as the recipient: the recipient is
/// resolved through the people directory (member, or guest of which partner) and every record is read through Core's
/// use cases with the recipient as caller, so the access policy decides again. What they may no longer see is not
/// rendered: a guest whose share was revoked gets no account, deal, amount, note or name — at most the neutral
/// "withdrawn" notice and their old cards replaced by a neutral one. Written in the recipient's language, else that of
/// whoever caused it. The person the card is about (the comment's author, the other party of a handoff) is shown as the
/// recipient may see them (<see cref="NotificationPeople"/>): asked of the directory before the records are read, and left
/// out when the directory cannot answer in time.
/// </summary>
public sealed partial class NotificationRenderer(
    AccountService accounts, HandoffService handoffs, CommentService comments, CallerResolver callers, NotificationPeople people, IPersonLocales? locales = null)
{
    private const int CommentsSearched = 50;

    private readonly IPersonLocales _personLocales = locales ?? UnknownPersonLocales.Instance;

    public async Task<RenderedNotification> RenderAsync(string tenantId, PendingNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var causer = people.Start(tenantId, notification.CausedBy.UserId, cancellationToken);
        var recipient = await callers.ResolveAsync(tenantId, notification.RecipientUserId, null, claimsGuest: false, cancellationToken).ConfigureAwait(false);
        var context = await ContextAsync(tenantId, notification, cancellationToken).ConfigureAwait(false);
        return notification.Kind == NotificationKind.CommentMention
            ? await MentionAsync(recipient, notification, context, causer, cancellationToken).ConfigureAwait(false)
            : await HandoffAsync(recipient, notification, context, causer, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RenderedNotification> MentionAsync(Caller recipient, PendingNotification notification, CardContext context, PersonLookup causer, CancellationToken cancellationToken)
    {
        var visible = await comments.ListAsync(recipient, notification.AccountId, CommentsSearched, cancellationToken).ConfigureAwait(false);
        var comment = visible.IsSuccess ? visible.Value!.FirstOrDefault(c => c.Id == notification.RecordId) : null;
        var name = comment is null || comment.IsDeleted ? null : await accounts.GetNameAsync(recipient, notification.AccountId, cancellationToken).ConfigureAwait(false);
        if (name is not { IsSuccess: true })
        {
            return RenderedNotification.Nothing(notification.RecipientUserId, notification.OnceKey);
        }

        var author = await people.LineAsync(recipient, comment!.Author.UserId, causer, cancellationToken).ConfigureAwait(false);
        return Send(notification, new OutgoingMessage(null, CommentNotificationCardBuilder.Build(comment, name.Value!, context, author)));
    }

    /// <summary>The recipient's language: their own, else the language of whoever caused the notification, else English.</summary>
    private async Task<CardContext> ContextAsync(string tenantId, PendingNotification notification, CancellationToken cancellationToken)
    {
        var locale = await _personLocales.GetLocaleAsync(tenantId, notification.RecipientUserId, cancellationToken).ConfigureAwait(false)
            ?? await _personLocales.GetLocaleAsync(tenantId, notification.CausedBy.UserId, cancellationToken).ConfigureAwait(false);
        return CardContext.ForLocale(locale);
    }

    private static RenderedNotification Send(PendingNotification notification, OutgoingMessage message, IReadOnlyList<CardUpdate>? updates = null) =>
        new(notification.RecipientUserId, notification.OnceKey, message, updates ?? []);
}
