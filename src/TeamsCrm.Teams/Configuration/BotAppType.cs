namespace TeamsCrm.Teams.Configuration;

/// <summary>How the bot's identity is registered in Entra ID.</summary>
public enum BotAppType
{
    /// <summary>Own tenant only (the default; new multi-tenant bots are deprecated since 31 Jul 2025).</summary>
    SingleTenant,

    /// <summary>Legacy multi-tenant registration: tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity (no secret).</summary>
    UserAssignedMSI,
}
