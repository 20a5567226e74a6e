namespace TeamsCrm.Core.Accounts;

public sealed record PostalAddress(string? Street, string? PostalCode, string? City, string? Country)
{
    public static PostalAddress Empty { get; } = new(null, null, null, null);
}
