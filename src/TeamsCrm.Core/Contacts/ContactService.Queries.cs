namespace TeamsCrm.Core.Contacts;

/// <summary>Reading contacts: one by id, and an account's contacts page by page (in the order they were created).</summary>
public sealed partial class ContactService
{
    /// <summary>One contact; NotFound when the caller may not see the account's contacts (a partner with a deal share only).</summary>
    public async Task<CrmResult<Contact>> GetAsync(Caller caller, string accountId, string contactId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var contact = loaded.Value.Partition.Contacts.FirstOrDefault(c => c.Id == contactId);
        return contact is not null && loaded.Value.Access.Can(CrmAction.ViewContacts) ? contact : CrmError.NotFound();
    }

    /// <summary>The account's contacts the caller may see (none for a partner with a deal share only).</summary>
    public async Task<CrmResult<Page<Contact>>> ListAsync(Caller caller, string accountId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var loaded = await Paging.LoadAccountAsync(store, caller, accountId, page, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var contacts = loaded.Value.Access.Can(CrmAction.ViewContacts) ? loaded.Value.Partition.Contacts : [];
        return Paging.Take(contacts.OrderBy(c => c.Id, StringComparer.Ordinal), c => c.Id, page);
    }
}
