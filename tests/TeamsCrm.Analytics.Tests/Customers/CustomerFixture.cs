namespace TeamsCrm.Analytics.Tests.Customers;

internal static class CustomerFixture
{
    public static readonly DateTimeOffset AsOf = Fixture.At("2026-06-15");

    /// <summary>A deal won <paramref name="daysAgo"/> days before <see cref="AsOf"/>.</summary>
    public static DealFact Won(string account, int daysAgo, decimal amount, string currency = "EUR", params ProductLine[] products) => new()
    {
        Id = $"{account}-{daysAgo}",
        AccountId = account,
        OwnerId = "A",
        Stage = DealStage.Won,
        Amount = amount,
        Currency = currency,
        CreatedAt = AsOf.AddDays(-daysAgo - 30),
        ClosedAt = AsOf.AddDays(-daysAgo),
        Products = products,
    };

    public static AccountFact Account(string id) => new() { Id = id };
}
