using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>
/// What every surface answers a guest in no partner organisation (or in an archived one) instead of records: that
/// there is nothing for them yet and whom to ask — the name of one CRM administrator
/// (<see cref="GuestOrientation.WhomToAskAsync"/>), never a list, never an address — in their language. The chat says
/// it as a reply; the message extension as its message and as the unfurled card; the REST API as the detail of its
/// problem answer.
/// </summary>
public sealed class GuestAskWhom(GuestOrientation orientation)
{
    /// <summary>True for a guest who belongs to no (active) partner organisation: they see nothing.</summary>
    public static bool Applies(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGuest && caller.PartnerOrganizationId is null;
    }

    /// <summary>The sentence for <paramref name="caller"/>, or null when they are not an unassigned guest.</summary>
    public async Task<string?> SentenceAsync(Caller caller, string? locale, CancellationToken cancellationToken = default) =>
        Applies(caller)
            ? GuestReplies.Unassigned(CardContext.ForLocale(locale), await orientation.WhomToAskAsync(caller.TenantId, cancellationToken).ConfigureAwait(false))
            : null;

    /// <summary>The sentence as a message-extension result (an unfurled link): a version 1.3 card with only that text.</summary>
    public async Task<ExtensionItem?> UnfurlAsync(Caller caller, string? locale, CancellationToken cancellationToken = default)
    {
        if (await SentenceAsync(caller, locale, cancellationToken).ConfigureAwait(false) is not { } sentence)
        {
            return null;
        }

        var context = CardContext.ForLocale(locale);
        var card = CardDocument.Create([AdaptiveElements.Text(sentence)], new CardText(context));
        card["version"] = RecordShellCardBuilder.UnfurlVersion;
        return new ExtensionItem(card, new CardText(context)["App.Name"], sentence, string.Empty, []);
    }
}
