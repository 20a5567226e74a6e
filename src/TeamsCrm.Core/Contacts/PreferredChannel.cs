namespace TeamsCrm.Core.Contacts;

public enum PreferredChannel
{
    Email,
    Phone,
    Teams,
    InPerson,
}
