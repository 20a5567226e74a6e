using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Tab;

public sealed class WorkspaceClockTests
{
    [Fact]
    public void EndOf_DayInBerlin_IsTheLastMinuteOfThatDayThere()
    {
        var clock = WorkspaceClock.For("Europe/Berlin");

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.FromHours(1)), clock.EndOf(new DateOnly(2026, 11, 20)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 23, 59, 0, TimeSpan.FromHours(2)), clock.EndOf(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateOnly(2026, 11, 21), clock.Day(new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Not/A_Zone")]
    public void For_UnknownZone_IsUtc(string? zone)
    {
        Assert.Same(WorkspaceClock.Utc, WorkspaceClock.For(zone));
    }
}
