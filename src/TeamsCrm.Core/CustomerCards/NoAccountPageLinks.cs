namespace TeamsCrm.Core.CustomerCards;

/// <summary>No account page: the default until the host registers its own links.</summary>
public sealed class NoAccountPageLinks : IAccountPageLinks
{
    public static NoAccountPageLinks Instance { get; } = new();

    public Uri? PageOf(string tenantId, string accountId, AccountPagePlace? place = null) => null;
}
