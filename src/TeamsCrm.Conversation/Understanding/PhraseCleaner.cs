namespace TeamsCrm.Conversation.Understanding;

/// <summary>Trims a slot to the name itself: "the Contso account" → "Contso", "den Contoso Deal" → "Contoso", "@Megan" → "Megan".</summary>
internal static class PhraseCleaner
{
    private const string Determiners = "the|a|an|this|that|our|my|der|die|das|den|dem|des|ein|eine|einen|diesen|dieses|diese|unseren|unser|meinen|mein|meine";

    private static readonly Regex AccountLead = MatchText.Compile(
        $"^((({Determiners}|account|customer|company|client|kunden?|firma|unternehmen|konto|karte|card|von|of|for|für|zu|zum|zur)( |$))+)");

    private static readonly Regex AccountTail = MatchText.Compile("( (account|customer|card|karte|kundenkarte|an|doing|going|los|so|gerade|then))+$");

    private static readonly Regex DealLead = MatchText.Compile(
        $"^((({Determiners}|deal|lead|opportunity|angebot|verkaufschance|auftrag)( |$))+)");

    private static readonly Regex DealTail = MatchText.Compile("( (deal|lead|opportunity|angebot|verkaufschance))+$");

    private static readonly Regex OrganizationLead = MatchText.Compile($"^((({Determiners}|partner organi[sz]ation|organi[sz]ation|partnerfirma|partnerorganisation)( |$))+)");

    private static readonly Regex OrganizationTail = MatchText.Compile("( (organi[sz]ation|organisation|team|people|guests|gäste))+$");

    private static readonly Regex PersonLead = MatchText.Compile("^((@|(herrn?|frau|mr|mrs|ms|dr|prof)\\.? ?)+)");

    private static readonly Regex Edges = MatchText.Compile("^[\\s\"'“”„«»()\\[\\]<>*_-]+|[\\s\"'“”„«»()\\[\\]<>*_?!.,;-]+$");

    private static readonly Regex DueEdges = MatchText.Compile("^[\\s\"'(]+|[\\s\"'()!?,;]+$");

    public static string? Account(FoldedText phrase) => Finish(phrase.Remove(Edges).Remove(AccountLead).Remove(AccountTail).Remove(Edges));

    public static string? Deal(FoldedText phrase) => Finish(phrase.Remove(Edges).Remove(DealLead).Remove(DealTail).Remove(Edges));

    /// <summary>An account or a deal ("the Contoso Renewal deal" → "Contoso Renewal", "den Kunden Contoso" → "Contoso").</summary>
    public static string? Record(FoldedText phrase) =>
        Finish(phrase.Remove(Edges).Remove(AccountLead).Remove(DealLead).Remove(AccountTail).Remove(DealTail).Remove(Edges));

    /// <summary>A partner organisation ("the Fabrikam Partners organisation" → "Fabrikam Partners").</summary>
    public static string? Organization(FoldedText phrase) => Finish(phrase.Remove(Edges).Remove(OrganizationLead).Remove(OrganizationTail).Remove(Edges));

    /// <summary>A product as named: only quotes and punctuation at the edges go ("„Sensor Pro“?" → "Sensor Pro").</summary>
    public static string? Product(FoldedText phrase) => Finish(phrase.Remove(Edges));

    public static string? Person(FoldedText phrase) => Finish(phrase.Remove(Edges).Remove(PersonLead).Remove(Edges));

    public static string? Due(FoldedText phrase) => Finish(phrase.Remove(DueEdges));

    private static string? Finish(FoldedText phrase) => phrase.IsEmpty ? null : phrase.Original;
}
