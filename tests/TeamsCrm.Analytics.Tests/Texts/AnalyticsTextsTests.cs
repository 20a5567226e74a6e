using System.Xml.Linq;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Tests.Texts;

public sealed class AnalyticsTextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    [Fact]
    public void Resources_EnglishAndGerman_HaveTheSameKeysAndDifferentWords()
    {
        var english = Keys();

        Assert.NotEmpty(english);
        foreach (var key in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(AnalyticsTexts.Get(key, German)), key);
        }

        Assert.NotEqual(AnalyticsTexts.Segment(RfmSegment.AtRisk, English), AnalyticsTexts.Segment(RfmSegment.AtRisk, German));
    }

    [Fact]
    public void Names_EverySegmentStageAndChannel_ExistInBothLanguages()
    {
        foreach (var culture in new[] { English, German })
        {
            Assert.All(Enum.GetValues<RfmSegment>(), s => Assert.NotEmpty(AnalyticsTexts.Segment(s, culture)));
            Assert.All(Enum.GetValues<DealStage>(), s => Assert.NotEmpty(AnalyticsTexts.Stage(s, culture)));
            Assert.All(Enum.GetValues<InteractionChannel>(), c => Assert.NotEmpty(AnalyticsTexts.Channel(c, culture)));
        }
    }

    [Theory]
    [InlineData(12.4, "+12 %")]
    [InlineData(-8, "−8 %")]
    [InlineData(0.2, "±0 %")]
    public void Percent_Points_AreSigned(double points, string expected) =>
        Assert.Equal(expected, AnalyticsTexts.Percent(points, English));

    [Fact]
    public void Duration_LongAnswers_AreDaysInTheReadersLanguage()
    {
        Assert.Equal("4.5 days", AnalyticsTexts.Duration(TimeSpan.FromDays(4.5), English));
        Assert.Equal("4,5 Tage", AnalyticsTexts.Duration(TimeSpan.FromDays(4.5), German));
    }

    /// <summary>The keys of both resx files (the source, next to the build output's project), which must be the same.</summary>
    private static List<string> Keys()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "TeamsCrm.Analytics", "Texts");
        var en = XDocument.Load(Path.Combine(path, "AnalyticsTexts.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var de = XDocument.Load(Path.Combine(path, "AnalyticsTexts.de.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        Assert.Equal(en.Order(), de.Order());
        return en;
    }
}
