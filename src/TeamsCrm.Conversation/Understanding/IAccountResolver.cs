namespace TeamsCrm.Conversation.Understanding;

/// <summary>Finds the account an account phrase means, among those the caller may see. Mock it in handler tests.</summary>
public interface IAccountResolver
{
    Task<AccountResolution> ResolveAsync(Caller caller, string? phrase, CancellationToken cancellationToken = default);
}
