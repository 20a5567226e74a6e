namespace TeamsCrm.Core.Handoffs;

public enum HandoffStatus
{
    Pending,
    Accepted,
    Declined,
    Cancelled,
    Expired,
}
