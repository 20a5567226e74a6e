using TeamsCrm.Core.Access;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Partners;

/// <summary>
/// "partners", "create partner organisation X", "add Pat to X", "remove Pat from X", "rename X to Y", "archive X" (and
/// German): CRM administrators manage partner organisations from the chat; removing a guest and archiving ask for
/// confirmation first (<see cref="PartnerOrganizationActions"/>). Every change is made to the organisation as the command
/// found it (its version): one changed meanwhile is shown as it is now, unchanged. Other members may list them; for a
/// guest they do not exist.
/// </summary>
internal sealed class PartnerOrganizationsHandler(PartnerOrganizationService partners, PartnerTargets targets) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } =
    [
        Intent.PartnerOrganizations, Intent.CreatePartnerOrganization, Intent.AddPartnerMember,
        Intent.RemovePartnerMember, Intent.RenamePartnerOrganization, Intent.ArchivePartnerOrganization,
    ];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (caller, context, said) = (turn.Caller, turn.Context, turn.Recognition);
        if (caller.IsGuest)
        {
            return Public(Say(context, "Turn.Unknown"), HelpCardBuilder.Build(context, forGuest: true));
        }

        if (said.Intent == Intent.PartnerOrganizations)
        {
            return Reply(PartnerCards.List(context, await partners.ListAsync(caller, cancellationToken).ConfigureAwait(false)));
        }

        if (!AccessPolicy.CanManagePartnerOrganizations(caller))
        {
            return Failed(new CrmError(CrmErrorKind.Forbidden, ErrorCodes.PartnerAdminsOnly, []), context);
        }

        if (said.Intent == Intent.CreatePartnerOrganization)
        {
            var created = await partners.CreateAsync(caller, said.NewName ?? string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
            return created.IsSuccess ? Reply(Say(context, "Turn.Partners.Created", created.Value.Name)) : Failed(created.Error, context);
        }

        if (await targets.OrganizationAsync(caller, said.OrganizationPhrase, cancellationToken).ConfigureAwait(false) is not { } organization)
        {
            return Reply(Say(context, "Turn.Partners.NoSuchOrganization", said.OrganizationPhrase ?? string.Empty));
        }

        return said.Intent switch
        {
            Intent.AddPartnerMember => await AddAsync(turn, organization, cancellationToken).ConfigureAwait(false),
            Intent.RemovePartnerMember => PartnerTargets.Member(organization, said) is { } member
                ? Reply(PartnerCards.ConfirmRemove(context, organization, member))
                : Reply(Say(context, "Turn.Partners.NotAMember", said.RecipientPhrase ?? string.Empty, organization.Name)),
            Intent.RenamePartnerOrganization => await RenameAsync(turn, organization, cancellationToken).ConfigureAwait(false),
            _ => Reply(PartnerCards.ConfirmArchive(context, organization)),
        };
    }

    private async Task<TurnOutcome> AddAsync(MessageTurn turn, PartnerOrganization organization, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await targets.PersonAsync(turn.Caller, turn.Recognition, cancellationToken).ConfigureAwait(false) is not { } person)
        {
            return Reply(Say(context, "Turn.Partners.NoSuchPerson", turn.Recognition.RecipientPhrase ?? string.Empty));
        }

        var added = await partners.AddMemberAsync(turn.Caller, organization.Id, person.UserId, organization.Version, cancellationToken).ConfigureAwait(false);
        return added.IsSuccess ? Reply(Say(context, "Turn.Partners.MemberAdded", person.DisplayName, organization.Name)) : Failed(added.Error, context);
    }

    private async Task<TurnOutcome> RenameAsync(MessageTurn turn, PartnerOrganization organization, CancellationToken cancellationToken)
    {
        var renamed = await partners.RenameAsync(turn.Caller, organization.Id, turn.Recognition.NewName ?? string.Empty, organization.Version, cancellationToken).ConfigureAwait(false);
        return renamed.IsSuccess
            ? Reply(Say(turn.Context, "Turn.Partners.Renamed", organization.Name, renamed.Value.Name))
            : Failed(renamed.Error, turn.Context);
    }

    private static TurnOutcome Failed(CrmError error, CardContext context) => Reply(PartnerCards.Failure(error, context));
}
