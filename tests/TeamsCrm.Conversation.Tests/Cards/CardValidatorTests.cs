namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>The validator itself must catch broken cards, or a clean report would mean nothing.</summary>
public sealed class CardValidatorTests
{
    [Fact]
    public void Validate_BrokenCards_ReportsEveryProblem()
    {
        var folder = CardValidator.NewFolder("broken");
        CardValidator.Write(folder, "duplicate-ids", Card(
            new JsonObject { ["type"] = "Input.Text", ["id"] = "same", ["label"] = "A" },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "same", ["label"] = "B" }));
        CardValidator.Write(folder, "unknown-type", Card(new JsonObject { ["type"] = "Carousel.Page" }));
        var noVersion = Card(new JsonObject { ["type"] = "TextBlock", ["text"] = "Hi" });
        noVersion.Remove("version");
        CardValidator.Write(folder, "no-version", noVersion);
        CardValidator.Write(folder, "empty-text", Card(new JsonObject { ["type"] = "TextBlock", ["text"] = " " }));
        CardValidator.Write(folder, "too-large", Card(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('x', 90_000) }));
        CardValidator.Write(folder, "openurl-without-url", Card(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Go" }),
        }));
        CardValidator.Write(folder, "good", Card(new JsonObject { ["type"] = "TextBlock", ["text"] = "Fine" }));

        var results = CardValidator.Validate(folder).ToDictionary(r => r.File);

        Assert.Contains(results["duplicate-ids"].Events, e => e.Event == "DuplicateId");
        Assert.Contains(results["unknown-type"].Events, e => e.Event == "UnknownElementType");
        Assert.Contains(results["no-version"].Events, e => e.Event == "MissingVersion");
        Assert.Contains(results["empty-text"].Events, e => e.Event == "EmptyTextBlock");
        Assert.Contains(results["too-large"].Events, e => e.Event == "TooLarge");
        Assert.Contains(results["openurl-without-url"].Events, e => e.Event == "PropertyCantBeNull");
        Assert.Empty(results["good"].Events);
    }

    [Fact]
    public void Validate_VersionOneThreeCards_UnfurlCardCleanAndNewerFeaturesReported()
    {
        var folder = CardValidator.NewFolder("v13");
        var plain = Card(new JsonObject { ["type"] = "TextBlock", ["text"] = "TeamsCrm" });
        plain["version"] = "1.3";
        var refreshed = (JsonObject)plain.DeepClone();
        refreshed["refresh"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "card.refresh" } };
        var other = (JsonObject)plain.DeepClone();
        other["version"] = "1.2";
        CardValidator.Write(folder, "plain", plain);
        CardValidator.Write(folder, "refreshed", refreshed);
        CardValidator.Write(folder, "other", other);

        var results = CardValidator.Validate(folder).ToDictionary(r => r.File);

        Assert.Empty(results["plain"].Events);
        Assert.Contains(results["refreshed"].Events, e => e.Event == "UnsupportedProperty");
        Assert.Contains(results["other"].Events, e => e.Event == "WrongVersion");
    }

    private static JsonObject Card(params JsonNode[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(body),
    };
}
