using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// Finds the partner organisation a share names among the tenant's organisations the caller may share with (by id from
/// a button, else by name with <see cref="NameSimilarity"/>): one clear match, or a choice card, or a card that lists
/// the organisations there are (members only reach this, and may see them all in the tab's Partners panel).
/// </summary>
internal static class SharePartners
{
    private const int MaxListed = 8;

    public static PartnerOrganization? Find(IReadOnlyList<PartnerOrganization> organizations, ShareDraft draft, CardContext context, out JsonObject? answer)
    {
        answer = null;
        if (draft.PartnerId is { } id && organizations.FirstOrDefault(o => o.Id == id) is { } chosen)
        {
            return chosen;
        }

        var phrase = draft.PartnerPhrase ?? string.Empty;
        var ranked = organizations
            .Select(o => (Organization: o, Score: NameSimilarity.Score(phrase, o.Name)))
            .Where(o => o.Score >= AccountResolver.Plausible)
            .OrderByDescending(o => o.Score)
            .ToList();
        if (ranked.Count > 0 && ranked[0].Score >= AccountResolver.Confident && (ranked.Count == 1 || ranked[0].Score - ranked[1].Score > AccountResolver.Margin))
        {
            return ranked[0].Organization;
        }

        var text = new CardText(context);
        answer = ranked.Count > 0
            ? ShareCardBuilder.Choice(
                text.Format("Share.PartnerChoice", CardFormat.Clip(phrase, 100)),
                ranked.Take(AccountChoiceCardBuilder.MaxChoices).Select(o => (o.Organization.Name, draft with { PartnerId = o.Organization.Id, PartnerPhrase = null })),
                context)
            : ShareCardBuilder.Message(NotFound(organizations, phrase, text), context);
        return null;
    }

    private static string NotFound(IReadOnlyList<PartnerOrganization> organizations, string phrase, CardText text) =>
        organizations.Count == 0
            ? text["Share.NoPartners"]
            : text.Format("Share.PartnerNotFound", CardFormat.Clip(phrase, 100), string.Join(", ", organizations.Take(MaxListed).Select(o => o.Name)));
}
