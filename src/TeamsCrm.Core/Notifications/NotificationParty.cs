namespace TeamsCrm.Core.Notifications;

/// <summary>Which side of the record the recipient is on (for handoffs), so their own earlier cards can be found even when they may no longer read the record.</summary>
public enum NotificationParty
{
    None,
    Sender,
    Recipient,
}
