using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Core.Accounts;

/// <summary>Use cases of accounts: create, update, and the customer card.</summary>
public sealed partial class AccountService(IAccountStore store, AccountSearch search, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<CustomerCard>> GetCustomerCardAsync(Caller caller, string accountId, CancellationToken cancellationToken = default)
    {
        var slice = new PartitionSlice(CustomerCardAssembler.CommentLimit, CustomerCardAssembler.InteractionLimit, SharedCommentsOnly: false);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, slice, cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess
            ? CustomerCardAssembler.Assemble(loaded.Value.Partition, loaded.Value.Access)
            : loaded.Error;
    }

    /// <summary>The account's name, for a caller who may see the account: the core rows only, not the whole card.</summary>
    public async Task<CrmResult<string>> GetNameAsync(Caller caller, string accountId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess ? loaded.Value.Partition.Account.Name : loaded.Error;
    }

    /// <summary>
    /// Creates an account. When accounts with the same name exist and <paramref name="allowSimilarName"/>
    /// is false, nothing is written and the error carries the existing matches to choose from.
    /// </summary>
    public async Task<CrmResult<Account>> CreateAsync(Caller caller, AccountInput input, bool allowSimilarName = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (!AccessPolicy.CanCreateAccounts(caller))
        {
            return CrmError.Forbidden();
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        if (!allowSimilarName)
        {
            var similar = await search.FindSameNameAsync(caller, input.Name, cancellationToken).ConfigureAwait(false);
            if (similar.Count > 0)
            {
                return new CrmError(CrmErrorKind.RuleViolation, ErrorCodes.DuplicateSuspected, [], similar);
            }
        }

        var now = time.GetUtcNow();
        var blank = new Account { Id = CrmIds.New(time), Name = input.Name, Owner = caller.AsPerson(), CreatedAt = now, UpdatedAt = now };
        var account = input.ApplyTo(blank, caller.AsPerson(), now);
        var changes = new ChangeSet()
            .Insert(account)
            .Record(_audit.Entry(caller, account.Id, "Created", "Account", account.Id, null, account));
        var versions = await store.CommitAsync(caller.TenantId, account.Id, changes, cancellationToken).ConfigureAwait(false);
        return account with { Version = versions[0] };
    }

    public async Task<CrmResult<Account>> UpdateAsync(Caller caller, string accountId, AccountInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.UpdateAccount, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var before = gate.Value.Partition.Account;
        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var after = input.ApplyTo(before, before.Owner, time.GetUtcNow());
        var changes = new ChangeSet()
            .Update(before, after)
            .Record(_audit.Entry(caller, before.Id, "Updated", "Account", before.Id, before, after));
        return await ChangeCommitter.CommitAsync(
            store, caller, before.Id, changes,
            versions => after with { Version = versions[0] },
            async ct => await store.GetAccountIfExistsAsync(caller.TenantId, before.Id, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }
}
