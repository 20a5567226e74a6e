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

    /// <summary>Share an account or deal with a partner organisation, or change the level of its share.</summary>
    ShareRecord,

    /// <summary>End the share of an account or deal with a partner organisation.</summary>
    UnshareRecord,

    /// <summary>"partners": the tenant's partner organisations and their guests.</summary>
    PartnerOrganizations,
    CreatePartnerOrganization,
    AddPartnerMember,
    RemovePartnerMember,
    RenamePartnerOrganization,
    ArchivePartnerOrganization,
}
