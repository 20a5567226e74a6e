using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// Manages the tenant's partner organisations: create, rename, add and remove guest members, archive. Only CRM
/// administrators change them (<see cref="AccessPolicy.CanManagePartnerOrganizations"/>); members of the tenant read
/// them; for a guest they do not exist. Every change is written with its entry in the tenant-level partner audit trail
/// in one transaction, under optimistic concurrency (a change that lost a race is re-applied to the new state, a few
/// times). Bad input changes nothing and says why.
/// </summary>
public sealed partial class PartnerOrganizationService(
    IPartnerDirectory partners, IPeopleDirectory people, PartnerMemberRemoval removal, ISharingVersion sharing, TimeProvider time)
{
    public const int MaxNameLength = 100;
    public const int MaxEmailDomains = 10;
    internal const int Attempts = 3;

    private readonly AuditTrail _audit = new(time);

    /// <summary>The tenant's organisations, archived last, by name; empty for a guest.</summary>
    public async Task<IReadOnlyList<PartnerOrganization>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.CanSeePartnerOrganizations(caller))
        {
            return [];
        }

        var all = await partners.ListAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return [.. all.OrderBy(o => o.IsArchived).ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<CrmResult<PartnerOrganization>> GetAsync(Caller caller, string organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var organization = AccessPolicy.CanSeePartnerOrganizations(caller)
            ? await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false)
            : null;
        return organization is null ? CrmError.NotFound() : organization;
    }

    public async Task<CrmResult<PartnerOrganization>> CreateAsync(Caller caller, string name, IReadOnlyList<string>? emailDomains = null, CancellationToken cancellationToken = default)
    {
        var domains = (emailDomains ?? []).Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).Distinct().ToArray();
        var denied = Deny(caller) ?? CheckName(name) ?? CheckDomains(domains);
        if (denied is not null)
        {
            return denied;
        }

        if (await NameTakenAsync(caller, name.Trim(), null, cancellationToken).ConfigureAwait(false))
        {
            return CrmError.Rule(ErrorCodes.PartnerNameTaken);
        }

        var organization = new PartnerOrganization(CrmIds.New(time), name.Trim(), domains);
        var audit = _audit.Entry(caller, string.Empty, "PartnerOrganizationCreated", AuditKind, organization.Id, null, organization);
        return await partners.SaveAsync(caller.TenantId, organization, audit, cancellationToken).ConfigureAwait(false);
    }

    public Task<CrmResult<PartnerOrganization>> RenameAsync(Caller caller, string organizationId, string name, CancellationToken cancellationToken = default) =>
        RenameAsync(caller, organizationId, name, null, cancellationToken);

    /// <summary>Renames the organisation if it is still at <paramref name="expectedVersion"/> (null: whatever it is now).</summary>
    public async Task<CrmResult<PartnerOrganization>> RenameAsync(Caller caller, string organizationId, string name, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var denied = Deny(caller) ?? CheckName(name);
        if (denied is not null)
        {
            return denied;
        }

        if (await NameTakenAsync(caller, name.Trim(), organizationId, cancellationToken).ConfigureAwait(false))
        {
            return CrmError.Rule(ErrorCodes.PartnerNameTaken);
        }

        return await ChangeAsync(caller, organizationId, "PartnerOrganizationRenamed", o => o with { Name = name.Trim() }, cancellationToken, expectedVersion: expectedVersion).ConfigureAwait(false);
    }

    /// <summary>Archives the organisation: its guests see nothing any more; its shares stay for the record.</summary>
    public Task<CrmResult<PartnerOrganization>> ArchiveAsync(Caller caller, string organizationId, CancellationToken cancellationToken = default) =>
        ArchiveAsync(caller, organizationId, null, cancellationToken);

    /// <summary>Archives the organisation if it is still at <paramref name="expectedVersion"/> (null: whatever it is now).</summary>
    public Task<CrmResult<PartnerOrganization>> ArchiveAsync(Caller caller, string organizationId, string? expectedVersion, CancellationToken cancellationToken = default) =>
        Deny(caller) is { } denied
            ? Task.FromResult<CrmResult<PartnerOrganization>>(denied)
            : ChangeAsync(caller, organizationId, "PartnerOrganizationArchived", o => o with { IsArchived = true }, cancellationToken, expectedVersion: expectedVersion);

    /// <summary>The newest changes of partner organisations, for members of the tenant; empty for a guest.</summary>
    public async Task<IReadOnlyList<Audit.AuditEntry>> AuditAsync(Caller caller, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AccessPolicy.CanSeePartnerOrganizations(caller)
            ? await partners.AuditAsync(caller.TenantId, Math.Clamp(take, 1, 100), cancellationToken).ConfigureAwait(false)
            : [];
    }

    private const string AuditKind = "PartnerOrganization";

    /// <summary>Null when <paramref name="caller"/> may manage organisations; else why not (a guest learns nothing).</summary>
    private static CrmError? Deny(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGuest ? CrmError.NotFound()
            : AccessPolicy.CanManagePartnerOrganizations(caller) ? null
            : new CrmError(CrmErrorKind.Forbidden, ErrorCodes.PartnerAdminsOnly, []);
    }

    private static CrmError? CheckName(string? name) => new InputCheck().Required("name", name?.Trim(), MaxNameLength).ToError();

    private static CrmError? CheckDomains(IReadOnlyList<string> domains)
    {
        var check = new InputCheck().Count("domains", domains, MaxEmailDomains);
        return check.ToError() ?? (domains.All(IsDomain) ? null : CrmError.Invalid([new FieldError("domains", ErrorCodes.InvalidDomain)]));
    }

    private static bool IsDomain(string domain) =>
        domain.Length <= 253 && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
        && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');

    private async Task<bool> NameTakenAsync(Caller caller, string name, string? exceptId, CancellationToken cancellationToken)
    {
        var all = await partners.ListAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return all.Any(o => !o.IsArchived && o.Id != exceptId && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
