namespace TeamsCrm.Core.Tests.Architecture;

/// <summary>
/// The two layering rules of docs/architecture.md, checked on the source text (identifiers, strings and comments):
/// the protocol layer (src/TeamsCrm.Teams) knows no CRM word, and Core (src/TeamsCrm.Core) knows no Teams or Bot
/// Framework word. The lists are the rule; a new violation is fixed by renaming or rewording, not by shortening them.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>CRM words the protocol layer must not use.</summary>
    private static readonly string[] CrmWords =
    [
        "crm", "account", "accounts", "deal", "deals", "handoff", "handoffs", "contact", "contacts", "comment", "comments",
        "customer", "customers", "interaction", "interactions", "pipeline", "partner", "partners",
    ];

    /// <summary>
    /// Teams and Bot Framework words Core must not use. Not on the list: "card" (Core's customer-card read model in
    /// Core/Cards is the view of an account every surface shows, not an Adaptive Card), and "turn" and "invoke", which
    /// are ordinary English and C# words (a delegate's Invoke) more often than protocol terms.
    /// </summary>
    private static readonly string[] TeamsWords =
    [
        "teams", "msteams", "bot", "bots", "activity", "activities", "adaptive", "conversation", "conversations", "chat", "connector",
    ];

    /// <summary>The product name, and the protocol's names for a participant (a Bot Framework type, not a customer account).</summary>
    private static readonly string[] ProtocolPhrases = ["TeamsCrm", "TeamsChannelAccount", "ChannelAccount", "ConversationAccount"];

    /// <summary>
    /// Core's exceptions, each a domain value rather than protocol knowledge: Teams is one way to reach a contact and
    /// one channel an interaction happened on, next to email and phone (the enum member's name is stored data).
    /// </summary>
    private static readonly Dictionary<string, string> CoreExceptions = new(StringComparer.Ordinal)
    {
        ["src/TeamsCrm.Core/Contacts/PreferredChannel.cs"] = "Teams,",
        ["src/TeamsCrm.Core/Interactions/InteractionChannel.cs"] = "Teams,",
    };

    private static readonly string[] SourceExtensions = [".cs", ".resx", ".csproj", ".json"];

    [Fact]
    public void ProtocolLayer_Source_UsesNoCrmWord()
    {
        var scanner = new WordScanner(CrmWords.ToHashSet(), ProtocolPhrases);

        var violations = scanner.Violations(SourceTree.Files("src/TeamsCrm.Teams", SourceExtensions));

        Assert.True(violations.Count == 0, "The protocol layer uses CRM words:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Core_Source_UsesNoTeamsWord()
    {
        var files = SourceTree.Files("src/TeamsCrm.Core", SourceExtensions);
        var violations = files.SelectMany(file => Scanner(CoreExceptions.GetValueOrDefault(SourceTree.Relative(file))).Violations([file])).ToArray();

        Assert.True(violations.Length == 0, "Core uses Teams or Bot Framework words:\n" + string.Join('\n', violations));
    }

    [Theory]
    [InlineData("public void ShowAccountCard()", "Account")]
    [InlineData("// hands the DEAL over", "DEAL")]
    [InlineData("var text = \"CRM summary\";", "CRM")]
    [InlineData("namespace TeamsCrm.Teams.Crm;", "Crm")]
    [InlineData("logger.LogHandoffSent();", "Handoff")]
    public void ForbiddenIn_CrmWordInIdentifierStringOrComment_IsFound(string line, string expected)
    {
        var scanner = new WordScanner(CrmWords.ToHashSet(), ProtocolPhrases);

        Assert.Equal([expected], scanner.ForbiddenIn(line));
    }

    [Theory]
    [InlineData("namespace TeamsCrm.Teams.Routing;")]
    [InlineData("activity.From ??= new ChannelAccount { Id = id };")]
    [InlineData("var member = new TeamsChannelAccount();")]
    [InlineData("// the accountable owner")]
    public void ForbiddenIn_ProductNameProtocolTypeOrLongerWord_IsNotFound(string line)
    {
        var scanner = new WordScanner(CrmWords.ToHashSet(), ProtocolPhrases);

        Assert.Empty(scanner.ForbiddenIn(line));
    }

    [Theory]
    [InlineData("// sent by the Bot", "Bot")]
    [InlineData("public Activity Reply()", "Activity")]
    [InlineData("var channel = \"msteams\";", "msteams")]
    public void ForbiddenIn_TeamsWord_IsFound(string line, string expected)
    {
        Assert.Equal([expected], Scanner(exception: null).ForbiddenIn(line));
    }

    private static WordScanner Scanner(string? exception) =>
        new(TeamsWords.ToHashSet(), exception is null ? ProtocolPhrases : [.. ProtocolPhrases, exception]);
}
