namespace TeamsCrm.Core.CustomerCards;

/// <summary>
/// Where an account's page opens for a person (the host's tab, reached by a deep link): in the given place when
/// the account has a page there, else the person's own page of it; null when the host has no such page configured, and
/// surfaces then offer no link.
/// </summary>
public interface IAccountPageLinks
{
    Uri? PageOf(string tenantId, string accountId, AccountPagePlace? place = null);
}
