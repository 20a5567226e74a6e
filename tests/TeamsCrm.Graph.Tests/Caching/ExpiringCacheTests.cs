using TeamsCrm.Graph.Caching;

namespace TeamsCrm.Graph.Tests.Caching;

public sealed class ExpiringCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryGet_BeforeExpiry_ReturnsValue()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.FromMinutes(5));
        cache.Set("a", "A");
        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal("A", value);
    }

    [Fact]
    public void TryGet_AtExpiry_Misses()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.FromMinutes(5));
        cache.Set("a", "A");
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void TryGet_CachedNull_HitsWithNull()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.FromMinutes(5));
        cache.Set("unknown", null);

        Assert.True(cache.TryGet("unknown", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Set_ZeroDuration_CachesNothing()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.Zero);
        cache.Set("a", "A");

        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Set_AtCapacity_DropsExpiredEntriesFirst()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.FromMinutes(5), capacity: 2);
        cache.Set("old", "O");
        _time.Advance(TimeSpan.FromMinutes(3));
        cache.Set("recent", "R");
        _time.Advance(TimeSpan.FromMinutes(2));

        cache.Set("new", "N");

        Assert.True(cache.TryGet("recent", out _));
        Assert.True(cache.TryGet("new", out _));
        Assert.False(cache.TryGet("old", out _));
    }

    [Fact]
    public void Set_AtCapacityWithNothingExpired_StaysWithinCapacity()
    {
        var cache = new ExpiringCache<string>(_time, TimeSpan.FromMinutes(5), capacity: 2);
        cache.Set("a", "A");
        cache.Set("b", "B");

        cache.Set("c", "C");

        Assert.True(cache.TryGet("c", out _));
        Assert.False(cache.TryGet("a", out _) && cache.TryGet("b", out _));
    }
}
