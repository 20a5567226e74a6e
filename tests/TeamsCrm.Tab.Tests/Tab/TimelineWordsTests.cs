using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tab.Resources;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Timeline entries in words, in both languages, with a sensible sentence for an audit action that has none of its own.</summary>
public sealed class TimelineWordsTests
{
    private static readonly PersonRef Megan = new("u1", "Megan Bowen");

    [Theory]
    [InlineData("en-US", "Megan Bowen moved Renewal from Qualified to Proposal")]
    [InlineData("de-DE", "Megan Bowen hat Renewal von Qualifiziert nach Angebot verschoben")]
    public void Describe_StageChange_InTheViewersLanguage(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var words = TimelineWords.Describe(Texts(), new StageChangeTimelineEntry(DateTimeOffset.UnixEpoch, Megan, "Renewal", DealStage.Qualified, DealStage.Proposal));

        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("en-US", "Megan Bowen changed Fabrikam Partners's access to Contoso Renewal: Edit → Read")]
    [InlineData("de-DE", "Megan Bowen hat den Zugriff von Fabrikam Partners auf Contoso Renewal geändert: Bearbeiten → Lesen")]
    public void Describe_ShareLevelChange_WhoseAccessToWhatFromTo(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var words = TimelineWords.Describe(Texts(), new ShareLevelTimelineEntry(DateTimeOffset.UnixEpoch, Megan, "Fabrikam Partners", "Contoso Renewal", ShareLevel.Edit, ShareLevel.Read));

        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("Task", "Completed", "Megan Bowen completed the task Call back")]
    [InlineData("Contact", "Updated", "Megan Bowen updated the contact Call back")]
    [InlineData("Deal", "Archived", "Megan Bowen changed: deal")]
    [InlineData("Invoice", "Sent", "Megan Bowen changed: Invoice")]
    public void Describe_AuditEntry_KnownActionsInWordsOthersGenerically(string kind, string action, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal(expected, TimelineWords.Describe(Texts(), new AuditTimelineEntry(DateTimeOffset.UnixEpoch, Megan, kind, action, "Call back")));
    }

    [Fact]
    public void Resources_EveryEnglishText_HasAGermanOne()
    {
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var english = Texts().GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        var german = Texts().GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet();

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(german));
        Assert.Empty(german.Except(english));
    }

    private static StringLocalizer<TabTexts> Texts() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
