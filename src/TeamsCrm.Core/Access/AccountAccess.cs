using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Access;

/// <summary>
/// What one caller may see and do within one account, decided once from the account's shares.
/// Obtain it from <see cref="AccessPolicy.ForAccount"/>; never build it elsewhere.
/// </summary>
public sealed class AccountAccess
{
    private readonly Caller caller;
    private readonly ShareLevel? accountLevel;
    private readonly IReadOnlyDictionary<string, ShareLevel> dealLevels;

    internal AccountAccess(Caller caller, ShareLevel? accountLevel, IReadOnlyDictionary<string, ShareLevel> dealLevels)
    {
        this.caller = caller;
        this.accountLevel = accountLevel;
        this.dealLevels = dealLevels;
    }

    public Caller Caller => caller;

    /// <summary>True when the caller may see the account at all; when false it does not exist for them.</summary>
    public bool CanSeeAccount => Can(CrmAction.ViewAccount);

    /// <summary>True for guests: internal fields, internal comments and other organisations' shares are removed.</summary>
    public bool IsRedacted => caller.IsGuest;

    public bool CanSeeDeal(string dealId) => Can(CrmAction.ViewDeal, dealId);

    /// <summary>Decides <paramref name="action"/> on the account, or on the deal <paramref name="dealId"/> of it.</summary>
    public bool Can(CrmAction action, string? dealId = null)
    {
        if (!caller.IsGuest)
        {
            return true;
        }

        var level = LevelFor(dealId);
        return action switch
        {
            CrmAction.ViewAccount => accountLevel is not null || dealLevels.Count > 0,
            CrmAction.ViewContacts => accountLevel is not null,
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
        if (dealId is null || !dealLevels.TryGetValue(dealId, out var dealLevel))
        {
            return accountLevel;
        }

        return accountLevel is { } account && account > dealLevel ? account : dealLevel;
    }
}
