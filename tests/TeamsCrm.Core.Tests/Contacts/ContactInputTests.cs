namespace TeamsCrm.Core.Tests.Contacts;

public sealed class ContactInputTests
{
    private static readonly ContactInput Valid = new(
        "Hans", "Müller", Role: "Head of purchasing", Email: "hans.mueller@mueller.example", Phone: "+49 89 1234567",
        PreferredChannel: PreferredChannel.Teams, IsKeyContact: true);

    [Fact]
    public void Validate_ValidInput_IsNull()
    {
        Assert.Null(Valid.Validate());
        Assert.Null(new ContactInput("Hans", "Müller").Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyOrWhitespaceNames_RequiredForBoth(string name)
    {
        var error = (Valid with { FirstName = name, LastName = name }).Validate();

        ErrorAssert.HasFieldError(error, "firstName", ErrorCodes.Required);
        ErrorAssert.HasFieldError(error, "lastName", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_LastNameOverLimit_TooLong()
    {
        var error = (Valid with { LastName = new string('m', FieldLimits.PersonName + 1) }).Validate();

        ErrorAssert.HasOnlyFieldError(error, "lastName", ErrorCodes.TooLong);
        Assert.Equal(FieldLimits.PersonName, error!.Fields[0].Limit);
    }

    [Theory]
    [InlineData("hans.mueller")]
    [InlineData("hans@mueller")]
    [InlineData("hans mueller@mueller.example")]
    [InlineData("@mueller.example")]
    [InlineData("hans@@mueller.example")]
    public void Validate_InvalidEmail_InvalidEmail(string email)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Email = email }).Validate(), "email", ErrorCodes.InvalidEmail);
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("1")]
    [InlineData("+49 89 12345x")]
    public void Validate_InvalidPhone_InvalidPhone(string phone)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Phone = phone }).Validate(), "phone", ErrorCodes.InvalidPhone);
    }

    [Fact]
    public void Validate_UndefinedPreferredChannel_UnknownValue()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { PreferredChannel = (PreferredChannel)9 }).Validate(), "preferredChannel", ErrorCodes.UnknownValue);
    }

    [Fact]
    public void Validate_ControlCharacterInFirstName_ControlCharacters()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { FirstName = "Ha\u0008ns" }).Validate(), "firstName", ErrorCodes.ControlCharacters);
    }
}
