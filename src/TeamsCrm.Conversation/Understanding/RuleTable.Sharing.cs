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
            "remove sharing( of)?|revoke the share( of)?|remove the share( of)?) (?<account>.+?) (with|from|for) (?<org>.+?)" +
            "( (anymore|any more|any longer|now))?$"),
        Rule.For(Intent.UnshareRecord,
            "^(remove|revoke|withdraw|take away|end|cancel) (?<org>.+?)('s?)? (access|share|sharing) (to|on|for|from|of) (?<account>.+?)$"),
        Rule.For(Intent.UnshareRecord, "^(teile|teil) (?<account>.+?) nicht (mehr|länger) mit (?<org>.+?)$"),
        Rule.For(Intent.UnshareRecord, "^(?<account>.+?) nicht (mehr|länger) mit (?<org>.+?) teilen$"),
        Rule.For(Intent.UnshareRecord,
            "^(beende|beend|stoppe|stopp|entferne|entfern|widerrufe|widerruf|hebe|heb) (die )?(freigabe|teilung) (von|für) (?<account>.+?) " +
            "(für|mit|an) (?<org>.+?)( auf)?$"),
        Rule.For(Intent.UnshareRecord,
            "^(die )?(freigabe|teilung) (von|für) (?<account>.+?) (für|mit|an) (?<org>.+?) (aufheben|beenden|entfernen|stoppen|widerrufen)$"),
        Rule.For(Intent.UnshareRecord, "^(entziehe|entzieh) (?<org>.+?) (den )?zugriff (auf|für|zu) (?<account>.+?)$"),

        // Changing the level of a share: the explicit forms first ("the access of X to Y", "the sharing of Y with X").
        Rule.For(Intent.ShareRecord,
            "^(change|set|update|switch) (the )?(access|permissions?)( level)? (of|for) (?<org>.+?) (to|on|for) (?<account>.+?) " +
            $"to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(change|set|update|switch) (the )?(sharing|share)( level)? (of|for|on) (?<account>.+?) (with|for) (?<org>.+?) " +
            $"to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(change|set|make|update|switch|lower|raise) (?!the )(?<org>.+?)('s?)? (access|sharing|share|permissions?|access level|share level|level) " +
            $"(to|on|for|of) (?<account>.+?) to {Level}$"),
        Rule.For(Intent.ShareRecord,
            "^(ändere|änder|setze|setz|stelle|stell) (den |die )?(zugriff|zugriffsstufe) (von|für) (?<org>.+?) " +
            $"(auf|für|zu) (?<account>.+?) (auf|zu) {Level}( um)?$"),
        Rule.For(Intent.ShareRecord,
            "^(ändere|änder|setze|setz|stelle|stell) (die )?(freigabe|teilung|freigabestufe) (von|für) (?<account>.+?) " +
            $"(für|mit) (?<org>.+?) (auf|zu) {Level}( um)?$"),

        // Sharing.
        Rule.For(Intent.ShareRecord,
            "^(share|reshare|re-share) (?<account>.+?) with (?<org>.+?)" +
            $"((( (to|for|as|at|with|so (that )?they can|so (that )?they may|and let them|and allow them to)( an?)?)? {Level}))?$"),
        Rule.For(Intent.ShareRecord,
            $"^(give|grant) (?<org>.+?) {ShareLevelWords.Words} (access|rights|permissions?) (to|on|for) (?<account>.+?)$"),
        Rule.For(Intent.ShareRecord,
            $"^(teile|teil) (?<account>.+?) mit (?<org>.+?)( ((zum|zur|für|als|mit|um( es| ihn| sie)?) )?{Level})?( zu)?$"),
        Rule.For(Intent.ShareRecord, $"^(?<account>.+?) mit (?<org>.+?)( (zum|zur|für) {Level})? teilen$"),
        Rule.For(Intent.ShareRecord,
            $"^(gib|gebe) (?<account>.+?) (für|an) (?<org>.+?)( (zum|zur|für) {Level})? frei( ((zum|zur|für) )?{Level})?$"),
        Rule.For(Intent.ShareRecord, $"^(?<account>.+?) (für|an) (?<org>.+?)( (zum|zur|für) {Level})? freigeben$"),
    ];
}
