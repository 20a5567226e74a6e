namespace TeamsCrm.Core.Workspace;

/// <summary>The account-level actions one viewer may take in the workspace, decided by the access policy.</summary>
public sealed record WorkspacePermissions(
    bool CanEditAccount,
    bool CanManageContacts,
    bool CanCreateDeal,
    bool CanAddSharedComment,
    bool CanAddInternalComment,
    bool CanManageTasks,
    bool CanManageShares,
    bool CanSearchPeople);
