namespace TeamsCrm.Graph.Tests.Context;

public sealed class GraphPersonPhotoSourceTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    [Fact]
    public async Task GetAsync_Photo_SizedEndpointCachedWithETag()
    {
        await using var graph = await ContextHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}/photos/64x64/$value", StubResponse.Image(Jpeg));

        var photo = await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);
        var again = await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.NotNull(photo);
        Assert.Equal(Jpeg, photo.Content.ToArray());
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.StartsWith("\"", photo.ETag, StringComparison.Ordinal);
        Assert.Same(photo, again);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_NoPhoto_NullAndRemembered()
    {
        await using var graph = await ContextHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}/photos/64x64/$value", StubResponse.NoPhoto());

        Assert.Null(await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
        Assert.Null(await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_GraphFails_NullNotRemembered()
    {
        await using var graph = await ContextHarness.StartAsync(o => o.MaxRetries = 0);
        graph.Stub.On($"/users/{TestUsers.MeganId}/photos/64x64/$value", StubResponse.Unavailable(), StubResponse.Image(Jpeg));

        Assert.Null(await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
        Assert.NotNull(await graph.Photos.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
    }
}
