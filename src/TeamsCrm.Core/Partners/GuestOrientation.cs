using TeamsCrm.Core.People;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// Orients a guest: what is shared with their organisation (from the partner share index, each entry verified against
/// the account's own shares), and — for a guest in no organisation — whom to ask: one CRM administrator by name.
/// </summary>
public sealed class GuestOrientation(ICrmSettingsStore settings, IPeopleDirectory people, IPartnerDirectory partners, ICrmIndex index, IAccountStore store)
{
    /// <summary>At most this many shared accounts are read for a welcome.</summary>
    public const int MaxAccounts = 25;

    /// <summary>The display name of the tenant's first CRM administrator whose name is known, or null when none is configured.</summary>
    public async Task<string?> WhomToAskAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var tenantSettings = await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
        foreach (var admin in tenantSettings.Admins)
        {
            if (!string.IsNullOrWhiteSpace(admin.DisplayName))
            {
                return admin.DisplayName;
            }

            var person = await people.GetAsync(tenantId, admin.UserId, cancellationToken).ConfigureAwait(false);
            if (person is { IsGuest: false } && !string.IsNullOrWhiteSpace(person.DisplayName))
            {
                return person.DisplayName;
            }
        }

        return null;
    }

    /// <summary>The welcome for <paramref name="guest"/> (a member gets an empty one: nothing is shared "with" them).</summary>
    public async Task<GuestWelcome> WelcomeAsync(Caller guest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guest);
        var organization = guest is { IsGuest: true, PartnerOrganizationId: { } id }
            ? await partners.GetIfExistsAsync(guest.TenantId, id, cancellationToken).ConfigureAwait(false)
            : null;
        if (organization is null || organization.IsArchived)
        {
            return new GuestWelcome(null, [], [], null, guest.IsGuest ? await WhomToAskAsync(guest.TenantId, cancellationToken).ConfigureAwait(false) : null);
        }

        var entries = await index.ListPartnerSharesAsync(guest.TenantId, organization.Id, cancellationToken).ConfigureAwait(false);
        var accounts = new List<string>();
        var deals = new List<string>();
        ShareLevel? highest = null;
        foreach (var accountId in entries.Select(e => e.AccountId).Distinct(StringComparer.Ordinal).Take(MaxAccounts))
        {
            var visible = await VisibleAccount.LoadAsync(store, guest, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            if (!visible.IsSuccess)
            {
                continue; // A stale index entry: the account's own shares decide.
            }

            var partition = visible.Value.Partition;
            var shares = partition.Shares.Where(s => s.PartnerOrganizationId == organization.Id).ToArray();
            highest = shares.Select(s => (ShareLevel?)s.Level).Append(highest).Max();
            if (shares.Any(s => s.IsAccountShare))
            {
                accounts.Add(partition.Account.Name);
            }
            else
            {
                deals.AddRange(partition.Deals.Where(d => visible.Value.Access.CanSeeDeal(d.Id)).Select(d => d.Title));
            }
        }

        return new GuestWelcome(organization.Name, [.. accounts.Order(StringComparer.CurrentCulture)], [.. deals.Order(StringComparer.CurrentCulture)], highest, null);
    }
}
