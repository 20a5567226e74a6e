using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// What the recognizer understood: the intent, the language the text was written in and the slots.
/// Phrases are the user's words, cleaned (articles, "account"/"Kunde" and fillers removed) but not
/// resolved: account phrases go to <see cref="AccountResolver"/>, recipients to the people directory
/// unless <see cref="RecipientUserId"/> came from a Teams mention.
/// </summary>
public sealed record Recognition
{
    public required Intent Intent { get; init; }

    /// <summary>Detected from the words; falls back to the locale, then English. Answer in it when the activity has no locale.</summary>
    public required UtteranceLanguage Language { get; init; }

    /// <summary>
    /// Show, comment, log, link, summary and create: the account's name as typed (for CreateAccount the proposed name).
    /// Share and unshare: the account or deal as named ("Contoso", "Contoso Renewal").
    /// </summary>
    public string? AccountPhrase { get; init; }

    /// <summary>Share: the level the words ask for ("to comment" → Contribute); null when they name none.</summary>
    public ShareLevel? ShareLevel { get; init; }

    /// <summary>Hand off: the deal as named ("Contoso renewal"; "the Northwind deal" → "Northwind").</summary>
    public string? DealPhrase { get; init; }

    /// <summary>Hand off: who should take the deal, without the "@".</summary>
    public string? RecipientPhrase { get; init; }

    /// <summary>Hand off: the recipient's user id when a Teams mention matched <see cref="RecipientPhrase"/>.</summary>
    public string? RecipientUserId { get; init; }

    /// <summary>Log interaction: the person spoken to ("Anna Schmidt" in "call with Anna Schmidt at Contoso").</summary>
    public string? ContactPhrase { get; init; }

    /// <summary>Everything after the first colon: the comment, the interaction's summary or the handoff note.</summary>
    public string? Text { get; init; }

    /// <summary>Log interaction: how the customer was reached; null when the words do not say.</summary>
    public InteractionChannel? Channel { get; init; }

    /// <summary>Comment: Shared when the user said "shared", "for partners", "geteilt", "für Partner"; otherwise Internal.</summary>
    public CommentVisibility Visibility { get; init; } = CommentVisibility.Internal;

    /// <summary>A partner organisation as named, for sharing and for the organisation commands ("Fabrikam Partners"; "the Fabrikam team" → "Fabrikam").</summary>
    public string? OrganizationPhrase { get; init; }

    /// <summary>Create and rename a partner organisation: the (new) name as typed, case kept.</summary>
    public string? NewName { get; init; }

    /// <summary>Hand off: the due phrase as typed ("Friday", "bis zum 15.12." → "15.12.").</summary>
    public string? DuePhrase { get; init; }

    /// <summary>Hand off: <see cref="DuePhrase"/> as a date in the user's time zone, when it could be read.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Pipeline and forecast: the team's figures ("team pipeline", "our forecast") or, when null or Mine, the asker's own.</summary>
    public InsightsReach? Reach { get; init; }

    /// <summary>Forecast: the whole months asked for, in the user's time zone ("this quarter", "next quarter", "March"); null when none was named or it could not be read.</summary>
    public MonthRange? Months { get; init; }

    /// <summary>Forecast: the period as typed when it could not be read ("forecast for Contoso" → "Contoso"), so the answer can say so.</summary>
    public string? PeriodPhrase { get; init; }

    /// <summary>Product insights: the product as named ("Sensor Pro" in "who buys Sensor Pro"); null for every product.</summary>
    public string? ProductPhrase { get; init; }
}
