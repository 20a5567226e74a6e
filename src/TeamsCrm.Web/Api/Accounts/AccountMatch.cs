using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Web.Api.Accounts;

/// <summary>An account found by name (a search result, or an existing account with the name of one being created).</summary>
public sealed record AccountMatch(string Id, string Name, string? Industry, string? City)
{
    public static AccountMatch From(AccountSearchHit hit) => new(hit.AccountId, hit.Name, hit.Industry, hit.City);
}
