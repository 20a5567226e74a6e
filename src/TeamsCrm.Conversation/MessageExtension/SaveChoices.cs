using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// What the "Save to CRM" form offers beyond its inputs: the accounts an unclear name matched, or — once the account
/// is decided and the comment goes on a deal — its deals (title, id) and a note (e.g. "no deal you can see").
/// </summary>
public sealed record SaveChoices(IReadOnlyList<AccountSearchHit>? Accounts, IReadOnlyList<(string Title, string Id)>? Deals, string? Note);
