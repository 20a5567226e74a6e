namespace TeamsCrm.Core.Contacts;

/// <summary>Use cases of contacts. Creating a contact whose email or name already exists at the account suggests it instead.</summary>
public sealed partial class ContactService(IAccountStore store, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<Contact>> CreateAsync(Caller caller, string accountId, ContactInput input, bool allowSimilar = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageContacts, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var partition = gate.Value.Partition;
        var similar = partition.Contacts.Where(c => IsSimilar(c, input)).ToArray();
        if (!allowSimilar && similar.Length > 0)
        {
            return new CrmError(CrmErrorKind.RuleViolation, ErrorCodes.DuplicateSuspected, [], similar);
        }

        var now = time.GetUtcNow();
        var blank = new Contact { Id = CrmIds.New(time), AccountId = partition.Account.Id, FirstName = input.FirstName, LastName = input.LastName, CreatedAt = now, UpdatedAt = now };
        var contact = input.ApplyTo(blank, now);
        var changes = new ChangeSet()
            .Insert(contact)
            .Record(_audit.Entry(caller, contact.AccountId, "Created", "Contact", contact.Id, null, contact));
        return await ChangeCommitter.CommitNewAsync(store, caller, contact.AccountId, changes, version => contact with { Version = version }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrmResult<Contact>> UpdateAsync(Caller caller, string accountId, string contactId, ContactInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var before = partition.Contacts.FirstOrDefault(c => c.Id == contactId);
        if (before is null || !access.Can(CrmAction.ViewContacts))
        {
            return CrmError.NotFound();
        }

        if (!access.Can(CrmAction.ManageContacts))
        {
            return CrmError.Forbidden();
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var after = input.ApplyTo(before, time.GetUtcNow());
        var changes = new ChangeSet()
            .Update(before, after)
            .Record(_audit.Entry(caller, before.AccountId, "Updated", "Contact", before.Id, before, after));
        return await ChangeCommitter.CommitUpdateAsync<Contact>(
            store, caller, before.AccountId, before.Id, changes, version => after with { Version = version }, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsSimilar(Contact existing, ContactInput input) =>
        (!string.IsNullOrWhiteSpace(input.Email) && string.Equals(existing.Email, input.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        || (Search.NameFolding.Fold(existing.FullName) == Search.NameFolding.Fold($"{input.FirstName} {input.LastName}"));
}
