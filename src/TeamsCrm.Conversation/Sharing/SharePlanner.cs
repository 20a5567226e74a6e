using TeamsCrm.Core.Access;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// Turns a share draft into the card to show next: a choice while the account or deal, the organisation or the level
/// is open, then the confirmation card (what, with whom, at which level, what the partner will and will not see).
/// Nothing changes here; only the confirmation's button does (<see cref="ConfirmShareAction"/>). Members who may
/// manage the account's shares only: a guest is refused before anything is looked up.
/// </summary>
internal sealed class SharePlanner(ShareTargetFinder targets, ShareService shares)
{
    public async Task<JsonObject> PlanAsync(Caller caller, ShareDraft draft, CardContext context, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.IsInternal(caller))
        {
            return ErrorCardBuilder.Build(CrmError.Forbidden(), context);
        }

        var target = await targets.FindAsync(caller, draft, context, cancellationToken).ConfigureAwait(false);
        if (target.Answer is { } answer)
        {
            return answer;
        }

        var card = target.Card!;
        var organizations = await shares.PartnerOrganizationsAsync(caller, card.Account.Id, cancellationToken).ConfigureAwait(false);
        if (!organizations.IsSuccess)
        {
            return ErrorCardBuilder.Build(organizations.Error!, context);
        }

        var resolved = draft with { AccountId = card.Account.Id, DealId = target.Deal?.Id };
        var organization = SharePartners.Find(organizations.Value!, resolved, context, out var choice);
        if (organization is null)
        {
            return choice!;
        }

        var shown = card.Shares.FirstOrDefault(s => s.PartnerOrganizationId == organization.Id && s.DealId == target.Deal?.Id);
        var proposal = new ShareProposal(
            card.Account.Id, card.Account.Name, target.Deal?.Id, target.Deal?.Title, organization.Id, organization.Name, draft.Level, shown?.Level, ShareSeen.Of(shown).Token);
        return Next(proposal, resolved with { PartnerId = organization.Id }, context);
    }

    private static JsonObject Next(ShareProposal proposal, ShareDraft draft, CardContext context)
    {
        var text = new CardText(context);
        var what = ShareCardBuilder.What(proposal, text);
        if (draft.Remove)
        {
            return proposal.Current is null
                ? ShareCardBuilder.Message(text.Format("Share.NotShared", what, proposal.PartnerName), context)
                : ShareCardBuilder.Confirm(proposal with { Level = null }, context);
        }

        if (draft.Level is null)
        {
            return ShareCardBuilder.LevelChoice(proposal, draft, context);
        }

        return proposal.Current == draft.Level
            ? ShareCardBuilder.Message(text.Format("Share.AlreadyAtLevel", what, proposal.PartnerName, ShareCardBuilder.LevelName(draft.Level.Value, text)), context)
            : ShareCardBuilder.Confirm(proposal, context);
    }
}
