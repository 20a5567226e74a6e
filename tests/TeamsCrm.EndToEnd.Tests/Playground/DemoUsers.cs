namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>A person as the Playground and Teams name them: the Teams member id, display name and Entra object id.</summary>
internal sealed record TeamsUser(string Id, string Name, string AadObjectId)
{
    /// <summary>The Teams "at" tag of a mention of this person in message text.</summary>
    public string AtTag => $"<at>{Name}</at>";
}

/// <summary>The people, bot and chats of the Agents Playground configuration at the repository root (the demo tenant seeded in Development).</summary>
internal static class DemoUsers
{
    public const string BotId = "28:c0ffee00-0000-4000-8000-00000000b071";

    /// <summary>The Playground's current user's personal chat: the only 1:1 chat it shows, so everyone's notifications are read here.</summary>
    public const string PersonalChat = "a:1personal-chat-megan";

    /// <summary>The group chat: every demo user is a member.</summary>
    public const string GroupChat = "19:crm-deal-desk@thread.v2";

    public static readonly TeamsUser Megan = new("29:1megan-bowen", "Megan Bowen", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01");
    public static readonly TeamsUser Lukas = new("29:1lukas-schneider", "Lukas Schneider", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e02");
    public static readonly TeamsUser Adele = new("29:1adele-vance", "Adele Vance", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e03");
}
