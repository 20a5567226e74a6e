using TeamsCrm.Core.Access;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The customer insights' shared gate (<see cref="AccessPolicy.CanSeeCustomerInsights"/>): a guest is forbidden before
/// anything is read, whatever they ask; a list's size is checked; an account is loaded as the caller may see it (one
/// that does not exist, or is another tenant's, is not found).
/// </summary>
internal static class CustomerInsightsAccess
{
    /// <summary>Why a list may not be answered (a guest, or <paramref name="top"/> outside 1…<paramref name="maxTop"/>); null when it may.</summary>
    public static CrmError? ListRefusal(Caller caller, int top, int maxTop)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return !AccessPolicy.CanSeeCustomerInsights(caller) ? CrmError.Forbidden()
            : top < 1 || top > maxTop ? CrmError.Invalid([new FieldError("top", ErrorCodes.OutOfRange, maxTop)])
            : null;
    }

    /// <summary>The account's partition for a member (forbidden for a guest, not found when it does not exist).</summary>
    public static async Task<CrmResult<AccountPartition>> LoadAccountAsync(IAccountStore accounts, Caller caller, string accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.CanSeeCustomerInsights(caller))
        {
            return CrmError.Forbidden();
        }

        var visible = await VisibleAccount.LoadAsync(accounts, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        return visible.IsSuccess ? visible.Value!.Partition : visible.Error!;
    }
}
