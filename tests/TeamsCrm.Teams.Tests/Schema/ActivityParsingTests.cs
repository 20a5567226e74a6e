namespace TeamsCrm.Teams.Tests.Schema;

public sealed class ActivityParsingTests
{
    private static Activity Parse(JsonNode json) => JsonSerializer.Deserialize(json.ToJsonString(), BotJsonContext.Default.Activity)!;

    [Fact]
    public void Deserialize_TeamsChannelMessage_ReadsTeamChannelTenantAndLocale()
    {
        var json = TestActivities.Message("<at>CRM</at> my deals");
        json["locale"] = null;
        json["conversation"] = new JsonObject { ["id"] = "19:sales@thread.tacv2;messageid=42", ["conversationType"] = "channel", ["isGroup"] = true };
        json["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "t1" },
            ["team"] = new JsonObject { ["id"] = "19:sales@thread.tacv2", ["name"] = "Sales" },
            ["channel"] = new JsonObject { ["id"] = "19:contoso@thread.tacv2" },
        };
        json["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "de-DE", ["platform"] = "Web" });

        var activity = Parse(json);

        Assert.Equal("t1", activity.GetTenantId());
        Assert.Equal("19:sales@thread.tacv2", activity.GetTeamId());
        Assert.Equal("19:contoso@thread.tacv2", activity.GetChannelId());
        Assert.Equal("de-DE", activity.GetLocale());
        Assert.Equal("19:sales@thread.tacv2", ActivityExtensions.StripThread(activity.Conversation!.Id!));
    }

    [Fact]
    public void Deserialize_UnknownFields_KeptAndRoundTripped()
    {
        var json = TestActivities.Message();
        json["futureField"] = new JsonObject { ["a"] = 1 };
        json["from"]!["futureAccountField"] = "x";

        var activity = Parse(json);
        var again = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.True(activity.ExtensionData!.ContainsKey("futureField"));
        Assert.Contains("\"futureAccountField\":\"x\"", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<at>CRM</at> my deals", "my deals")]
    [InlineData("show <AT>crm</AT> account Contoso", "show  account Contoso")]
    [InlineData("<at>Adele</at> <at>CRM</at> hand off", "<at>Adele</at>  hand off")]
    public void GetTextWithoutBotMention_BotMentioned_RemovesOnlyBotMention(string text, string expected)
    {
        var json = TestActivities.Message(text);
        json["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>CRM</at>", ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "CRM" } },
            new JsonObject { ["type"] = "mention", ["text"] = "<at>Adele</at>", ["mentioned"] = new JsonObject { ["id"] = "29:1adele-vance", ["name"] = "Adele" } });

        Assert.Equal(expected, Parse(json).GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_MentionWithoutText_RemovesAtName()
    {
        var json = TestActivities.Message("<at>CRM</at> help");
        json["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "CRM" } });

        Assert.Equal("help", Parse(json).GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTenantId_OnlyConversationTenant_FallsBack()
    {
        var json = TestActivities.Message();
        json.Remove("channelData");

        Assert.Equal(TestTokens.TenantId, Parse(json).GetTenantId());
    }

    [Fact]
    public void Serialize_OutgoingMessage_OmitsNullsAndUsesCamelCase()
    {
        var text = JsonSerializer.Serialize(MessageFactory.Text("hi"), BotJsonContext.Default.Activity);

        Assert.Equal("{\"type\":\"message\",\"text\":\"hi\",\"textFormat\":\"plain\"}", text);
    }

    [Fact]
    public void Deserialize_MemberWithObjectId_ExposesAadObjectId()
    {
        var member = JsonSerializer.Deserialize("{\"id\":\"29:1\",\"objectId\":\"oid-1\",\"userRole\":\"guest\",\"userPrincipalName\":\"p#EXT#@c\",\"tenantId\":\"t\"}",
            BotJsonContext.Default.TeamsChannelAccount)!;

        Assert.Equal("oid-1", member.AadObjectId);
        Assert.Equal("guest", member.UserRole);
        Assert.Equal("p#EXT#@c", member.UserPrincipalName);
    }
}
