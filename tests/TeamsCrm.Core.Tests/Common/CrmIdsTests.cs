namespace TeamsCrm.Core.Tests.Common;

public sealed class CrmIdsTests
{
    [Fact]
    public void New_AnyTime_IsWellFormedLowercaseHex32()
    {
        var id = CrmIds.New(new FakeTimeProvider(TestData.Now));

        Assert.Equal(32, id.Length);
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(CrmIds.IsWellFormed(id));
    }

    [Fact]
    public void New_IsGuidVersion7()
    {
        var id = CrmIds.New(new FakeTimeProvider(TestData.Now));

        Assert.Equal(7, Guid.ParseExact(id, "N").Version);
    }

    [Fact]
    public void New_SameTime_IdsDiffer()
    {
        var time = new FakeTimeProvider(TestData.Now);

        var ids = Enumerable.Range(0, 100).Select(_ => CrmIds.New(time)).ToHashSet();

        Assert.Equal(100, ids.Count);
    }

    [Fact]
    public void New_LaterTimes_SortOrdinallyByCreationTime()
    {
        var time = new FakeTimeProvider(TestData.Now);
        var ids = new List<string>();
        foreach (var step in new[] { 1, 1, 5, 1_000, 60_000, 86_400_000 })
        {
            ids.Add(CrmIds.New(time));
            time.Advance(TimeSpan.FromMilliseconds(step));
        }

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2026, 3, 2, 9, 30, 15, 123)]
    [InlineData(2000, 1, 1, 0, 0, 0, 0)]
    [InlineData(2099, 12, 31, 23, 59, 59, 999)]
    public void CreatedAt_NewId_RoundTripsToTheMillisecond(int year, int month, int day, int hour, int minute, int second, int millisecond)
    {
        var at = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);

        var id = CrmIds.New(new FakeTimeProvider(at));

        Assert.Equal(at, CrmIds.CreatedAt(id));
    }

    [Fact]
    public void CreatedAt_TimeWithSubMillisecondTicks_TruncatesToTheMillisecond()
    {
        var at = TestData.Now.AddTicks(4_321);

        var id = CrmIds.New(new FakeTimeProvider(at));

        Assert.Equal(TestData.Now, CrmIds.CreatedAt(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-id")]
    [InlineData("0190f5c2a1b27c3d8e4f5a6b7c8d9e0")]
    [InlineData("0190f5c2a1b27c3d8e4f5a6b7c8d9e0f0")]
    [InlineData("0190f5c2a1b27c3d8e4f5a6b7c8d9e0g")]
    [InlineData("0190f5c2-a1b2-7c3d-8e4f-5a6b7c8d9e0f")]
    [InlineData("{0190f5c2a1b27c3d8e4f5a6b7c8d9e0f}")]
    [InlineData("0190f5c2a1b27c3d8e4f5a6b7c8d9e0 ")]
    [InlineData("Müller Maschinenbau GmbH")]
    public void IsWellFormed_Junk_IsFalse(string? id)
    {
        Assert.False(CrmIds.IsWellFormed(id));
    }

    [Fact]
    public void IsWellFormed_ThirtyTwoLowercaseHexDigits_IsTrue()
    {
        Assert.True(CrmIds.IsWellFormed("0190f5c2a1b27c3d8e4f5a6b7c8d9e0f"));
    }
}
