namespace TeamsCrm.Core.Tests.Comments;

public sealed class CommentInputTests
{
    [Fact]
    public void Validate_ValidInput_IsNull()
    {
        Assert.Null(new CommentInput("Customer asked for a revised offer.\nSee attachment.").Validate());
        Assert.Null(new CommentInput("Shared note", [new PersonRef("member-2", "Max")], CommentVisibility.Shared, "d1").Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Validate_EmptyOrWhitespaceText_Required(string text)
    {
        ErrorAssert.HasOnlyFieldError(new CommentInput(text).Validate(), "text", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_TextOver64KilobytesAsUtf16_TooLong()
    {
        var error = new CommentInput(new string('x', 40_000)).Validate();

        ErrorAssert.HasOnlyFieldError(error, "text", ErrorCodes.TooLong);
        Assert.Equal(FieldLimits.CommentText, error!.Fields[0].Limit);
    }

    [Fact]
    public void Validate_TextJustOverLimit_TooLong()
    {
        ErrorAssert.HasOnlyFieldError(new CommentInput(new string('x', FieldLimits.CommentText + 1)).Validate(), "text", ErrorCodes.TooLong);
        Assert.Null(new CommentInput(new string('x', FieldLimits.CommentText)).Validate());
    }

    [Fact]
    public void Validate_UndefinedVisibility_UnknownValue()
    {
        ErrorAssert.HasOnlyFieldError(new CommentInput("Hello", Visibility: (CommentVisibility)7).Validate(), "visibility", ErrorCodes.UnknownValue);
    }

    [Fact]
    public void Validate_TooManyMentions_TooMany()
    {
        var mentions = Enumerable.Range(0, FieldLimits.Mentions + 1).Select(i => new PersonRef($"user-{i}", $"User {i}")).ToArray();

        ErrorAssert.HasOnlyFieldError(new CommentInput("Hello all", mentions).Validate(), "mentions", ErrorCodes.TooMany);
    }

    [Fact]
    public void Validate_NulCharacterInText_ControlCharacters()
    {
        ErrorAssert.HasOnlyFieldError(new CommentInput("Hello\u0000world").Validate(), "text", ErrorCodes.ControlCharacters);
    }

    [Fact]
    public void MentionList_NoMentions_IsEmpty()
    {
        Assert.Empty(new CommentInput("Hello").MentionList);
    }
}
