namespace TeamsCrm.Core.Access;

/// <summary>Everything a caller may try to do; <see cref="AccessPolicy"/> decides each one.</summary>
public enum CrmAction
{
    ViewAccount,
    ViewContacts,
    ViewDeal,
    ViewInternalFields,
    ViewSharedComments,
    ViewInternalComments,
    ViewInteractions,
    ViewTasks,
    ViewShares,
    ViewAudit,
    CreateAccount,
    UpdateAccount,
    ManageContacts,
    CreateDeal,
    UpdateDeal,
    ChangeDealStage,
    HandOffDeal,
    ReceiveHandoff,
    AddSharedComment,
    AddInternalComment,
    LogInteraction,
    ManageTasks,
    ManageShares,
}
