namespace TeamsCrm.Conversation.Understanding;

/// <summary>What a person asked the CRM bot for.</summary>
public enum Intent
{
    Unknown,
    Help,
    ShowAccount,
    MyDeals,
    MyHandoffs,
    MyTasks,
    HandOffDeal,
    CommentOnAccount,
    LogInteraction,
    CreateLead,
    CreateAccount,
    CreateContact,
    LinkChannel,
    ChannelSummary,

    /// <summary>"partners": the tenant's partner organisations and their guests.</summary>
    PartnerOrganizations,
    CreatePartnerOrganization,
    AddPartnerMember,
    RemovePartnerMember,
    RenamePartnerOrganization,
    ArchivePartnerOrganization,
}
