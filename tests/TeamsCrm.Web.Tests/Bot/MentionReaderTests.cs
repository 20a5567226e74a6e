using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Teams.Connector;

namespace TeamsCrm.Web.Tests.Bot;

public sealed class MentionReaderTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private const string ConversationId = "19:deal-desk@thread.v2";
    private const string BotId = "28:bot";

    private readonly Mock<IConnectorClient> _connector = new(MockBehavior.Strict);

    [Fact]
    public async Task ReadAsync_MentionWithObjectId_UsedAsIsWithoutALookup()
    {
        var mentions = await Reader().ReadAsync(Message(Mention("29:megan", "Megan Bowen", objectId: "aad-megan")), CancellationToken.None);

        var mention = Assert.Single(mentions);
        Assert.Equal(("<at>Megan Bowen</at>", "aad-megan"), (mention.Text, mention.UserId));
    }

    [Fact]
    public async Task ReadAsync_MentionWithTeamsIdOnly_LooksUpTheMembersObjectId()
    {
        _connector.Setup(c => c.GetMemberAsync(ServiceUrl, ConversationId, "29:megan", It.IsAny<CancellationToken>()))
            .ReturnsAsync(ConnectorResult<TeamsChannelAccount>.Success(new TeamsChannelAccount { Id = "29:megan", AadObjectId = "aad-megan" }, 200));

        var mentions = await Reader().ReadAsync(Message(Mention("29:megan", "Megan Bowen")), CancellationToken.None);

        Assert.Equal("aad-megan", Assert.Single(mentions).UserId);
    }

    [Fact]
    public async Task ReadAsync_LookupFails_MentionLeftOutSoItsTextIsAPlainName()
    {
        _connector.Setup(c => c.GetMemberAsync(ServiceUrl, ConversationId, "29:gone", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConnectorResult<TeamsChannelAccount>(ConnectorOutcome.NotFound, null, 404, "MemberNotFound", null));
        _connector.Setup(c => c.GetMemberAsync(ServiceUrl, ConversationId, "29:megan", It.IsAny<CancellationToken>()))
            .ReturnsAsync(ConnectorResult<TeamsChannelAccount>.Success(new TeamsChannelAccount { Id = "29:megan", AadObjectId = "aad-megan" }, 200));

        var mentions = await Reader().ReadAsync(Message(Mention("29:gone", "Gone Person"), Mention("29:megan", "Megan Bowen")), CancellationToken.None);

        Assert.Equal("aad-megan", Assert.Single(mentions).UserId);
    }

    [Fact]
    public async Task ReadAsync_BotMentionAndEntitiesThatAreNoMentions_Ignored()
    {
        var activity = Message(Mention(BotId, "CRM"), new Entity { Type = Entity.ClientInfoType, Locale = "de-DE" }, new Entity { Type = Entity.MentionType, Text = "<at>x</at>" });

        Assert.Empty(await Reader().ReadAsync(activity, CancellationToken.None));
    }

    private MentionReader Reader() => new(_connector.Object, NullLogger<MentionReader>.Instance);

    private static Entity Mention(string id, string name, string? objectId = null) =>
        new() { Type = Entity.MentionType, Text = $"<at>{name}</at>", Mentioned = new ChannelAccount { Id = id, Name = name, AadObjectId = objectId } };

    private static Activity Message(params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = ConversationId },
        Recipient = new ChannelAccount { Id = BotId },
        Entities = [.. entities],
    };
}
