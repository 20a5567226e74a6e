namespace TeamsCrm.Core.Tests.FollowUps;

public sealed class FollowUpInputTests
{
    [Fact]
    public void Validate_ValidInput_IsNull()
    {
        Assert.Null(new FollowUpInput("Send revised offer").Validate());
        Assert.Null(new FollowUpInput("Call back", new PersonRef("member-2", "Max Member"), TestData.Now.AddDays(1), "d1").Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyOrWhitespaceTitle_Required(string title)
    {
        ErrorAssert.HasOnlyFieldError(new FollowUpInput(title).Validate(), "title", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_TitleOverLimit_TooLong()
    {
        ErrorAssert.HasOnlyFieldError(new FollowUpInput(new string('t', FieldLimits.Name + 1)).Validate(), "title", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_ControlCharacterInTitle_ControlCharacters()
    {
        ErrorAssert.HasOnlyFieldError(new FollowUpInput("Call\u0007back").Validate(), "title", ErrorCodes.ControlCharacters);
    }

    [Fact]
    public void Validate_AssigneeFieldsOverLimit_TooLongForEach()
    {
        var assignee = new PersonRef(new string('u', FieldLimits.ShortText + 1), new string('d', FieldLimits.PersonName + 1));

        var error = new FollowUpInput("Call back", assignee).Validate();

        ErrorAssert.HasFieldError(error, "assignee.userId", ErrorCodes.TooLong);
        ErrorAssert.HasFieldError(error, "assignee.displayName", ErrorCodes.TooLong);
    }
}
