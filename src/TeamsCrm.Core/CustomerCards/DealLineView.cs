namespace TeamsCrm.Core.CustomerCards;

/// <summary>A deal's line as one viewer may see it: <see cref="UnitPrice"/> is null for partners.</summary>
public sealed record DealLineView(string ProductId, decimal Quantity, decimal? UnitPrice);
