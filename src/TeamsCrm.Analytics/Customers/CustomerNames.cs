using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The names the kept lists show, read when they are computed (so reading a list reads no account): accounts (name
/// and owner, from the index), open deals (title) and contacts (full name), by id.
/// </summary>
public sealed record CustomerNames(
    IReadOnlyDictionary<string, AccountSummaryEntry> Accounts,
    IReadOnlyDictionary<string, string> Deals,
    IReadOnlyDictionary<string, string> Contacts);
