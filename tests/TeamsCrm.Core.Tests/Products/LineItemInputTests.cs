using TeamsCrm.Core.Products;

namespace TeamsCrm.Core.Tests.Products;

public sealed class LineItemInputTests
{
    private static readonly string ProductId = Guid.CreateVersion7().ToString("N");
    private static readonly DealInput Deal = new("Rollout", 1000m);

    [Fact]
    public void Validate_WellFormedLines_IsNull()
    {
        Assert.Null((Deal with { LineItems = [new DealLineItem(ProductId, 2.5m, 0m)] }).Validate());
        Assert.Null((Deal with { LineItems = [] }).Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public void Validate_QuantityNotPositiveOrTooLarge_OutOfRange(int quantity)
    {
        ErrorAssert.HasOnlyFieldError((Deal with { LineItems = [new DealLineItem(ProductId, quantity, 1m)] }).Validate(), "lineItems[0].quantity", ErrorCodes.OutOfRange);
    }

    [Fact]
    public void Validate_NegativeUnitPrice_Negative()
    {
        ErrorAssert.HasOnlyFieldError((Deal with { LineItems = [new DealLineItem(ProductId, 1m, -0.01m)] }).Validate(), "lineItems[0].unitPrice", ErrorCodes.Negative);
    }

    [Fact]
    public void Validate_MalformedProductId_InvalidId()
    {
        ErrorAssert.HasOnlyFieldError((Deal with { LineItems = [new DealLineItem("../other", 1m, 1m)] }).Validate(), "lineItems[0].productId", ErrorCodes.InvalidId);
    }

    [Fact]
    public void Validate_TooManyLinesOrTags_TooMany()
    {
        var lines = Enumerable.Repeat(new DealLineItem(ProductId, 1m, 1m), InputCheck.MaxLineItems + 1).ToList();
        var tags = Enumerable.Repeat(ProductId, InputCheck.MaxProductTags + 1).ToList();

        ErrorAssert.HasOnlyFieldError((Deal with { LineItems = lines }).Validate(), "lineItems", ErrorCodes.TooMany);
        ErrorAssert.HasOnlyFieldError(
            new InteractionInput(InteractionChannel.Email, InteractionDirection.Inbound, "Asked", ProductIds: tags).Validate(), "productIds", ErrorCodes.TooMany);
    }

    [Fact]
    public void Validate_ProductInput_NamesEveryBadField()
    {
        var error = new ProductInput(" ", new string('f', FieldLimits.ShortText + 1), 1m, "EUR", UnitCost: -1m).Validate();

        Assert.Equal([("name", ErrorCodes.Required), ("family", ErrorCodes.TooLong), ("unitCost", ErrorCodes.Negative)], error!.Fields.Select(f => (f.Field, f.Code)));
    }

    [Fact]
    public void FieldLabel_FieldOfALine_NamesTheLineCountedFromOne()
    {
        Assert.Equal("Menge (Position 2)", CrmMessages.FieldLabel("lineItems[1].quantity", System.Globalization.CultureInfo.GetCultureInfo("de")));
        Assert.Equal("Product (line 1)", CrmMessages.FieldLabel("lineItems[0].productId", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Products discussed", CrmMessages.FieldLabel("productIds[4]", System.Globalization.CultureInfo.InvariantCulture));
    }
}
