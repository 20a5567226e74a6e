namespace TeamsCrm.Core.Partners;

/// <summary>The organisations as a caller may see them (<see cref="AccessPolicy.PartnerOrganizationFor"/>): members all of them, a partner only their own, redacted.</summary>
public sealed partial class PartnerOrganizationService
{
    /// <summary>Members: every organisation (archived last, by name). A guest: their own active organisation, name only; nothing for a guest in none.</summary>
    public async Task<IReadOnlyList<PartnerOrganization>> ListVisibleAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsGuest)
        {
            return await ListAsync(caller, cancellationToken).ConfigureAwait(false);
        }

        return caller.PartnerOrganizationId is { } own && (await GetVisibleAsync(caller, own, cancellationToken).ConfigureAwait(false)) is { IsSuccess: true } visible
            ? [visible.Value]
            : [];
    }

    /// <summary>One organisation as <paramref name="caller"/> may see it; "not found" for any other (a guest: every organisation but their own).</summary>
    public async Task<CrmResult<PartnerOrganization>> GetVisibleAsync(Caller caller, string organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var organization = string.IsNullOrEmpty(organizationId) ? null : await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false);
        return organization is not null && AccessPolicy.PartnerOrganizationFor(caller, organization) is { } visible ? visible : CrmError.NotFound();
    }

    /// <summary>The newest changes of partner organisations and CRM administrators in words' parts, for members; empty for a guest.</summary>
    public async Task<IReadOnlyList<PartnerHistoryEntry>> HistoryAsync(Caller caller, int take, CancellationToken cancellationToken = default) =>
        [.. (await AuditAsync(caller, take, cancellationToken).ConfigureAwait(false)).Select(PartnerHistoryEntry.From)];
}
