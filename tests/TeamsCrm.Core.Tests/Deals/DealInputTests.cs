namespace TeamsCrm.Core.Tests.Deals;

public sealed class DealInputTests
{
    private static readonly DealInput Valid = new("Line 4 retrofit", 250_000m, "EUR", 40, new DateOnly(2026, 6, 30), "Trade fair");

    [Fact]
    public void Validate_ValidInput_IsNull()
    {
        Assert.Null(Valid.Validate());
        Assert.Null(new DealInput("Minimal", 0m).Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_EmptyOrWhitespaceTitle_Required(string title)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Title = title }).Validate(), "title", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_TitleOverLimit_TooLong()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Title = new string('t', FieldLimits.Name + 1) }).Validate(), "title", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_NegativeAmount_Negative()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Amount = -1m }).Validate(), "amount", ErrorCodes.Negative);
    }

    [Fact]
    public void Validate_AmountOverMaximum_TooLarge()
    {
        var error = (Valid with { Amount = FieldLimits.MaxAmount + 1m }).Validate();

        ErrorAssert.HasOnlyFieldError(error, "amount", ErrorCodes.TooLarge);
        Assert.Equal((long)FieldLimits.MaxAmount, error!.Fields[0].Limit);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("")]
    [InlineData("Euro")]
    public void Validate_UnknownCurrency_InvalidCurrency(string currency)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Currency = currency }).Validate(), "currency", ErrorCodes.InvalidCurrency);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public void Validate_ProbabilityOutOfRange_OutOfRange(int probability)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Probability = probability }).Validate(), "probability", ErrorCodes.OutOfRange);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(100)]
    public void Validate_ProbabilityAbsentOrAtBounds_IsNull(int? probability)
    {
        Assert.Null((Valid with { Probability = probability }).Validate());
    }

    [Fact]
    public void Validate_OwnerDisplayNameOverLimit_TooLong()
    {
        var error = (Valid with { Owner = new PersonRef("member-1", new string('o', FieldLimits.PersonName + 1)) }).Validate();

        ErrorAssert.HasOnlyFieldError(error, "owner.displayName", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAll()
    {
        var error = new DealInput(" ", -5m, "???", 150).Validate();

        ErrorAssert.HasFieldError(error, "title", ErrorCodes.Required);
        ErrorAssert.HasFieldError(error, "amount", ErrorCodes.Negative);
        ErrorAssert.HasFieldError(error, "currency", ErrorCodes.InvalidCurrency);
        ErrorAssert.HasFieldError(error, "probability", ErrorCodes.OutOfRange);
    }
}
