using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>The partner organisation cards: the list (with each organisation's guests) and the confirmation before a destructive change.</summary>
internal static class PartnerCards
{
    public const string RemoveMemberVerb = CardVerbs.RemovePartnerMember;
    public const string ArchiveVerb = CardVerbs.ArchivePartnerOrganization;
    public const string CancelVerb = CardVerbs.CancelPartnerChange;

    public static JsonObject List(CardContext context, IReadOnlyList<PartnerOrganization> organizations)
    {
        var body = new List<JsonNode> { AdaptiveElements.Title(Say(context, "Turn.Partners.Title")) };
        if (organizations.Count == 0)
        {
            body.Add(AdaptiveElements.Text(Say(context, "Turn.Partners.None")));
        }

        foreach (var organization in organizations)
        {
            var name = organization.IsArchived ? Say(context, "Turn.Partners.Archived", organization.Name) : organization.Name;
            var members = organization.Members.Count == 0
                ? Say(context, "Turn.Partners.NoMembers")
                : string.Join(", ", organization.Members.Select(m => m.DisplayName));
            body.Add(AdaptiveElements.Container(
            [
                AdaptiveElements.Text(name, weight: "Bolder"),
                AdaptiveElements.Text(members, size: "Small", subtle: true, spacing: "None"),
            ], separator: true));
        }

        body.Add(AdaptiveElements.Text(Say(context, "Turn.Partners.Hint"), subtle: true, size: "Small", spacing: "Medium"));
        return CardDocument.Create(body, new CardText(context));
    }

    public static JsonObject ConfirmRemove(CardContext context, PartnerOrganization organization, PersonRef member) =>
        Confirm(
            context,
            Say(context, "Turn.Partners.ConfirmRemove", member.DisplayName, organization.Name),
            Say(context, "Turn.Partners.Remove"),
            RemoveMemberVerb,
            new JsonObject { ["organizationId"] = organization.Id, ["userId"] = member.UserId });

    public static JsonObject ConfirmArchive(CardContext context, PartnerOrganization organization) =>
        Confirm(
            context,
            Say(context, "Turn.Partners.ConfirmArchive", organization.Name),
            Say(context, "Turn.Partners.Archive"),
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
                AdaptiveActions.Execute(Say(context, "Turn.Partners.Cancel"), CancelVerb, new JsonObject()),
            ]),
        };
        return CardDocument.Create(body, new CardText(context));
    }
}
