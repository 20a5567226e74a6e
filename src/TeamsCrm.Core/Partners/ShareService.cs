using TeamsCrm.Core.Access;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Core.Partners;

/// <summary>Shares accounts and deals with partner organisations, and takes shares back.</summary>
public sealed class ShareService(IAccountStore store, IPartnerDirectory partners, TimeProvider time)
{
    private readonly AuditTrail audit = new(time);

    /// <summary>Shares the account (or one deal of it) with an organisation; sharing again changes the level.</summary>
    public async Task<CrmResult<Share>> ShareAsync(Caller caller, string accountId, string partnerOrganizationId, ShareLevel level, string? dealId = null, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        if (!access.Can(CrmAction.ManageShares))
        {
            return CrmError.Forbidden();
        }

        if (new InputCheck().Defined("level", level).ToError() is { } invalid)
        {
            return invalid;
        }

        var organization = await partners.GetIfExistsAsync(caller.TenantId, partnerOrganizationId, cancellationToken);
        if (organization is null || (dealId is not null && partition.FindDeal(dealId) is null))
        {
            return CrmError.Rule(ErrorCodes.ShareTargetMissing);
        }

        var existing = partition.Shares.FirstOrDefault(s => s.PartnerOrganizationId == organization.Id && s.DealId == dealId);
        var share = new Share
        {
            AccountId = partition.Account.Id,
            DealId = dealId,
            PartnerOrganizationId = organization.Id,
            PartnerOrganizationName = organization.Name,
            Level = level,
            SharedBy = caller.AsPerson(),
            SharedAt = time.GetUtcNow(),
        };
        var changes = existing is null ? new ChangeSet().Insert(share) : new ChangeSet().Update(existing, share);
        changes.Record(audit.Entry(caller, share.AccountId, "Shared", "Share", ShareKeys.For(share), existing, share));
        return await ChangeCommitter.CommitAsync(
            store, caller, share.AccountId, changes,
            versions => share with { Version = versions[0] },
            async ct => await store.GetRecordIfExistsAsync<Share>(caller.TenantId, share.AccountId, ShareKeys.For(share), ct),
            cancellationToken);
    }

    public async Task<CrmResult<Share>> UnshareAsync(Caller caller, string accountId, string partnerOrganizationId, string? dealId = null, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        if (!access.Can(CrmAction.ManageShares))
        {
            return CrmError.Forbidden();
        }

        var existing = partition.Shares.FirstOrDefault(s => s.PartnerOrganizationId == partnerOrganizationId && s.DealId == dealId);
        if (existing is null)
        {
            return CrmError.NotFound();
        }

        var changes = new ChangeSet()
            .Delete(existing)
            .Record(audit.Entry(caller, existing.AccountId, "Unshared", "Share", ShareKeys.For(existing), existing, null));
        return await ChangeCommitter.CommitAsync(
            store, caller, existing.AccountId, changes,
            _ => existing,
            async ct => await store.GetRecordIfExistsAsync<Share>(caller.TenantId, existing.AccountId, ShareKeys.For(existing), ct),
            cancellationToken);
    }
}
