namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// Which account a link to one of the app's own pages names (the tab's account page, or a Teams deep link to it):
/// the host knows its address and app id. Null for any other link.
/// </summary>
public interface IAccountLinkReader
{
    string? AccountIdOf(Uri link);
}

/// <summary>The default without a tab: no link names an account.</summary>
public sealed class NoAccountLinks : IAccountLinkReader
{
    public static NoAccountLinks Instance { get; } = new();

    public string? AccountIdOf(Uri link) => null;
}
