namespace TeamsCrm.Core.Tests.Handoffs;

public sealed class HandoffRequestTests
{
    private readonly FakeTimeProvider _time = new(TestData.Now);

    private HandoffRequest Valid => new(TestData.AccountId, "d1", TestData.OtherMember, "Please take over, customer prefers German.", _time.GetUtcNow().AddDays(2));

    [Fact]
    public void Validate_ValidRequest_IsNull()
    {
        Assert.Null(Valid.Validate(_time.GetUtcNow()));
        Assert.Null((Valid with { DueAt = null, Note = null }).Validate(_time.GetUtcNow()));
    }

    [Fact]
    public void Validate_DueTimeInThePast_OutOfRange()
    {
        var request = Valid with { DueAt = _time.GetUtcNow().AddMinutes(-1) };

        ErrorAssert.HasOnlyFieldError(request.Validate(_time.GetUtcNow()), "dueAt", ErrorCodes.OutOfRange);
    }

    [Fact]
    public void Validate_DueTimePassedWhileWaiting_OutOfRange()
    {
        var request = Valid with { DueAt = _time.GetUtcNow().AddHours(1) };
        _time.Advance(TimeSpan.FromHours(2));

        ErrorAssert.HasOnlyFieldError(request.Validate(_time.GetUtcNow()), "dueAt", ErrorCodes.OutOfRange);
    }

    [Fact]
    public void Validate_DueTimeExactlyNow_OutOfRange()
    {
        var request = Valid with { DueAt = _time.GetUtcNow() };

        ErrorAssert.HasOnlyFieldError(request.Validate(_time.GetUtcNow()), "dueAt", ErrorCodes.OutOfRange);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_EmptyRecipientUserId_Required(string userId)
    {
        var request = Valid with { Recipient = TestData.OtherMember with { UserId = userId } };

        ErrorAssert.HasOnlyFieldError(request.Validate(_time.GetUtcNow()), "recipient.userId", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_NoteOverLimit_TooLong()
    {
        var request = Valid with { Note = new string('n', FieldLimits.Note + 1) };

        ErrorAssert.HasOnlyFieldError(request.Validate(_time.GetUtcNow()), "note", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_MultilineNote_IsNull()
    {
        Assert.Null((Valid with { Note = "Line 1\r\nLine 2\tTabbed" }).Validate(_time.GetUtcNow()));
    }

    // InputCheck promises every problem at once; a past due time must not hide the others.
    [Fact]
    public void Validate_PastDueTimeAndTooLongNote_ReportsBoth()
    {
        var request = Valid with { Note = new string('n', FieldLimits.Note + 1), DueAt = _time.GetUtcNow().AddDays(-1) };

        var error = request.Validate(_time.GetUtcNow());

        ErrorAssert.HasFieldError(error, "dueAt", ErrorCodes.OutOfRange);
        ErrorAssert.HasFieldError(error, "note", ErrorCodes.TooLong);
    }
}
