namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The rules, tried in order; the first match wins. Commands with a verb come before the lists,
/// the lists before showing an account, so "show my deals" is MyDeals and "Kunde anlegen" creates.
/// </summary>
internal static partial class RuleTable
{
    public static readonly Rule Help = Rule.For(Intent.Help,
        "^((help|hilfe) )?(help|hilfe|hilf mir|help me|h|\\?+|commands|befehle|menu|menü|start|get started|what can you do|what do you do|" +
        "what can (the bot|this bot|crm|it) do|(what|which) are (the|your) commands|what commands( are there| do you (know|have))?|" +
        "was kann (der bot|das ding|crm|ich hier tun)|wie geht das|wie geht es|wie benutze ich (das|dich)|" +
        "what can i do|what can i ask( you)?|was kannst du( alles)?( tun| machen)?|was kann ich (dich |sie |euch )?(hier )?(tun|machen|fragen)|" +
        "how does (this|it) work|how do i use (this|you|it)|wie funktioniert (das|es|der bot)|can you help( me)?|" +
        "kannst du mir helfen|mir helfen|helfen|welche befehle (gibt es|kennst du)|which commands( are there| do you know)?|" +
        "hi|hello|hallo|hey|moin|servus|grüß gott|guten (morgen|tag|abend)|good (morning|afternoon|evening))( (crm|bot|there|zusammen))?$");

    public static readonly IReadOnlyList<Rule> Rules =
    [
        Help,
        .. Bare,
        .. Sharing,
        .. HandOff,
        .. Comment,
        .. Log,
        .. Link,
        .. Partners,
        .. Create,
        .. Insights,
        .. Lists,
        .. Summary,
        .. Show,
    ];

    /// <summary>A command word alone, as Teams inserts it from the manifest's command list: the handler asks for the rest.</summary>
    private static Rule[] Bare =>
    [
        Rule.For(Intent.HandOffDeal, "^(hand ?-?off|handover|hand over|übergib|übergeben|übergabe)( (a|the|einen|den|das) (deal|lead|angebot))?$"),
        Rule.For(Intent.CommentOnAccount, "^(comment( on)?|kommentiere|kommentar( zu)?|(add|new|neuer)( a)? (comment|kommentar))$"),
        Rule.For(Intent.LogInteraction,
            "^(log( (a|an))?( (?<channel>call|meeting|email|visit|interaction))?( with)?|(?<channel>anruf|termin|telefonat|besuch|besprechung)( (mit|bei))?|" +
            "interaktion (erfassen|loggen|notieren))$"),
        Rule.For(Intent.ShowAccount,
            "^(show|zeig|zeige|open|öffne|find|finde|search|suche|such|look up)( (me|mir))?( (an|a|the|ein|einen|den) (account|customer|kunden))?$"),
        Rule.For(Intent.LinkChannel, "^(link( this)?( channel)?( to)?|verknüpfe( diesen)?( kanal)?( mit)?)$"),
    ];

    private static Rule[] HandOff =>
    [
        // Handing back (a partner returns a deal to whoever handed it to them): the recipient is optional.
        Rule.For(Intent.HandOffDeal, "^(hand|give|pass|send|return) (?!(me|us) )(?<deal>.+?) back( to (?<recipient>.+?))?$"),
        Rule.For(Intent.HandOffDeal, "^(hand|give|pass|send) back (?<deal>.+?)( to (?<recipient>.+?))?$"),
        Rule.For(Intent.HandOffDeal, "^(gib|übergib|übergebe|gebe) (?!(mir|uns) )(?<deal>.+?)( an (?<recipient>.+?))? zurück$"),
        Rule.For(Intent.HandOffDeal,
            "^(hand|pass|give) (?<deal>.+) (over|on) to (?<recipient>.+?)( (by|until|till|before|due) (?<due>.+?))?$"),
        Rule.For(Intent.HandOffDeal,
            "^(hand ?-?off|hand (it )?over|handover|pass( on)?|transfer|give|assign|reassign|übergib|übergebe|übergeben|übertrage|übertrag|" +
            "gib|leite|delegiere|delegate) (?!(me|mir|us|uns) )(?<deal>.+) (to|an) (?<recipient>.+?)( (weiter|ab|over|on))?" +
            "( (by|until|till|before|due|bis( zum| zu| am| spätestens)?|spätestens( am| bis)?) (?<due>.+?))?$"),
        Rule.For(Intent.HandOffDeal,
            "^(?<deal>.+) an (?<recipient>.+?)( (bis( zum| zu| am)?|spätestens( am| bis)?) (?<due>.+?))? " +
            "(übergeben|weitergeben|übertragen|abgeben|geben|weiterleiten)( (bis( zum| zu| am)?|spätestens( am| bis)?) (?<due>.+?))?$"),
        Rule.For(Intent.HandOffDeal,
            "^(give|hand|pass|gib|übergib|übergebe) (?!(me|mir|us|uns) )(?<recipient>[^ ]+( [^ ]+)?) (the|den|das|die|my|meinen|mein) " +
            "(?<deal>.+ (deal|lead|opportunity|angebot))( (by|until|bis( zum| zu| am)?) (?<due>.+?))?$"),
    ];

    private static Rule[] Comment =>
    [
        Rule.For(Intent.CommentOnAccount,
            "^((add|write|post|leave|make|neuer|neuen|neue|schreibe?|hinterlasse|verfasse)( (a|an|the|einen|eine|ein))? )?" +
            "((new|neue[nr]?|shared|internal|geteilte[nr]?|interne[nr]?) )*(comment|note|notiz|kommentar|anmerkung|bemerkung)" +
            "( (on|to|for|about|at|zu|zum|zur|für|bei|an|über))? (?<account>.+?)( (hinzufügen|schreiben|hinterlassen|add))?$"),
        Rule.For(Intent.CommentOnAccount, "^(kommentiere|kommentier|comment)( (on|zu|bei))? (?<account>.+?)$"),
    ];

    private static Rule[] Log =>
    [
        Rule.For(Intent.LogInteraction,
            "^(log|record|track|add|enter|save|note|capture|erfasse|notiere|protokolliere|dokumentiere|trage|speichere)" +
            $"( (a|an|the|my|ein|einen|eine|das|den|mein|meinen|new|neuen|neues|neue))* (?<channel>{ChannelWords.Nouns})" +
            "( (with|to|at|for|from|mit|an|bei|zu|von|vom))? (?<who>.+?)( (ein|notieren|erfassen))?$"),
        Rule.For(Intent.LogInteraction,
            $"^((i|we) )?(just )?(had|have had|did|made|got|received)( (a|an))? (?<channel>{ChannelWords.Nouns}) (with|to|at|from|mit) (?<who>.+?)$"),
        Rule.For(Intent.LogInteraction,
            "^(((ich|wir) )?(hatte|hatten|habe|haben|hab)( (gerade|eben|heute))? )?((ein|einen|eine) )?" +
            $"(?<channel>{ChannelWords.Nouns}) (mit|an|bei|zu|with|at|to|beim|von|vom|from) (?<who>.+?)" +
            "( (notieren|erfassen|loggen|protokollieren|dokumentieren|eintragen|speichern|log|gehabt|erhalten|bekommen|received))?$"),
        Rule.For(Intent.LogInteraction, "^((i|we) )?(just )?(?<channel>emailed|e-mailed|mailed|sent an email|sent a mail) .+ to (?<who>.+?)$"),
        Rule.For(Intent.LogInteraction, $"^((i|we) )?(just )?(?<channel>{ChannelWords.Verbs}) (?<who>.+?)$"),
        Rule.For(Intent.LogInteraction,
            "^((ich|wir) )?(habe|haben|hab|hatte) ((gerade|eben|heute) )?((mit|bei) )?(?<who>.+?) " +
            "(?<channel>telefoniert|gemailt|besucht|getroffen|angerufen|gesprochen)$"),
    ];

    private static Rule[] Link =>
    [
        Rule.For(Intent.LinkChannel,
            "^(link|connect|bind|associate|attach|map|tie|verknüpfe|verknüpf|verbinde|verlinke|koppel|kopple|ordne)" +
            "( (this|the|our|diesen|den|unseren|dieses|das))?( (channel|kanal|chat|team|gruppenchat|group chat))?" +
            "( (to|with|mit|zu|an|für))? (?<account>.+?)( (zu|an))?$"),
        Rule.For(Intent.LinkChannel,
            "^((this|the|diesen|den|dieser|der) )?(channel|kanal|chat) (mit|with|to|zu|an) (?<account>.+?) " +
            "(verknüpfen|verbinden|verlinken|koppeln|zuordnen|link|linken)$"),
        Rule.For(Intent.LinkChannel,
            "^((this|the|diesen|den) )?(channel|kanal) (verknüpfen|verbinden|verlinken|koppeln|link|linken|connect) (mit|with|to|zu|an) (?<account>.+?)$"),
        Rule.For(Intent.LinkChannel, "^(this|dieser|der) (channel|kanal) (belongs to|is for|is about|gehört zu|ist für) (?<account>.+?)$"),
    ];

    private const string CreateWhat =
        "(?<what>leads?|deal|opportunity|opportunities|verkaufschance|account|customer|company|client|organi[sz]ation|kunden?|firma|" +
        "unternehmen|organisation|contact|person|kontakt|ansprechpartner(in)?|kundenkontakt)";

    private static Rule[] Create =>
    [
        new(null, MatchText.Compile(
            "^(new|create|add|make|start|register|neu|neuer|neue|neuen|neues|erstelle|erstell|lege|leg|erfasse|füge|trage)" +
            $"( (a|an|the|new|ein|einen|eine|neuen|neue|neuer|neues))* {CreateWhat}" +
            "(( (for|to|at|with|in|für|bei|zu|an|von|zum|zur|called|named|namens))? (?<who>.+?))??" +
            "( (an|anlegen|erstellen|hinzu|hinzufügen|erfassen|ein))?$")),
        new(null, MatchText.Compile(
            $"^((ein|einen|eine|neuen|neue|neuer|neues) )*{CreateWhat}(( (for|für|bei|zu|an|von|zum|zur))? (?<who>.+?))? " +
            "(anlegen|erstellen|hinzufügen|erfassen|eintragen|create|add)$")),
    ];
}
