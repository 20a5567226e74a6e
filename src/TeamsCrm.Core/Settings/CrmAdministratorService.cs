using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Settings;

/// <summary>
/// Who the tenant's CRM administrators are (<see cref="CrmSettings.Admins"/>): every member reads the list; an
/// administrator adds a member of the tenant from the people directory or removes one — never the last — each change
/// audited in the tenant's partner audit trail and saved under optimistic concurrency (a change that lost a race is
/// applied again to what is stored then). For a guest the list does not exist. Bad input changes nothing and says why.
/// </summary>
public sealed class CrmAdministratorService(ICrmSettingsStore settings, ICrmSettingsChanges changes, IPeopleDirectory people, TimeProvider time)
{
    public const int MaxAdmins = 20;
    public const string AuditKind = "CrmSettings";
    public const string Added = "CrmAdminAdded";
    public const string Removed = "CrmAdminRemoved";
    private const int Attempts = 3;

    private readonly AuditTrail _audit = new(time);

    /// <summary>The administrators with their names from the directory (the configuration's bootstrap stores none).</summary>
    public async Task<CrmResult<IReadOnlyList<PersonRef>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.CanSeePartnerOrganizations(caller))
        {
            return CrmError.NotFound();
        }

        var admins = (await settings.GetAsync(caller.TenantId, cancellationToken).ConfigureAwait(false)).Admins;
        var named = await Task.WhenAll(admins.Select(a => NamedAsync(caller.TenantId, a, cancellationToken))).ConfigureAwait(false);
        return named;
    }

    public async Task<CrmResult<IReadOnlyList<PersonRef>>> AddAsync(Caller caller, string userId, CancellationToken cancellationToken = default)
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

        if (CallerResolver.IsGuest(person))
        {
            return CrmError.Rule(ErrorCodes.CrmAdminNotMember);
        }

        return await ChangeAsync(caller, Added, person.UserId, s =>
            s.IsAdmin(person.UserId) ? CrmError.Rule(ErrorCodes.CrmAdminAlready)
            : s.Admins.Count >= MaxAdmins ? CrmError.Invalid([new FieldError("userId", ErrorCodes.TooMany, MaxAdmins)])
            : s with { Admins = [.. s.Admins, new PersonRef(person.UserId, person.DisplayName)] },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrmResult<IReadOnlyList<PersonRef>>> RemoveAsync(Caller caller, string userId, CancellationToken cancellationToken = default)
    {
        if (Deny(caller) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(caller, Removed, userId, s =>
            !s.IsAdmin(userId) ? CrmError.Rule(ErrorCodes.CrmAdminNotListed)
            : s.Admins.Count == 1 ? CrmError.Rule(ErrorCodes.CrmAdminLast)
            : s with { Admins = [.. s.Admins.Where(a => !string.Equals(a.UserId, userId, StringComparison.OrdinalIgnoreCase))] },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<CrmResult<IReadOnlyList<PersonRef>>> ChangeAsync(
        Caller caller, string action, string userId, Func<CrmSettings, CrmResult<CrmSettings>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await changes.GetCurrentAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
            if (!current.IsAdmin(caller.UserId))
            {
                return new CrmError(CrmErrorKind.Forbidden, ErrorCodes.CrmAdminsOnly, []); // no longer one, whatever the open page thinks
            }

            var changed = change(current);
            if (!changed.IsSuccess)
            {
                return changed.Error;
            }

            var audit = _audit.Entry(caller, string.Empty, action, AuditKind, userId, current with { Version = null }, changed.Value with { Version = null });
            try
            {
                await changes.SaveAsync(caller.TenantId, changed.Value, audit, cancellationToken).ConfigureAwait(false);
                return await ListAsync(caller, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Another administrator changed the list meanwhile: apply this change to what is stored now.
            }
        }
    }

    /// <summary>Null when <paramref name="caller"/> may change the administrators; else why not (a guest learns nothing).</summary>
    private static CrmError? Deny(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGuest ? CrmError.NotFound()
            : AccessPolicy.CanManageCrmAdministrators(caller) ? null
            : new CrmError(CrmErrorKind.Forbidden, ErrorCodes.CrmAdminsOnly, []);
    }

    private async Task<PersonRef> NamedAsync(string tenantId, PersonRef admin, CancellationToken cancellationToken) =>
        admin.DisplayName.Length > 0 ? admin
        : await people.GetAsync(tenantId, admin.UserId, cancellationToken).ConfigureAwait(false) is { } person ? new PersonRef(person.UserId, person.DisplayName)
        : admin;
}
