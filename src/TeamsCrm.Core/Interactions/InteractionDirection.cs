namespace TeamsCrm.Core.Interactions;

public enum InteractionDirection
{
    Inbound,
    Outbound,
}
