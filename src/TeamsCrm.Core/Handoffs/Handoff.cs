namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// A deal passed from one person to another. The state machine: only the recipient accepts or
/// declines (with a reason), only the sender cancels, an overdue pending handoff may expire, a
/// pending handoff whose recipient lost access is withdrawn, and nothing happens after a terminal state.
/// </summary>
public sealed record Handoff : AccountRecord
{
    public required string DealId { get; init; }
    public required PersonRef From { get; init; }
    public required PersonRef To { get; init; }
    public string? Note { get; init; }
    public HandoffStatus Status { get; init; } = HandoffStatus.Pending;
    public DateTimeOffset? DueAt { get; init; }
    public string? DeclineReason { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    /// <summary>When the overdue reminder was claimed and queued (with its durable notifications); a handoff is reminded once.</summary>
    public DateTimeOffset? ReminderSentAt { get; init; }

    public bool IsPending => Status == HandoffStatus.Pending;

    /// <summary>Pending, past its due time and not reminded yet.</summary>
    public bool NeedsReminder(DateTimeOffset now) => IsPending && DueAt is { } due && due <= now && ReminderSentAt is null;

    /// <summary>Records that the overdue reminder is going out; refused when it is not due or already sent.</summary>
    public CrmResult<Handoff> Remind(DateTimeOffset now) =>
        NeedsReminder(now) ? this with { ReminderSentAt = now } : CrmError.Rule(ErrorCodes.HandoffNotYetDue);

    public CrmResult<Handoff> Accept(Caller caller, DateTimeOffset now) =>
        RespondAsRecipient(caller, now, HandoffStatus.Accepted, reason: null);

    /// <summary>The recipient declines; who and when are checked before the reason.</summary>
    public CrmResult<Handoff> Decline(Caller caller, string reason, DateTimeOffset now)
    {
        var declined = RespondAsRecipient(caller, now, HandoffStatus.Declined, reason?.Trim());
        return declined.IsSuccess && string.IsNullOrWhiteSpace(reason) ? CrmError.Rule(ErrorCodes.DeclineNeedsReason) : declined;
    }

    public CrmResult<Handoff> Cancel(Caller caller, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return CrmError.Rule(ErrorCodes.HandoffNotPending);
        }

        if (caller.UserId != From.UserId)
        {
            return CrmError.Rule(ErrorCodes.HandoffOnlySender);
        }

        return this with { Status = HandoffStatus.Cancelled, RespondedAt = now };
    }

    /// <summary>Ends a pending handoff whose recipient lost access to the deal (a share was revoked); nobody's choice, so no caller.</summary>
    public CrmResult<Handoff> Withdraw(DateTimeOffset now) =>
        IsPending ? this with { Status = HandoffStatus.Withdrawn, RespondedAt = now } : CrmError.Rule(ErrorCodes.HandoffNotPending);

    public CrmResult<Handoff> Expire(DateTimeOffset now)
    {
        if (!IsPending)
        {
            return CrmError.Rule(ErrorCodes.HandoffNotPending);
        }

        if (DueAt is null || DueAt > now)
        {
            return CrmError.Rule(ErrorCodes.HandoffNotYetDue);
        }

        return this with { Status = HandoffStatus.Expired, RespondedAt = now };
    }

    private CrmResult<Handoff> RespondAsRecipient(Caller caller, DateTimeOffset now, HandoffStatus status, string? reason)
    {
        if (!IsPending)
        {
            return CrmError.Rule(ErrorCodes.HandoffNotPending);
        }

        if (caller.UserId != To.UserId)
        {
            return CrmError.Rule(ErrorCodes.HandoffOnlyRecipient);
        }

        return this with { Status = status, DeclineReason = reason, RespondedAt = now };
    }
}
