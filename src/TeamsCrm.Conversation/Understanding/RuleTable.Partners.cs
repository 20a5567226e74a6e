namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Managing partner organisations (CRM administrators): list, create, add or remove a guest, rename, archive. Tried
/// after comment, log and link (so "add a comment to …" stays a comment) and before create and show (so "create
/// partner organisation X" is no new account, and "partners" alone is the list, while "Fabrikam Partners" shows that account).
/// </summary>
internal static partial class RuleTable
{
    private const string Org = "(the |die |der )?(partner ?organi[sz]ation |partner ?org |partner )?";

    private static Rule[] Partners =>
    [
        Rule.For(Intent.PartnerOrganizations,
            "^((show|list|zeig|zeige|liste)( (me|mir))?( (all|alle|the|die|our|unsere))? )?(partners|partner ?organi[sz]ations?|partner ?organisationen|partner ?firmen)$"),
        Rule.For(Intent.CreatePartnerOrganization,
            "^(create|new|add|neue|erstelle|lege|leg)( (a|an|eine|die))? partner ?organi[sz]ation (?<newname>.+?)( an)?$"),
        Rule.For(Intent.CreatePartnerOrganization, "^partner ?organi[sz]ation (?<newname>.+?) (anlegen|erstellen)$"),
        Rule.For(Intent.AddPartnerMember, $"^(add|füge) (?<recipient>.+?) (to|zu|zur|zum) {Org}(?<org>.+?)( hinzu)?$"),
        Rule.For(Intent.RemovePartnerMember, $"^(remove|entferne) (?<recipient>.+?) (from|aus|von) {Org}(?<org>.+?)$"),
        Rule.For(Intent.RenamePartnerOrganization, $"^(rename|benenne) {Org}(?<org>.+?) (to|in) (?<newname>.+?)( um)?$"),
        Rule.For(Intent.ArchivePartnerOrganization, $"^(archive|archiviere) {Org}(?<org>.+)$"),
    ];
}
