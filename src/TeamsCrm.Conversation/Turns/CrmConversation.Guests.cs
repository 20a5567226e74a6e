using TeamsCrm.Conversation.Partners;

namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// A guest's place in the conversation: the first-contact welcome says what is shared with their organisation and what
/// they can do; a guest in no organisation gets, whatever they type or click, only whom to ask (one CRM administrator).
/// </summary>
public sealed partial class CrmConversation
{
    /// <summary>The welcome on install: the help card; for a guest first what is shared with their organisation (or whom to ask).</summary>
    public async Task<OutgoingMessage> WelcomeAsync(Caller caller, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsGuest)
        {
            return Welcome(caller, locale);
        }

        var context = CardContext.ForLocale(locale);
        var welcome = await orientation.WelcomeAsync(caller, cancellationToken).ConfigureAwait(false);
        var text = GuestReplies.Welcome(context, welcome);
        return welcome.HasOrganization ? new OutgoingMessage(text, HelpCardBuilder.Build(context, forGuest: true, welcome: true)) : new OutgoingMessage(text, null);
    }

    private static bool IsUnassignedGuest(Caller caller) => GuestAskWhom.Applies(caller);

    private async Task<string> UnassignedAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        GuestReplies.Unassigned(context, await orientation.WhomToAskAsync(caller.TenantId, cancellationToken).ConfigureAwait(false));
}
