namespace TeamsCrm.Core.Tests.Interactions;

public sealed class InteractionInputTests
{
    private static readonly InteractionInput Valid = new(InteractionChannel.Phone, InteractionDirection.Outbound, "Called about the offer.\nFollow up Monday.");

    [Fact]
    public void Validate_ValidInput_IsNull()
    {
        Assert.Null(Valid.Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptySummary_Required(string summary)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Summary = summary }).Validate(), "summary", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_SummaryOverLimit_TooLong()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Summary = new string('s', FieldLimits.Summary + 1) }).Validate(), "summary", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_UndefinedChannel_UnknownValue()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Channel = (InteractionChannel)99 }).Validate(), "channel", ErrorCodes.UnknownValue);
    }

    [Fact]
    public void Validate_UndefinedDirection_UnknownValue()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Direction = (InteractionDirection)(-1) }).Validate(), "direction", ErrorCodes.UnknownValue);
    }
}
