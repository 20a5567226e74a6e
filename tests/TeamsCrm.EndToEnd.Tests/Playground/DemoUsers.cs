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
    public const string BotId = "28:" + DemoPeople.BotAppId;

    /// <summary>The Playground's current user's personal chat: the only 1:1 chat it shows, so everyone's notifications are read here.</summary>
    public const string PersonalChat = "a:1personal-chat-megan";

    /// <summary>The group chat: every demo user is a member.</summary>
    public const string GroupChat = "19:crm-deal-desk@thread.v2";

    public static readonly TeamsUser Megan = From(DemoPeople.Megan);
    public static readonly TeamsUser Lukas = From(DemoPeople.Lukas);
    public static readonly TeamsUser Adele = From(DemoPeople.Adele);

    private static TeamsUser From(DemoPerson person) => new(person.TeamsId, person.Name, person.AadObjectId);
}
