namespace TeamsCrm.Conversation.Understanding;

/// <summary>The rules that look things up: my lists, the channel summary, one account.</summary>
internal static partial class RuleTable
{
    private static Rule[] Lists =>
    [
        Rule.For(Intent.MyHandoffs,
            "(^| )(my |meine |offene |offenen |pending |open |waiting |incoming |eingehende )?(hand ?-?offs|handovers|übergaben)( |$)"),
        Rule.For(Intent.MyHandoffs,
            "waiting for me|wartet auf mich|warten auf mich|for me to accept|an mich übergeben|to me handed"),
        Rule.For(Intent.MyTasks,
            "(^| )(my|meine)( (open|offenen|heutigen|today's|due|fälligen))? " +
            "(tasks|to-?dos?( list)?|to do( list)?|follow-?ups|aufgaben|wiedervorlagen|todos|erinnerungen|reminders)( |$)"),
        Rule.For(Intent.MyTasks,
            "^((due|open|overdue|fällige|offene|überfällige) )?(tasks|to-?dos|aufgaben|todos|follow-?ups)( (due|fällig))?" +
            "( (today|heute|for today|für heute|this week|diese woche|tomorrow|morgen))?$"),
        Rule.For(Intent.MyTasks,
            "^(what|was) (do i have to|do i need to|should i|muss ich|soll ich|steht)( (today|heute))? (do|tun|machen|erledigen|an)"),
        Rule.For(Intent.MyTasks, "^(what's|whats|what is) on my (agenda|plate|list)"),
        Rule.For(Intent.MyDeals,
            "(^| )(my|meine|meinen)( (open|active|current|offenen|offene|aktuellen|laufenden))? " +
            "(deals?|leads?|pipeline|opportunit(y|ies)|offers|angebote|verkaufschancen|sales)( |$)"),
        Rule.For(Intent.MyDeals,
            "^(welche|which|what) (offenen |open )?(deals|leads|angebote|opportunities) (habe|hab|have|do|own|gehören)"),
        Rule.For(Intent.MyDeals, "^(deals|leads|pipeline)$"),
        Rule.For(Intent.MyDeals,
            "(deals|leads|opportunities|angebote|verkaufschancen) (that )?(i|ich) (own|have|manage|besitze|habe|betreue|verantworte)$"),
    ];

    private static Rule[] Summary =>
    [
        Rule.For(Intent.ChannelSummary,
            "^((channel|kanal|chat) ?)?(summary|summarize|summarise|zusammenfassung|kanalzusammenfassung|status|überblick|overview|recap|" +
            "stand|update|lage)( (for|of|für|von|zu|des|im|in) (this|the|diesen|den|dieses|dem) (channel|kanal|chat))?$"),
        Rule.For(Intent.ChannelSummary,
            "^(give me|gib mir|show|show me|zeig|zeig mir|zeige|zeige mir|get|hol)( (a|the|an|eine|die|den|das|einen))? " +
            "(summary|zusammenfassung|overview|überblick|status|recap|update)$"),
        Rule.For(Intent.ChannelSummary, "^(what's|whats|what is) the (status|latest|news)( here)?$"),
        Rule.For(Intent.ChannelSummary, "^(wie|was) ist der (stand|status)( hier)?$"),
        Rule.For(Intent.ChannelSummary, "^fasse (das |den kanal |alles )?zusammen$|^(summarize|summarise) (this|the) (channel|chat)$"),
    ];

    private static Rule[] Show =>
    [
        Rule.For(Intent.ShowAccount,
            "^(show|display|open|find|search|look ?up|lookup|get|pull up|bring up|zeig|zeige|zeigen|öffne|öffnen|finde|such|suche|" +
            "suchen|hol|hole|ruf|rufe)( (me|mir|uns))?( (for|nach))?( (the|den|die|das|a|ein|eine|einen))?" +
            "( (account|customer|company|client|card|kunden?|firma|unternehmen|karte|kundenkarte|infos?|details|informationen))?" +
            "( (for|of|on|about|von|zu|für|des|der|über|zum|zur))? (?<account>.+?)( (an|auf|anzeigen|account|card|karte))?$"),
        Rule.For(Intent.ShowAccount,
            "^(customer|account|client|company|kunde|kunden|firma|konto|unternehmen)( (info|infos|card|karte|details))?" +
            "( (for|of|von|zu|für))? (?<account>.+?)$"),
        Rule.For(Intent.ShowAccount,
            "^(info|infos|information|informationen|details|detail|news|neuigkeiten|status|overview|überblick|summary|" +
            "zusammenfassung|card|karte|kundenkarte|update|updates)( (on|about|for|of|to|zu|über|von|für|bei|zum|zur|from))? (?<account>.+?)$"),
        Rule.For(Intent.ShowAccount,
            "^(what's up with|whats up with|what is up with|(what's|whats|what is) new (with|at)|(what's|whats|what is) going on (with|at)|" +
            "what about|how about|how is|how's|hows|how are things (with|at)|where (are we|do we stand) (with|on|at)|wo stehen wir (bei|mit)|tell me (more )?about|what do we know about|" +
            "(can|could|may) (i|we) (see|get|have|look at)|let me see|kann ich (mal )?(sehen|haben)|" +
            "anything new (on|with|from)|was (gibt's|gibts|gibt es) (neues|neuigkeiten) (bei|von|mit)|" +
            "wie (steht es|steht's|stehts) (um|mit)|wie (läuft's|läufts|läuft es) (mit|bei)|was ist mit|was macht|" +
            "erzähl mir (von|über|etwas über|was über|mehr über)|was wissen wir über|neuigkeiten (von|bei|zu))" +
            "( (the|den|die|das))? (?<account>.+?)( (doing|going|los|so|gerade|an))?$"),
        Rule.For(Intent.ShowAccount,
            "^((mir|uns) )?((die|den|das) )?(infos?|informationen|details|karte|kundenkarte|daten) (zu|über|von|für|zum|zur) (?<account>.+?)" +
            "( (geben|zeigen|schicken|senden|anzeigen|holen))?$"),
        Rule.For(Intent.ShowAccount,
            "^(((mir|uns) )?((den|die|das) )?((kunden?|firma|konto|account) )?)?(?<account>.+?) " +
            "(zeigen|anzeigen|öffnen|aufrufen|suchen|finden|zeig|show|nachschlagen)$"),
    ];
}
