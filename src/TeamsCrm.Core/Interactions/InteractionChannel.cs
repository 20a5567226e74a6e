namespace TeamsCrm.Core.Interactions;

public enum InteractionChannel
{
    Email,
    Phone,
    Meeting,
    Teams,
    Social,
    Web,
    InPerson,
}
