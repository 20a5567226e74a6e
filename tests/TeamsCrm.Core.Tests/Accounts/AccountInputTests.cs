namespace TeamsCrm.Core.Tests.Accounts;

public sealed class AccountInputTests
{
    private static readonly AccountInput Valid = new(
        "Müller Maschinenbau",
        LegalForm: "GmbH",
        Industry: "Mechanical engineering",
        Segment: "Enterprise",
        Website: "https://www.mueller-maschinenbau.example",
        Address: new PostalAddress("Industriestraße 4", "80331", "München", "DE"),
        Social: new SocialProfiles("https://www.linkedin.com/company/mueller", null, null),
        Owner: new PersonRef("member-1", "Mia Member"));

    [Fact]
    public void Validate_CompleteValidInput_IsNull()
    {
        Assert.Null(Valid.Validate());
    }

    [Fact]
    public void Validate_OnlyName_IsNull()
    {
        Assert.Null(new AccountInput("Acme").Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t \r\n")]
    public void Validate_EmptyOrWhitespaceName_Required(string name)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Name = name }).Validate(), "name", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_NameOverLimit_TooLongWithLimit()
    {
        var error = (Valid with { Name = new string('n', FieldLimits.Name + 1) }).Validate();

        ErrorAssert.HasOnlyFieldError(error, "name", ErrorCodes.TooLong);
        Assert.Equal(FieldLimits.Name, error!.Fields[0].Limit);
    }

    [Fact]
    public void Validate_NameAtLimit_IsNull()
    {
        Assert.Null((Valid with { Name = new string('n', FieldLimits.Name) }).Validate());
    }

    [Theory]
    [InlineData("Acme\u0000 GmbH")]
    [InlineData("Acme\nGmbH")]
    [InlineData("\u001b[2JAcme")]
    public void Validate_ControlCharactersInName_ControlCharacters(string name)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Name = name }).Validate(), "name", ErrorCodes.ControlCharacters);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://mueller.example")]
    [InlineData("/impressum")]
    public void Validate_InvalidWebsite_InvalidUrl(string website)
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Website = website }).Validate(), "website", ErrorCodes.InvalidUrl);
    }

    [Fact]
    public void Validate_InvalidSocialProfiles_InvalidUrlPerProfile()
    {
        var error = (Valid with { Social = new SocialProfiles("javascript:void(0)", "xing.com/companies/mueller", "ftp://x.example") }).Validate();

        ErrorAssert.HasFieldError(error, "social.linkedIn", ErrorCodes.InvalidUrl);
        ErrorAssert.HasFieldError(error, "social.xing", ErrorCodes.InvalidUrl);
        ErrorAssert.HasFieldError(error, "social.x", ErrorCodes.InvalidUrl);
        Assert.Equal(3, error!.Fields.Count);
    }

    [Fact]
    public void Validate_UndefinedStatus_UnknownValue()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Status = (AccountStatus)42 }).Validate(), "status", ErrorCodes.UnknownValue);
    }

    [Theory]
    [InlineData("segment")]
    [InlineData("legalForm")]
    [InlineData("address.postalCode")]
    public void Validate_OptionalFieldOverLimit_TooLong(string field)
    {
        var tooLong = new string('x', 201);
        var input = field switch
        {
            "segment" => Valid with { Segment = tooLong },
            "legalForm" => Valid with { LegalForm = tooLong },
            _ => Valid with { Address = Valid.Address! with { PostalCode = tooLong } },
        };

        ErrorAssert.HasOnlyFieldError(input.Validate(), field, ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_EmptyOwnerUserId_Required()
    {
        ErrorAssert.HasOnlyFieldError((Valid with { Owner = new PersonRef(" ", "Nobody") }).Validate(), "owner.userId", ErrorCodes.Required);
    }
}
