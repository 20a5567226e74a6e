namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The real app and a real Agents Playground whose <b>current user is Pat Reyes</b>, the demo tenant's B2B guest and
/// member of Fabrikam Partners: the Playground sends Pat's messages and clicks as its own user's, as a guest's Teams
/// client would. Its configuration is the repository's (.m365agentsplayground.yml) with Pat made the current user and
/// Megan one of the users (<see cref="PlaygroundConfigFile"/>); everything else (tenant, bot, chat ids) is the same.
/// The Playground's members API answers userRole "user" for everyone (its code hard-codes it), so the app can tell
/// that Pat is a guest only from the other signals: the directory (userType Guest, an #EXT# user principal name) and
/// Pat's membership of Fabrikam Partners. Only the configuration file differs: the Playground is started by
/// <see cref="PlaygroundFixture"/> as always, with <c>--disable-telemetry</c> and
/// <c>APPLICATION_INSIGHTS_NO_STATSBEAT=true</c>, so it never reaches for a host beyond loopback.
/// </summary>
public sealed class GuestPlaygroundFixture : PlaygroundFixture
{
    protected override string PlaygroundConfigPath(string root, string workDirectory)
    {
        var path = Path.Combine(workDirectory, "guest-playground.yml");
        var repositoryConfig = File.ReadAllLines(base.PlaygroundConfigPath(root, workDirectory));
        File.WriteAllLines(path, PlaygroundConfigFile.WithCurrentUser(repositoryConfig, PartnerUsers.Pat.Id));
        return path;
    }
}
