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

    /// <summary>"pipeline", "my pipeline", "team pipeline": the open pipeline's figures (mine unless the words say the team's).</summary>
    Pipeline,

    /// <summary>"forecast this quarter", "next quarter", "forecast for March": the weighted forecast of whole months.</summary>
    Forecast,

    /// <summary>"who should I call today": the asker's call list, each contact with the best channel and why.</summary>
    CallList,

    /// <summary>"which customers are at risk": accounts at risk or going cold, with the evidence.</summary>
    AtRiskCustomers,

    /// <summary>"which customers are interested in Sensor Pro", "who buys Sensor Pro", "product insights": which segments look at a product and which win with it.</summary>
    ProductInsights,
}
