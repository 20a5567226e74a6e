namespace TeamsCrm.Core.Tests.Handoffs;

public sealed class HandoffTests
{
    private static readonly Caller Sender = TestData.Member;
    private static readonly Caller Recipient = TestData.OtherMember;
    private static readonly Caller Bystander = TestData.GuestA;

    private readonly FakeTimeProvider _time = new(TestData.Now);

    public static TheoryData<HandoffStatus> TerminalStates() =>
        new() { HandoffStatus.Accepted, HandoffStatus.Declined, HandoffStatus.Cancelled, HandoffStatus.Expired };

    [Fact]
    public void Accept_ByRecipient_AcceptsAndStampsTime()
    {
        var result = Pending().Accept(Recipient, _time.GetUtcNow());

        Assert.True(result.IsSuccess);
        Assert.Equal(HandoffStatus.Accepted, result.Value.Status);
        Assert.Equal(TestData.Now, result.Value.RespondedAt);
        Assert.Null(result.Value.DeclineReason);
        Assert.False(result.Value.IsPending);
    }

    [Theory]
    [InlineData("sender")]
    [InlineData("bystander")]
    public void Accept_ByNonRecipient_OnlyRecipientRule(string who)
    {
        var caller = who == "sender" ? Sender : Bystander;

        var result = Pending().Accept(caller, _time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffOnlyRecipient);
    }

    [Fact]
    public void Decline_ByRecipientWithReason_DeclinesWithTrimmedReason()
    {
        var result = Pending().Decline(Recipient, "  No capacity this quarter ", _time.GetUtcNow());

        Assert.True(result.IsSuccess);
        Assert.Equal(HandoffStatus.Declined, result.Value.Status);
        Assert.Equal("No capacity this quarter", result.Value.DeclineReason);
        Assert.Equal(TestData.Now, result.Value.RespondedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Decline_WithoutReason_DeclineNeedsReason(string reason)
    {
        var handoff = Pending();

        var result = handoff.Decline(Recipient, reason, _time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.DeclineNeedsReason);
        Assert.True(handoff.IsPending);
    }

    [Theory]
    [InlineData("sender")]
    [InlineData("bystander")]
    public void Decline_ByNonRecipient_OnlyRecipientRule(string who)
    {
        var caller = who == "sender" ? Sender : Bystander;

        var result = Pending().Decline(caller, "Not mine", _time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffOnlyRecipient);
    }

    [Fact]
    public void Cancel_BySender_Cancels()
    {
        var result = Pending().Cancel(Sender, _time.GetUtcNow());

        Assert.True(result.IsSuccess);
        Assert.Equal(HandoffStatus.Cancelled, result.Value.Status);
        Assert.Equal(TestData.Now, result.Value.RespondedAt);
    }

    [Theory]
    [InlineData("recipient")]
    [InlineData("bystander")]
    public void Cancel_ByNonSender_OnlySenderRule(string who)
    {
        var caller = who == "recipient" ? Recipient : Bystander;

        var result = Pending().Cancel(caller, _time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffOnlySender);
    }

    /// <summary>Every answer (accept, decline, cancel) after every terminal state.</summary>
    public static TheoryData<string, HandoffStatus> AnswersAfterTerminalStates()
    {
        var data = new TheoryData<string, HandoffStatus>();
        foreach (var answer in new[] { "accept", "decline", "cancel" })
        {
            foreach (var status in TerminalStates())
            {
                data.Add(answer, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnswersAfterTerminalStates))]
    public void Answer_AfterTerminalState_NotPending(string answer, HandoffStatus status)
    {
        var handoff = Pending() with { Status = status };

        var result = answer switch
        {
            "accept" => handoff.Accept(Recipient, _time.GetUtcNow()),
            "decline" => handoff.Decline(Recipient, "Too late", _time.GetUtcNow()),
            "cancel" => handoff.Cancel(Sender, _time.GetUtcNow()),
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
        };

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffNotPending);
    }

    [Theory]
    [MemberData(nameof(TerminalStates))]
    public void Expire_AfterTerminalState_NotPending(HandoffStatus status)
    {
        var handoff = Pending(dueAt: TestData.Now.AddHours(1)) with { Status = status };
        _time.Advance(TimeSpan.FromDays(2));

        var result = handoff.Expire(_time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffNotPending);
    }

    [Fact]
    public void Accept_ReachedThroughTheStateMachine_CannotThenBeCancelledOrDeclined()
    {
        var accepted = Pending().Accept(Recipient, _time.GetUtcNow()).Value!;

        ErrorAssert.IsRule(accepted.Cancel(Sender, _time.GetUtcNow()).Error, ErrorCodes.HandoffNotPending);
        ErrorAssert.IsRule(accepted.Decline(Recipient, "Changed my mind", _time.GetUtcNow()).Error, ErrorCodes.HandoffNotPending);
        ErrorAssert.IsRule(accepted.Accept(Recipient, _time.GetUtcNow()).Error, ErrorCodes.HandoffNotPending);
    }

    [Fact]
    public void Expire_PendingAndPastDue_Expires()
    {
        var handoff = Pending(dueAt: TestData.Now.AddHours(4));
        _time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));

        var result = handoff.Expire(_time.GetUtcNow());

        Assert.True(result.IsSuccess);
        Assert.Equal(HandoffStatus.Expired, result.Value.Status);
        Assert.Equal(_time.GetUtcNow(), result.Value.RespondedAt);
    }

    [Fact]
    public void Expire_PendingBeforeDue_NotYetDue()
    {
        var handoff = Pending(dueAt: TestData.Now.AddHours(4));
        _time.Advance(TimeSpan.FromHours(3));

        var result = handoff.Expire(_time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffNotYetDue);
    }

    [Fact]
    public void Expire_PendingWithoutDueTime_NotYetDue()
    {
        var handoff = Pending(dueAt: null);
        _time.Advance(TimeSpan.FromDays(365));

        var result = handoff.Expire(_time.GetUtcNow());

        ErrorAssert.IsRule(result.Error, ErrorCodes.HandoffNotYetDue);
    }

    private Handoff Pending(DateTimeOffset? dueAt = null) => new()
    {
        Id = "0190f5c2a1b27c3d8e4f5a6b7c8d9e10",
        AccountId = TestData.AccountId,
        DealId = "d1",
        From = Sender.AsPerson(),
        To = Recipient.AsPerson(),
        Note = "Customer wants a demo next week",
        DueAt = dueAt,
        CreatedAt = _time.GetUtcNow(),
    };
}
