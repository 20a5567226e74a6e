namespace TeamsCrm.Teams.Tests.Routing;

/// <summary>The exact body shapes of invoke answers (docs/bot-channel.md, "What lives where").</summary>
public sealed class InvokeResponsesTests
{
    [Fact]
    public void AdaptiveCardError_Status400_WrapsCodeAndMessageIn200()
    {
        var response = AdaptiveCardResponses.Error(400, "BadVerb", "Unknown verb");

        Assert.Equal(200, response.Status);
        Assert.Equal("{\"statusCode\":400,\"type\":\"application/vnd.microsoft.error\",\"value\":{\"code\":\"BadVerb\",\"message\":\"Unknown verb\"}}", response.Body!.ToJsonString());
    }

    [Fact]
    public void AdaptiveCardMessage_Text_IsActivityMessage()
    {
        Assert.Equal("{\"statusCode\":200,\"type\":\"application/vnd.microsoft.activity.message\",\"value\":\"Saved\"}", AdaptiveCardResponses.Message("Saved").Body!.ToJsonString());
    }

    [Fact]
    public void ComposeExtensionResult_Item_HasPreviewAndListLayout()
    {
        var item = new ComposeExtensionItem("application/vnd.microsoft.card.adaptive", new JsonObject { ["type"] = "AdaptiveCard" },
            "application/vnd.microsoft.card.hero", new JsonObject { ["title"] = "Contoso" });

        var body = ComposeExtensionResponses.Result([item]).Body!.ToJsonString();

        Assert.Equal("{\"composeExtension\":{\"type\":\"result\",\"attachmentLayout\":\"list\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\"},\"preview\":{\"contentType\":\"application/vnd.microsoft.card.hero\",\"content\":{\"title\":\"Contoso\"}}}]}}", body);
    }

    [Fact]
    public void TaskContinue_Card_HasTaskContinueShape()
    {
        var body = TaskModuleResponses.ContinueWithCard("Edit", new JsonObject { ["type"] = "AdaptiveCard" }).Body!;

        Assert.Equal("continue", body["task"]!["type"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["task"]!["value"]!["card"]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public void TaskMessage_Text_HasTaskMessageShape()
    {
        Assert.Equal("{\"task\":{\"type\":\"message\",\"value\":\"Done\"}}", TaskModuleResponses.Message("Done").Body!.ToJsonString());
        Assert.Null(TaskModuleResponses.Close().Body);
    }
}
