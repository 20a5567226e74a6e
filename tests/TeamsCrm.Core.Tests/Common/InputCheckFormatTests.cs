namespace TeamsCrm.Core.Tests.Common;

/// <summary>The format checks of <see cref="InputCheck"/>: email, phone, web URL, amount, currency, range.</summary>
public sealed class InputCheckFormatTests
{
    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("anna@")]
    [InlineData("anna@example")]
    [InlineData("anna@@example.com")]
    [InlineData("anna example@example.com")]
    [InlineData("anna@exa mple.com")]
    [InlineData("anna@example..com")]
    [InlineData("anna@-example.com")]
    [InlineData("anna@example.c")]
    [InlineData("anna@example.com.")]
    [InlineData("<anna@example.com>")]
    [InlineData("Anna <anna@example.com>")]
    [InlineData("anna,bert@example.com")]
    public void Email_Malformed_InvalidEmail(string email)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().Email("email", email).ToError(), "email", ErrorCodes.InvalidEmail);
    }

    // A dot may not start or end the local part, nor appear twice in a row (RFC 5321 dot-atom).
    [Theory]
    [InlineData("anna..alpha@example.com")]
    [InlineData(".anna@example.com")]
    [InlineData("anna.@example.com")]
    public void Email_MisplacedDotInLocalPart_InvalidEmail(string email)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().Email("email", email).ToError(), "email", ErrorCodes.InvalidEmail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anna@example.com")]
    [InlineData("anna.alpha+crm@mail.example.co.uk")]
    [InlineData("a_b-c@sub-domain.example.de")]
    public void Email_WellFormedOrAbsent_IsValid(string? email)
    {
        Assert.Null(new InputCheck().Email("email", email).ToError());
    }

    [Fact]
    public void Email_OverLimit_TooLongOnly()
    {
        var email = new string('a', FieldLimits.Email) + "@example.com";

        ErrorAssert.HasOnlyFieldError(new InputCheck().Email("email", email).ToError(), "email", ErrorCodes.TooLong);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("+")]
    [InlineData("++49 89 1234567")]
    [InlineData("089 CALL-NOW")]
    [InlineData("(089) 1234567")]
    [InlineData("+49 89 1234567 ext. 5")]
    public void Phone_Malformed_InvalidPhone(string phone)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().Phone("phone", phone).ToError(), "phone", ErrorCodes.InvalidPhone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("+49 89 1234567")]
    [InlineData("+49 (0)89 12-34/56")]
    [InlineData("0049.89.1234567")]
    public void Phone_WellFormedOrAbsent_IsValid(string? phone)
    {
        Assert.Null(new InputCheck().Phone("phone", phone).ToError());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("ftp://files.example.com/price-list.pdf")]
    [InlineData("/relative/path")]
    [InlineData("relative/path")]
    [InlineData("www.example.com")]
    [InlineData("mailto:info@example.com")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("https://")]
    [InlineData("http:/example.com")]
    [InlineData("https://www.linkedin.com@evil.example/company")]
    [InlineData("https://user:secret@contoso.example")]
    public void WebUrl_NotAbsoluteHttp_InvalidUrl(string url)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().WebUrl("website", url).ToError(), "website", ErrorCodes.InvalidUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://www.example.com")]
    [InlineData("http://example.com/about?lang=de")]
    [InlineData("https://www.linkedin.com/company/example-gmbh/")]
    public void WebUrl_AbsoluteHttpOrAbsent_IsValid(string? url)
    {
        Assert.Null(new InputCheck().WebUrl("website", url).ToError());
    }

    public static TheoryData<decimal, string?> Amounts() => new()
    {
        { -0.01m, ErrorCodes.Negative },
        { -1_000m, ErrorCodes.Negative },
        { 0m, null },
        { 12_345.67m, null },
        { FieldLimits.MaxAmount, null },
        { FieldLimits.MaxAmount + 0.01m, ErrorCodes.TooLarge },
        { decimal.MaxValue, ErrorCodes.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amount_Value_ExpectedCode(decimal amount, string? expectedCode)
    {
        var error = new InputCheck().Amount("amount", amount).ToError();

        if (expectedCode is null)
        {
            Assert.Null(error);
        }
        else
        {
            ErrorAssert.HasOnlyFieldError(error, "amount", expectedCode);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XYZ")]
    [InlineData("EURO")]
    [InlineData("€")]
    public void Currency_Unknown_InvalidCurrency(string? currency)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().Currency("currency", currency).ToError(), "currency", ErrorCodes.InvalidCurrency);
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("USD")]
    [InlineData("CHF")]
    [InlineData("PLN")]
    public void Currency_Known_IsValid(string currency)
    {
        Assert.Null(new InputCheck().Currency("currency", currency).ToError());
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Range_Value_ValidOnlyWithinBounds(int value, bool valid)
    {
        var error = new InputCheck().Range("probability", value, 0, 100).ToError();

        if (valid)
        {
            Assert.Null(error);
        }
        else
        {
            ErrorAssert.HasOnlyFieldError(error, "probability", ErrorCodes.OutOfRange);
        }
    }
}
