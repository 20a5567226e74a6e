namespace TeamsCrm.Core.Deals;

/// <summary>
/// A product on a deal: the catalog product, how many and at what unit price (in the deal's currency). Line items do
/// not add up into <see cref="Deal.Amount"/>: the amount stays as entered (a negotiated total), the lines say what the
/// deal is about and feed the product analytics.
/// </summary>
public sealed record DealLineItem(string ProductId, decimal Quantity, decimal UnitPrice)
{
    public decimal Total => Quantity * UnitPrice;
}
