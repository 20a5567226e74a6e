using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Partners;

/// <summary>Guest members: added from the people directory (guests only, one organisation each), removed with their pending handoffs, suggested by email domain.</summary>
public sealed partial class PartnerOrganizationService
{
    public Task<CrmResult<PartnerOrganization>> AddMemberAsync(Caller caller, string organizationId, string userId, CancellationToken cancellationToken = default) =>
        AddMemberAsync(caller, organizationId, userId, null, cancellationToken);

    /// <summary>Adds the guest if the organisation is still at <paramref name="expectedVersion"/> (null: whatever it is now).</summary>
    public async Task<CrmResult<PartnerOrganization>> AddMemberAsync(Caller caller, string organizationId, string userId, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (Deny(caller) is { } denied)
        {
            return denied;
        }

        var person = string.IsNullOrWhiteSpace(userId) ? null : await people.GetAsync(caller.TenantId, userId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return CrmError.Rule(ErrorCodes.PartnerMemberUnknown);
        }

        if (!CallerResolver.IsGuest(person))
        {
            return CrmError.Rule(ErrorCodes.PartnerMemberNotGuest);
        }

        var current = await partners.FindByMemberAsync(caller.TenantId, person.UserId, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Id != organizationId)
        {
            return CrmError.Rule(ErrorCodes.PartnerMemberElsewhere);
        }

        return await ChangeAsync(caller, organizationId, "PartnerMemberAdded", o =>
            o.HasMember(person.UserId) ? CrmError.Rule(ErrorCodes.PartnerMemberAlready)
            : o.Members.Count >= PartnerOrganization.MaxMembers ? CrmError.Invalid([new FieldError("userId", ErrorCodes.TooMany, PartnerOrganization.MaxMembers)])
            : o with { Members = [.. o.Members, new PersonRef(person.UserId, person.DisplayName)] },
            cancellationToken, expectedVersion: expectedVersion).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes the guest (also from an archived organisation) and their pending handoffs (<see cref="PartnerMemberRemoval"/>):
    /// the handoffs are withdrawn first, then the membership ends, then any handoff offered to them meanwhile is withdrawn
    /// too. A crash after the first step leaves a member with nothing pending (removing them again finishes the job); one
    /// after the second leaves at most a handoff offered in between, which the guest can no longer see or answer.
    /// </summary>
    public Task<CrmResult<PartnerOrganization>> RemoveMemberAsync(Caller caller, string organizationId, string userId, CancellationToken cancellationToken = default) =>
        RemoveMemberAsync(caller, organizationId, userId, null, cancellationToken);

    /// <summary>Removes the guest if the organisation is still at <paramref name="expectedVersion"/> (null: whatever it is now).</summary>
    public async Task<CrmResult<PartnerOrganization>> RemoveMemberAsync(Caller caller, string organizationId, string userId, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (Deny(caller) is { } denied)
        {
            return denied;
        }

        var current = await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false);
        var leaving = current?.Members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
        if (current is not null && (expectedVersion is null || current.Version == expectedVersion) && leaving is not null)
        {
            await removal.WithdrawHandoffsAsync(caller, leaving, cancellationToken).ConfigureAwait(false);
        }

        PersonRef? removed = null;
        var result = await ChangeAsync(caller, organizationId, "PartnerMemberRemoved", o =>
        {
            removed = o.Members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
            return removed is null ? CrmError.Rule(ErrorCodes.PartnerNotAMember) : o with { Members = [.. o.Members.Where(m => m != removed)] };
        }, cancellationToken, allowArchived: true, expectedVersion: expectedVersion).ConfigureAwait(false);
        if (result.IsSuccess && removed is not null)
        {
            await removal.WithdrawHandoffsAsync(caller, removed, cancellationToken).ConfigureAwait(false); // offered while it was being removed
        }

        return result;
    }

    /// <summary>
    /// Guests of the directory whose address is in one of the organisation's email domains and who belong to no
    /// organisation yet: a hint for whom to add, never proof. Searched by the domain, as the directory's prefix search allows.
    /// </summary>
    public async Task<CrmResult<IReadOnlyList<Person>>> SuggestMembersAsync(Caller caller, string organizationId, CancellationToken cancellationToken = default)
    {
        if (Deny(caller) is { } denied)
        {
            return denied;
        }

        var organization = await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            return CrmError.NotFound();
        }

        var suggestions = new List<Person>();
        foreach (var domain in organization.EmailDomains)
        {
            var found = await people.FindAsync(caller.TenantId, domain.Split('.')[0], 25, cancellationToken).ConfigureAwait(false);
            foreach (var person in found.Where(p => CallerResolver.IsGuest(p) && InDomain(p, domain) && suggestions.All(s => s.UserId != p.UserId)))
            {
                if (await partners.FindByMemberAsync(caller.TenantId, person.UserId, cancellationToken).ConfigureAwait(false) is null)
                {
                    suggestions.Add(person);
                }
            }
        }

        return suggestions;
    }

    private static bool InDomain(Person person, string domain) =>
        (person.Email?.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase) ?? false)
        || (person.UserPrincipalName?.Contains("_" + domain + "#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);
}
