namespace TeamsCrm.Core.Products;

/// <summary>The editable fields of a catalog product.</summary>
public sealed record ProductInput(
    string Name,
    string Family,
    decimal ListPrice,
    string Currency = "EUR",
    decimal? UnitCost = null,
    bool Archived = false)
{
    public CrmError? Validate() => new InputCheck()
        .Required("name", Name, FieldLimits.Name)
        .Required("family", Family, FieldLimits.ShortText)
        .Amount("listPrice", ListPrice)
        .Currency("currency", Currency)
        .Amount("unitCost", UnitCost ?? 0m)
        .ToError();

    public Product ApplyTo(Product product, DateTimeOffset now) => product with
    {
        Name = Name.Trim(),
        Family = Family.Trim(),
        ListPrice = ListPrice,
        Currency = Currency,
        UnitCost = UnitCost,
        Archived = Archived,
        UpdatedAt = now,
    };
}
