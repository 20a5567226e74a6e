namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The analytical questions (docs/analytics.md): the pipeline (mine or the team's), the forecast of a period, who to call
/// today and which customers are at risk. Tried before the lists, so "my pipeline" is the pipeline's figures and "my
/// deals" stays the list; "show Pipeline Corp" is still an account (these rules need the question's own words).
/// </summary>
internal static partial class RuleTable
{
    private const string Whose =
        "(?<reach>my|mine|meine|meiner|meinen|our|unsere|unserer|unseren|team|team's|teams|the team's|the teams|company|companywide|" +
        "firmen|gesamte|gesamten|whole|entire|total|overall|all)";

    private const string ShowWords =
        "((show|display|give|get|open|what's|whats|what is|how is|how's|hows|how does|zeig|zeige|gib|hol|öffne|wie ist|wie sieht|was ist in|what's in|whats in|what is in)" +
        "( (me|mir|us|uns))? )?";

    /// <summary>How a period starts when no preposition says one follows ("forecast next quarter", but "show Forecast Systems" is an account).</summary>
    private const string PeriodStart =
        "(this|next|current|coming|the|q[1-4]|dieses|diesen|diesem|dieser|nächste|nächsten|nächstes|kommende|kommenden|kommendes|aktuelle|aktuellen|" +
        "aktuelles|laufende|laufenden|laufendes|im|quarter|quartal|month|monat|year|jahr|january|januar|jänner|february|februar|march|märz|april|may|mai|" +
        "june|juni|july|juli|august|september|october|oktober|november|december|dezember)";

    private static Rule[] Insights =>
    [
        Rule.For(Intent.Pipeline,
            $"^{ShowWords}((the|die|den|das) )?({Whose}[- ])?((team|teams|sales|vertriebs|verkaufs)[- ])?(sales ?|vertriebs|verkaufs)?pipeline" +
            "( (overview|übersicht|report|bericht|status|summary|figures|zahlen|numbers))?( (looking|look|looks|like|aus|zeigen|anzeigen|aussehen))*$"),
        Rule.For(Intent.Pipeline, $"(^| )(in )?{Whose} ((team|sales|vertriebs) )?(sales ?|vertriebs)?pipeline( |$)"),
        Rule.For(Intent.Pipeline,
            $"^{ShowWords}((the|die|den|das) )?pipeline (of|für|vom|von|des|der|from) ({Whose}|the team|das team|dem team|the company|der firma|the whole team)$"),
        Rule.For(Intent.Forecast,
            $"^{ShowWords}((the|die|den|das) )?({Whose} )?((sales|vertriebs|umsatz|team) )?(sales ?|umsatz)?(forecast|prognose|vorhersage|hochrechnung|umsatzprognose)" +
            $"(( (for|of|für|fürs|in|in the|zum|vom|von|über|about|über das|für das|für den|für die)) (?<period>.+?)| (?<period>{PeriodStart}( .+?)?))?$"),
        Rule.For(Intent.Forecast,
            $"^(?<period>{PeriodStart}( [^ ']+)?)('s|s'|')? (forecast|prognose|vorhersage|hochrechnung)$"),
        Rule.For(Intent.Forecast,
            "^(what|which deals|was|welche deals) (will|could|is going to|are going to|wird|werden|könnte) (close|schließen|abschließen|reinkommen|come in)" +
            "( (in|im|für|for|by|bis))?( (?<period>.+?))?$"),
        Rule.For(Intent.CallList,
            "^(who|whom) (should|shall|do|must|can|could|to) (i|we)?( )?(call|phone|ring|contact|reach out to|follow up with|get in touch with)" +
            "( (first|today|now|next|this morning|this afternoon))*$"),
        Rule.For(Intent.CallList, "^(who|whom) (to )?(call|contact|phone|ring)( (first|today|now|next|this morning))*$"),
        Rule.For(Intent.CallList,
            "^(wen|wem) (soll|sollte|muss|kann|sollen|müssen|könnte) (ich|wir)( (heute|zuerst|als nächstes|als erstes|jetzt|heute morgen|heute früh|gleich))* " +
            "(anrufen|kontaktieren|anschreiben|zurückrufen|melden|erreichen)( (heute|zuerst))*$"),
        Rule.For(Intent.CallList, "^(wen|wer) (heute|zuerst)? ?(anrufen|kontaktieren)( (heute|zuerst))*$"),
        Rule.For(Intent.CallList,
            "^((my|today's|todays|the|meine|die|heutige|heutigen) )?(call ?list|calling list|anrufliste|telefonliste|calls to make|anrufe)" +
            "( (for |für )?(today|heute|this morning))?$"),
        Rule.For(Intent.AtRiskCustomers,
            "^((which|what|show|list|zeig|zeige|welche|liste)( (me|mir))?( (of )?(the|die|my|our|meine|unsere|meiner|unserer))? )?" +
            "(customers|accounts|clients|kunden|firmen|accounts) ((are|is|sind|ist|that are|die) )?(at risk|in danger|at risk of churning|going cold|slipping away|" +
            "gefährdet|abwanderungsgefährdet|in gefahr|kalt werden|am abspringen)( (sind|now|jetzt))?$"),
        Rule.For(Intent.AtRiskCustomers,
            "^((show|list|zeig|zeige|liste)( (me|mir))? )?((the|die|my|our|meine|unsere) )?(at-risk|at risk|churn ?risk|risky|endangered|gefährdete|gefährdeten|" +
            "abwanderungsgefährdete|abwanderungsgefährdeten) (customers|accounts|clients|kunden|firmen)$"),
        Rule.For(Intent.AtRiskCustomers, "^(who|which customer|wer|welcher kunde) (is|ist) (at risk|gefährdet|going cold|in gefahr)$"),
        Rule.For(Intent.ProductInsights,
            "^(which|what|what kind of|what kinds of|what type of) (customers|accounts|clients|companies|segments|industries|kinds of customers|types of customers) " +
            "((are|is) )?(interested in|looking at|look at|buy|buying|bought|want|ask about|asking about|asking for) (?<product>.+)$"),
        Rule.For(Intent.ProductInsights, "^(who|who's|whos) (buys|bought|is buying|is interested in|looks at|is looking at|wants|asks about|asks for) (?<product>.+)$"),
        Rule.For(Intent.ProductInsights,
            "^(welche|was für|welcher art) (kunden|firmen|accounts|segmente|branchen) (interessieren sich|interessiert sich|kaufen|kauften|wollen|fragen) " +
            "(für|nach|an) (?<product>.+)$"),
        Rule.For(Intent.ProductInsights, "^(welche|was für) (kunden|firmen|accounts|segmente|branchen) (kaufen|kauften|wollen) (?<product>.+)$"),
        Rule.For(Intent.ProductInsights, "^wer (kauft|kaufte|interessiert sich für|fragt nach|will) (?<product>.+)$"),
        Rule.For(Intent.ProductInsights,
            $"^{ShowWords}((the|die|den|das) )?(product|produkt)[- ]?(insights|analysis|analyse|auswertung|auswertungen|einblicke|mining|segments|segmente)" +
            "( (for|of|on|about|für|zu|zum|von|über) (?<product>.+))?$"),
    ];
}
