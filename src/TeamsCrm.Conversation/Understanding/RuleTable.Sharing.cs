namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Sharing an account or a deal with a partner organisation, changing its level and ending it ("share Contoso Renewal
/// with Fabrikam Partners to comment", "stop sharing Contoso with Fabrikam", "change Fabrikam's access to Contoso to
/// view", "teile Contoso mit Fabrikam zum Kommentieren"). The target goes to the account slot (it may name a deal),
/// the organisation to the partner slot. Tried before the handoff rules, which also start with "gib".
/// </summary>
internal static partial class RuleTable
{
    private const string Level = ShareLevelWords.Group;

    private static Rule[] Sharing =>
    [
        // Ending a share first: "stop sharing X with Y" would otherwise read as sharing.
        Rule.For(Intent.UnshareRecord,
            "^(stop sharing|unshare|no longer share|don't share|do not share|quit sharing|end sharing( of)?|revoke sharing( of)?|" +
            "remove sharing( of)?|revoke the share( of)?|remove the share( of)?) (?<account>.+?) (with|from|for) (?<partner>.+?)" +
            "( (anymore|any more|any longer|now))?$"),
        Rule.For(Intent.UnshareRecord,
            "^(remove|revoke|withdraw|take away|end|cancel) (?<partner>.+?)('s?)? (access|share|sharing) (to|on|for|from|of) (?<account>.+?)$"),
        Rule.For(Intent.UnshareRecord, "^(teile|teil) (?<account>.+?) nicht (mehr|länger) mit (?<partner>.+?)$"),
        Rule.For(Intent.UnshareRecord, "^(?<account>.+?) nicht (mehr|länger) mit (?<partner>.+?) teilen$"),
        Rule.For(Intent.UnshareRecord,
            "^(beende|beend|stoppe|stopp|entferne|entfern|widerrufe|widerruf|hebe|heb) (die )?(freigabe|teilung) (von|für) (?<account>.+?) " +
            "(für|mit|an) (?<partner>.+?)( auf)?$"),
        Rule.For(Intent.UnshareRecord,
            "^(die )?(freigabe|teilung) (von|für) (?<account>.+?) (für|mit|an) (?<partner>.+?) (aufheben|beenden|entfernen|stoppen|widerrufen)$"),
        Rule.For(Intent.UnshareRecord, "^(entziehe|entzieh) (?<partner>.+?) (den )?zugriff (auf|für|zu) (?<account>.+?)$"),

        // Changing the level of a share: the explicit forms first ("the access of X to Y", "the sharing of Y with X").
        Rule.For(Intent.ShareRecord,
            "^(change|set|update|switch) (the )?(access|permissions?)( level)? (of|for) (?<partner>.+?) (to|on|for) (?<account>.+?) " +
            $"to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(change|set|update|switch) (the )?(sharing|share)( level)? (of|for|on) (?<account>.+?) (with|for) (?<partner>.+?) " +
            $"to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(change|set|make|update|switch|lower|raise) (?!the )(?<partner>.+?)('s?)? (access|sharing|share|permissions?|access level|share level|level) " +
            $"(to|on|for|of) (?<account>.+?) to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(ändere|änder|setze|setz|stelle|stell) (den |die )?(zugriff|zugriffsstufe) (von|für) (?<partner>.+?) " +
            $"(auf|für|zu) (?<account>.+?) (auf|zu) {Level}( um)?$"),
        Rule.For(Intent.ShareRecord,
            "^(ändere|änder|setze|setz|stelle|stell) (die )?(freigabe|teilung|freigabestufe) (von|für) (?<account>.+?) " +
            $"(für|mit) (?<partner>.+?) (auf|zu) {Level}( um)?$"),

        // Sharing.
        Rule.For(Intent.ShareRecord,
            "^(share|reshare|re-share) (?<account>.+?) with (?<partner>.+?)" +
            $"((( (to|for|as|at|with|so (that )?they can|so (that )?they may|and let them|and allow them to)( an?)?)? {Level}))?$"),
        Rule.For(Intent.ShareRecord,
            $"^(give|grant) (?<partner>.+?) {ShareLevelWords.Words} (access|rights|permissions?) (to|on|for) (?<account>.+?)$"),
        Rule.For(Intent.ShareRecord,
            $"^(teile|teil) (?<account>.+?) mit (?<partner>.+?)( ((zum|zur|für|als|mit|um( es| ihn| sie)?) )?{Level})?( zu)?$"),
        Rule.For(Intent.ShareRecord, $"^(?<account>.+?) mit (?<partner>.+?)( (zum|zur|für) {Level})? teilen$"),
        Rule.For(Intent.ShareRecord,
            $"^(gib|gebe) (?<account>.+?) (für|an) (?<partner>.+?)( (zum|zur|für) {Level})? frei( ((zum|zur|für) )?{Level})?$"),
        Rule.For(Intent.ShareRecord, $"^(?<account>.+?) (für|an) (?<partner>.+?)( (zum|zur|für) {Level})? freigeben$"),
    ];
}
