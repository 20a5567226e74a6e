using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>The partner organisation cards: the list (with each organisation's guests) and the confirmation before a destructive change.</summary>
internal static class PartnerCards
{
    public const string RemoveMemberVerb = CardVerbs.RemovePartnerMember;
    public const string ArchiveVerb = CardVerbs.ArchivePartnerOrganization;
    public const string CancelVerb = CardVerbs.CancelPartnerChange;

    /// <summary>The confirmation's data: the organisation and the version the person was asked about (the change is made to that version only).</summary>
    public const string OrganizationId = "organizationId";
    public const string OrganizationVersion = "organizationVersion";

    public static JsonObject List(CardContext context, IReadOnlyList<PartnerOrganization> organizations)
    {
        var body = new List<JsonNode> { AdaptiveElements.Title(Say(context, "Turn.Partners.Title")) };
        if (organizations.Count == 0)
        {
            body.Add(AdaptiveElements.Text(Say(context, "Turn.Partners.None")));
        }

        body.AddRange(organizations.Select(o => Organization(context, o)));
        body.Add(AdaptiveElements.Text(Say(context, "Turn.Partners.Hint"), subtle: true, size: "Small", spacing: "Medium"));
        return CardDocument.Create(body, new CardText(context));
    }

    /// <summary>
    /// The answer to a change that lost a race — someone else changed the organisation after the person saw it: says so,
    /// that nothing was changed, and shows the organisation as it is now. Any other error: the usual error card.
    /// </summary>
    public static JsonObject Failure(CrmError error, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not { Kind: CrmErrorKind.Conflict, Current: PartnerOrganization now })
        {
            return ErrorCardBuilder.Build(error, context);
        }

        return CardDocument.Create(
        [
            AdaptiveElements.Title(Say(context, "Turn.Partners.Changed.Title")),
            AdaptiveElements.Text(Say(context, "Turn.Partners.Changed", now.Name)),
            Organization(context, now),
        ], new CardText(context));
    }

    public static JsonObject ConfirmRemove(CardContext context, PartnerOrganization organization, PersonRef member) =>
        Confirm(
            context,
            Say(context, "Turn.Partners.ConfirmRemove", member.DisplayName, organization.Name),
            Say(context, "Turn.Partners.Remove"),
            RemoveMemberVerb,
            new JsonObject { [OrganizationId] = organization.Id, [OrganizationVersion] = organization.Version, ["userId"] = member.UserId });

    public static JsonObject ConfirmArchive(CardContext context, PartnerOrganization organization) =>
        Confirm(
            context,
            Say(context, "Turn.Partners.ConfirmArchive", organization.Name),
            Say(context, "Turn.Partners.Archive"),
            ArchiveVerb,
            new JsonObject { [OrganizationId] = organization.Id, [OrganizationVersion] = organization.Version });

    /// <summary>One organisation: its name (marked when archived) and its guests.</summary>
    private static JsonObject Organization(CardContext context, PartnerOrganization organization)
    {
        var name = organization.IsArchived ? Say(context, "Turn.Partners.Archived", organization.Name) : organization.Name;
        var members = organization.Members.Count == 0
            ? Say(context, "Turn.Partners.NoMembers")
            : string.Join(", ", organization.Members.Select(m => m.DisplayName));
        return AdaptiveElements.Container(
        [
            AdaptiveElements.Text(name, weight: "Bolder"),
            AdaptiveElements.Text(members, size: "Small", subtle: true, spacing: "None"),
        ], separator: true);
    }

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
