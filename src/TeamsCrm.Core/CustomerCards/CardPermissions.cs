namespace TeamsCrm.Core.CustomerCards;

/// <summary>The account-level actions one viewer may take from the customer card.</summary>
public sealed record CardPermissions(
    bool CanEditAccount,
    bool CanAddSharedComment,
    bool CanAddInternalComment,
    bool CanLogInteraction,
    bool CanManageContacts,
    bool CanCreateDeal,
    bool CanManageShares);
