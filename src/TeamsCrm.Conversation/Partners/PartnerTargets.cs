using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Partners;

/// <summary>What a partner command names: the organisation (by name, exact or a unique start; read as it is now) and the person (a mention, or one directory match).</summary>
internal sealed class PartnerTargets(PartnerOrganizationService partners, IPeopleDirectory people)
{
    public async Task<PartnerOrganization?> OrganizationAsync(Caller caller, string? phrase, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var all = await partners.ListAsync(caller, cancellationToken).ConfigureAwait(false);
        var folded = MatchText.Fold(phrase.Trim());
        var exact = all.Where(o => MatchText.Fold(o.Name) == folded).ToArray();
        var starting = all.Where(o => !o.IsArchived && MatchText.Fold(o.Name).StartsWith(folded, StringComparison.Ordinal)).ToArray();
        var match = exact.Length == 1 ? exact[0] : starting.Length == 1 ? starting[0] : null;

        // As it is now (one point read; the list may be kept up to 30 s): the version a confirmation card carries, so a
        // change made elsewhere shortly before is shown rather than refused again and again.
        return match is null ? null : (await partners.GetAsync(caller, match.Id, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>The person to add: the mentioned one, else the one directory match (guests preferred); null when none or several.</summary>
    public async Task<Person?> PersonAsync(Caller caller, Recognition said, CancellationToken cancellationToken)
    {
        if (said.RecipientUserId is { } userId)
        {
            return await people.GetAsync(caller.TenantId, userId, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(said.RecipientPhrase))
        {
            return null;
        }

        var found = await people.FindAsync(caller.TenantId, said.RecipientPhrase, 5, cancellationToken).ConfigureAwait(false);
        var guests = found.Where(CallerResolver.IsGuest).ToArray();
        return found.Count == 1 ? found[0] : guests.Length == 1 ? guests[0] : null;
    }

    /// <summary>The member of <paramref name="organization"/> the command names (mention, or a unique name start).</summary>
    public static PersonRef? Member(PartnerOrganization organization, Recognition said)
    {
        if (said.RecipientUserId is { } userId)
        {
            return organization.Members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
        }

        var folded = MatchText.Fold(said.RecipientPhrase?.Trim() ?? string.Empty);
        var matching = organization.Members.Where(m => folded.Length > 0 && MatchText.Fold(m.DisplayName).StartsWith(folded, StringComparison.Ordinal)).ToArray();
        return matching.Length == 1 ? matching[0] : null;
    }
}
