namespace TeamsCrm.Core.Handoffs;

public enum HandoffStatus
{
    Pending,
    Accepted,
    Declined,
    Cancelled,
    Expired,

    /// <summary>Ended by the system because the recipient lost access to the deal (its share was revoked).</summary>
    Withdrawn,
}
