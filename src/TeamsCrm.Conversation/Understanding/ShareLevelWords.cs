using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The words for a share level in English and German ("to view", "to comment", "to edit"/"to update", "zum Ansehen",
/// "zum Kommentieren", "zum Bearbeiten"), as one pattern for the rules and one reader for the slot.
/// </summary>
internal static class ShareLevelWords
{
    private const string Read =
        "view|viewing|viewer|read|reading|reader|read-only|read only|view only|view-only|see|look|look at it|" +
        "ansehen|anschauen|anzeigen|einsehen|sehen|lesen|lesend|lesezugriff|nur lesen|nur-lesen|nur ansehen|betrachten";

    private const string Contribute =
        "comment|comments|commenting|commenter|comment on it|contribute|contributing|contributor|" +
        "kommentieren|kommentar|kommentare|kommentaren|kommentierend|kommentarzugriff";

    private const string Edit =
        "edit|editing|editor|update|updating|change|changing|work on it|work|write|" +
        "bearbeiten|bearbeitung|bearbeitend|ändern|aktualisieren|schreiben|schreibzugriff|mitarbeiten";

    /// <summary>The level group of a rule, without anything around it.</summary>
    public const string Words = $"(?<level>{Read}|{Contribute}|{Edit})";

    /// <summary>The level group of a rule, with an optional trailing "access"/"Zugriff" noun.</summary>
    public const string Group = $"{Words}( (access|rights|level|permission|permissions|zugriff|rechten?|recht|only))?";

    private static readonly Regex ReadWords = MatchText.Compile($"^({Read})$");
    private static readonly Regex ContributeWords = MatchText.Compile($"^({Contribute})$");
    private static readonly Regex EditWords = MatchText.Compile($"^({Edit})$");

    /// <summary>The level the folded word names; null when it names none.</summary>
    public static ShareLevel? Parse(string folded) =>
        ReadWords.IsMatch(folded) ? ShareLevel.Read
        : ContributeWords.IsMatch(folded) ? ShareLevel.Contribute
        : EditWords.IsMatch(folded) ? ShareLevel.Edit
        : null;
}
