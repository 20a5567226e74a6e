namespace TeamsCrm.Core.Tests.Common;

public sealed class InputCheckTests
{
    [Fact]
    public void ToError_NothingChecked_IsNull()
    {
        Assert.Null(new InputCheck().ToError());
        Assert.True(new InputCheck().IsValid);
    }

    [Fact]
    public void Defined_UndefinedDealStage_UnknownValue()
    {
        var error = new InputCheck().Defined("stage", (DealStage)42).ToError();

        ErrorAssert.HasOnlyFieldError(error, "stage", ErrorCodes.UnknownValue);
    }

    [Fact]
    public void Defined_UndefinedCommentVisibility_UnknownValue()
    {
        var error = new InputCheck().Defined("visibility", (CommentVisibility)7).ToError();

        ErrorAssert.HasOnlyFieldError(error, "visibility", ErrorCodes.UnknownValue);
    }

    [Fact]
    public void Defined_DefinedValue_IsValid()
    {
        Assert.Null(new InputCheck().Defined("stage", DealStage.Won).Defined("visibility", CommentVisibility.Shared).ToError());
    }

    [Theory]
    [InlineData("Acme\u0000")]
    [InlineData("Acme\u0007 Bell")]
    [InlineData("Acme\u001b[31m")]
    [InlineData("Acme\nGmbH")]
    [InlineData("Acme\tGmbH")]
    [InlineData("Acme\u007f")]
    [InlineData("Acme\u0085")]
    public void Required_ControlCharacters_ControlCharacters(string name)
    {
        var error = new InputCheck().Required("name", name, FieldLimits.Name).ToError();

        ErrorAssert.HasOnlyFieldError(error, "name", ErrorCodes.ControlCharacters);
    }

    [Fact]
    public void RequiredText_LineBreaksAndTabs_AreAllowed()
    {
        Assert.Null(new InputCheck().RequiredText("text", "Line one\r\nLine two\n\tindented", FieldLimits.CommentText).ToError());
    }

    [Fact]
    public void RequiredText_OtherControlCharacter_ControlCharacters()
    {
        var error = new InputCheck().RequiredText("text", "Line one\n\u0000", FieldLimits.CommentText).ToError();

        ErrorAssert.HasOnlyFieldError(error, "text", ErrorCodes.ControlCharacters);
    }

    [Fact]
    public void Optional_OverLimit_TooLongWithLimit()
    {
        var error = new InputCheck().Optional("segment", new string('s', FieldLimits.Segment + 1), FieldLimits.Segment).ToError();

        ErrorAssert.HasOnlyFieldError(error, "segment", ErrorCodes.TooLong);
        Assert.Equal(FieldLimits.Segment, error!.Fields[0].Limit);
    }

    [Fact]
    public void ToError_SeveralProblems_ListsEveryOne()
    {
        var error = new InputCheck()
            .Required("name", " ", FieldLimits.Name)
            .Email("email", "nope")
            .Amount("amount", -1m)
            .Range("probability", 101, 0, 100)
            .ToError();

        Assert.NotNull(error);
        Assert.Equal(CrmErrorKind.Validation, error.Kind);
        Assert.Equal(
            ["name:Field.Required", "email:Field.InvalidEmail", "amount:Field.Negative", "probability:Field.OutOfRange"],
            error.Fields.Select(f => $"{f.Field}:{f.Code}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0190f5c2-a1b2-7c3d-8e4f-5a6b7c8d9e0f")]
    public void Id_Malformed_InvalidId(string? id)
    {
        ErrorAssert.HasOnlyFieldError(new InputCheck().Id("dealId", id).ToError(), "dealId", ErrorCodes.InvalidId);
    }

    [Fact]
    public void Count_OverMax_TooMany()
    {
        var error = new InputCheck().Count("mentions", new int[FieldLimits.Mentions + 1], FieldLimits.Mentions).ToError();

        ErrorAssert.HasOnlyFieldError(error, "mentions", ErrorCodes.TooMany);
        Assert.Null(new InputCheck().Count("mentions", new int[FieldLimits.Mentions], FieldLimits.Mentions).ToError());
    }

    [Theory]
    [InlineData("proposal", DealStage.Proposal)]
    [InlineData("PROPOSAL", DealStage.Proposal)]
    [InlineData("Won", DealStage.Won)]
    [InlineData("  negotiation ", DealStage.Negotiation)]
    [InlineData("new", DealStage.New)]
    public void TryParseName_NameInAnyCase_Parses(string text, DealStage expected)
    {
        Assert.True(InputCheck.TryParseName<DealStage>(text, out var stage));
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("42")]
    [InlineData("-1")]
    [InlineData(" 3 ")]
    [InlineData("1,2")]
    [InlineData("Pending")]
    [InlineData("Propsal")]
    public void TryParseName_NumberOrUnknownName_IsRejected(string? text)
    {
        Assert.False(InputCheck.TryParseName<DealStage>(text, out _));
    }

    // Enum.TryParse also accepts a signed number ("+1" is Qualified) and a comma-separated list,
    // whose values it ORs together ("Qualified,Proposal" is 1|2 = Negotiation). Neither is a name.
    [Theory]
    [InlineData("+1")]
    [InlineData("+4")]
    [InlineData("Qualified,Proposal")]
    [InlineData("Won, Lost")]
    public void TryParseName_SignedNumberOrCommaList_IsRejected(string text)
    {
        Assert.False(InputCheck.TryParseName<DealStage>(text, out _));
    }
}
