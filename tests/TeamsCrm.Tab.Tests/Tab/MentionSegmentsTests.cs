using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Tab;

public sealed class MentionSegmentsTests
{
    private static readonly PersonRef Lukas = new("u1", "Lukas Schneider");
    private static readonly PersonRef Luk = new("u2", "Luk");

    [Fact]
    public void Split_TextWithMentions_MarksOnlyTheMentionedNames()
    {
        var pieces = MentionSegments.Split("Hi @Lukas Schneider and @Nobody, see @Lukas Schneider.", [Lukas]);

        Assert.Equal(
            [("Hi ", false), ("@Lukas Schneider", true), (" and @Nobody, see ", false), ("@Lukas Schneider", true), (".", false)],
            pieces);
    }

    [Fact]
    public void Split_NamesThatStartAlike_TheLongestNameWins()
    {
        var pieces = MentionSegments.Split("@Lukas Schneider @Luk", [Luk, Lukas]);

        Assert.Equal([("@Lukas Schneider", true), (" ", false), ("@Luk", true)], pieces);
    }

    [Fact]
    public void Split_NoMentions_TheWholeTextAsOnePlainPiece()
    {
        Assert.Equal([("<b>@Lukas</b>", false)], MentionSegments.Split("<b>@Lukas</b>", []));
        Assert.Empty(MentionSegments.Split(string.Empty, [Lukas]));
    }
}
