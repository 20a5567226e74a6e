namespace TeamsCrm.Core.Partners;

/// <summary>
/// One change of an organisation under optimistic concurrency: read, change, save with its audit entry; on a lost race,
/// again — unless the caller named the version they saw (If-Match), then Conflict with the organisation as it is now.
/// </summary>
public sealed partial class PartnerOrganizationService
{
    private async Task<CrmResult<PartnerOrganization>> ChangeAsync(
        Caller caller, string organizationId, string action, Func<PartnerOrganization, CrmResult<PartnerOrganization>> change,
        CancellationToken cancellationToken, bool allowArchived = false, string? expectedVersion = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return CrmError.NotFound();
            }

            if (expectedVersion is not null && current.Version != expectedVersion)
            {
                return CrmError.Conflict(current); // The caller changes what they saw, or nothing.
            }

            if (current.IsArchived && !allowArchived)
            {
                return CrmError.Rule(ErrorCodes.PartnerArchived);
            }

            var changed = change(current);
            if (!changed.IsSuccess)
            {
                return changed.Error;
            }

            var audit = _audit.Entry(caller, string.Empty, action, AuditKind, current.Id, current with { Version = null }, changed.Value with { Version = null });
            try
            {
                var saved = await partners.SaveAsync(caller.TenantId, changed.Value, audit, cancellationToken).ConfigureAwait(false);
                await sharing.BumpAsync(caller.TenantId, CancellationToken.None).ConfigureAwait(false); // guests' views may change: tell the other instances
                return saved;
            }
            catch (ConcurrencyException) when (attempt < Attempts && expectedVersion is null)
            {
                // Someone changed the organisation (or took a new member) meanwhile: apply the change to what is there now.
            }
            catch (ConcurrencyException)
            {
                return CrmError.Conflict(await partners.GetIfExistsAsync(caller.TenantId, organizationId, cancellationToken).ConfigureAwait(false));
            }
        }
    }
}
