using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>The words for how a customer was reached, English and German, as a pattern and as a mapping to the channel.</summary>
internal static class ChannelWords
{
    /// <summary>A pattern alternation (for <see cref="MatchText.Compile"/>) of the channel nouns, longest first.</summary>
    public const string Nouns =
        "teams[- ]?(chat|call|meeting|anruf|besprechung|nachricht|message)|teams|chat|" +
        "linkedin[- ]?(message|nachricht)?|social media( message)?|xing[- ]?nachricht|" +
        "web[- ]?(form|formular)|website|kontaktformular|webinar|" +
        "(phone|telephone|video) call|phone|call|callback|anruf|telefonanruf|telefonat|rückruf|" +
        "(on-?site |site |customer )?visit|kundenbesuch|besuch|vor-ort-termin|" +
        "e-?mail|mail|" +
        "meeting|kundentermin|termin|besprechung|treffen|" +
        "interaction|touchpoint";

    /// <summary>Past-tense verbs that name the channel themselves ("called Contoso", "mit Contoso telefoniert").</summary>
    public const string Verbs = "called|phoned|rang|emailed|e-mailed|mailed|visited|met with|met|messaged|" +
        "telefoniert|angerufen|gemailt|besucht|getroffen|gesprochen";

    public static InteractionChannel? Parse(string folded)
    {
        if (Has(folded, "teams") || Has(folded, "chat"))
        {
            return InteractionChannel.Teams;
        }

        if (Has(folded, "visit") || Has(folded, "besuch") || Has(folded, "vor-ort"))
        {
            return InteractionChannel.InPerson;
        }

        if (Has(folded, "linkedin") || Has(folded, "social") || Has(folded, "xing"))
        {
            return InteractionChannel.Social;
        }

        if (Has(folded, "web") || Has(folded, "formular"))
        {
            return InteractionChannel.Web;
        }

        if (Has(folded, "mail"))
        {
            return InteractionChannel.Email;
        }

        if (Has(folded, "call") || Has(folded, "phone") || Has(folded, "rang") || Has(folded, "anruf") || Has(folded, "telefon") || Has(folded, "ruckruf") || Has(folded, "rueckruf") || Has(folded, "angerufen"))
        {
            return InteractionChannel.Phone;
        }

        return Has(folded, "meet") || Has(folded, "met") || Has(folded, "termin") || Has(folded, "besprechung") || Has(folded, "treffen") || Has(folded, "getroffen")
            ? InteractionChannel.Meeting
            : null;
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.Ordinal);
}
