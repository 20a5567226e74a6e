using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>The partner organisation cards: the list (with each organisation's guests) and the confirmation before a destructive change.</summary>
internal static class PartnerCards
{
    public const string RemoveMemberVerb = "partners.removeMember";
    public const string ArchiveVerb = "partners.archive";
    public const string CancelVerb = "partners.cancel";

    public static JsonObject List(CardContext context, IReadOnlyList<PartnerOrganization> organizations)
    {
        var body = new List<JsonNode> { AdaptiveElements.Title(Say(context, "Partners.Title")) };
        if (organizations.Count == 0)
        {
            body.Add(AdaptiveElements.Text(Say(context, "Partners.None")));
        }

        foreach (var organization in organizations)
        {
            var name = organization.IsArchived ? Say(context, "Partners.Archived", organization.Name) : organization.Name;
            var members = organization.Members.Count == 0
                ? Say(context, "Partners.NoMembers")
                : string.Join(", ", organization.Members.Select(m => m.DisplayName));
            body.Add(AdaptiveElements.Container(
            [
                AdaptiveElements.Text(name, weight: "Bolder"),
                AdaptiveElements.Text(members, size: "Small", subtle: true, spacing: "None"),
            ], separator: true));
        }

        body.Add(AdaptiveElements.Text(Say(context, "Partners.Hint"), subtle: true, size: "Small", spacing: "Medium"));
        return CardDocument.Create(body, new CardText(context));
    }

    public static JsonObject ConfirmRemove(CardContext context, PartnerOrganization organization, PersonRef member) =>
        Confirm(
            context,
            Say(context, "Partners.ConfirmRemove", member.DisplayName, organization.Name),
            Say(context, "Partners.Remove"),
            RemoveMemberVerb,
            new JsonObject { ["organizationId"] = organization.Id, ["userId"] = member.UserId });

    public static JsonObject ConfirmArchive(CardContext context, PartnerOrganization organization) =>
        Confirm(
            context,
            Say(context, "Partners.ConfirmArchive", organization.Name),
            Say(context, "Partners.Archive"),
            ArchiveVerb,
            new JsonObject { ["organizationId"] = organization.Id });

    private static JsonObject Confirm(CardContext context, string question, string confirm, string verb, JsonObject data)
    {
        var body = new List<JsonNode>
        {
            AdaptiveElements.Text(question, weight: "Bolder"),
            AdaptiveElements.ActionSet(
            [
                AdaptiveActions.Execute(confirm, verb, data, style: "destructive"),
                AdaptiveActions.Execute(Say(context, "Partners.Cancel"), CancelVerb, new JsonObject()),
            ]),
        };
        return CardDocument.Create(body, new CardText(context));
    }
}
