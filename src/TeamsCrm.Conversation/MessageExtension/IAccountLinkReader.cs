namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// Which account a link to one of the app's own pages names (the tab's account page, or a Teams deep link to it):
/// the host knows its address and app id. Null for any other link.
/// </summary>
public interface IAccountLinkReader
{
    string? AccountIdOf(Uri link);
}
