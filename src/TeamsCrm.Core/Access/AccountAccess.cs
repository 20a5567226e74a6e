using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Access;

/// <summary>
/// What one caller may see and do within one account, decided once from the account's shares.
/// Obtain it from <see cref="AccessPolicy.ForAccount"/>; never build it elsewhere.
/// </summary>
public sealed class AccountAccess
{
    private readonly Caller _caller;
    private readonly ShareLevel? _accountLevel;
    private readonly IReadOnlyDictionary<string, ShareLevel> _dealLevels;

    internal AccountAccess(Caller caller, ShareLevel? accountLevel, IReadOnlyDictionary<string, ShareLevel> dealLevels)
    {
        _caller = caller;
        _accountLevel = accountLevel;
        _dealLevels = dealLevels;
    }

    public Caller Caller => _caller;

    /// <summary>True when the caller may see the account at all; when false it does not exist for them.</summary>
    public bool CanSeeAccount => Can(CrmAction.ViewAccount);

    /// <summary>True for guests: internal fields, internal comments and other organisations' shares are removed.</summary>
    public bool IsRedacted => _caller.IsGuest;

    public bool CanSeeDeal(string dealId) => Can(CrmAction.ViewDeal, dealId);

    /// <summary>Decides <paramref name="action"/> on the account, or on the deal <paramref name="dealId"/> of it.</summary>
    public bool Can(CrmAction action, string? dealId = null)
    {
        if (!_caller.IsGuest)
        {
            return true;
        }

        var level = LevelFor(dealId);
        return action switch
        {
            CrmAction.ViewAccount => _accountLevel is not null || _dealLevels.Count > 0,
            CrmAction.ViewContacts => _accountLevel is not null,
            CrmAction.ViewDeal or CrmAction.ViewSharedComments => level >= ShareLevel.Read,
            CrmAction.AddSharedComment => level >= ShareLevel.Contribute,
            // A guest hands a deal only back to whoever handed it to them (HandoffService, GuestHandBack).
            CrmAction.ChangeDealStage or CrmAction.UpdateDeal or CrmAction.ReceiveHandoff or CrmAction.HandOffDeal =>
                dealId is not null && level >= ShareLevel.Edit,
            _ => false,
        };
    }

    private ShareLevel? LevelFor(string? dealId)
    {
        if (dealId is null || !_dealLevels.TryGetValue(dealId, out var dealLevel))
        {
            return _accountLevel;
        }

        return _accountLevel is { } account && account > dealLevel ? account : dealLevel;
    }
}
