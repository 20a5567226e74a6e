namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>The default without a tab: no link names an account.</summary>
public sealed class NoAccountLinks : IAccountLinkReader
{
    public static NoAccountLinks Instance { get; } = new();

    public string? AccountIdOf(Uri link) => null;
}
