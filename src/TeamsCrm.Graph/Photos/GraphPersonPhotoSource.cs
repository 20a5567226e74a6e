using System.Security.Cryptography;
using Microsoft.Graph.Models.ODataErrors;
using TeamsCrm.Graph.Caching;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Context;

namespace TeamsCrm.Graph.Photos;

/// <summary>
/// Profile photos from Graph's sized photo endpoint (GET /users/{id}/photos/64x64/$value: Graph resizes),
/// cached per tenant for <see cref="GraphOptions.ProfileCacheDuration"/>; 404 (no photo) is cached as none,
/// other failures are not cached and answer null.
/// </summary>
public sealed class GraphPersonPhotoSource : IPersonPhotoSource
{
    /// <summary>Photos larger than this are not served (a 64×64 photo is a few KB).</summary>
    public const int MaxBytes = 256 * 1024;

    private readonly IGraphClientProvider _clients;
    private readonly ILogger _logger;
    private readonly ExpiringCache<PersonPhoto> _photos;

    public GraphPersonPhotoSource(IGraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphPersonPhotoSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _logger = logger;
        _photos = new(time, options.Value.ProfileCacheDuration, 2_000);
    }

    public async Task<PersonPhoto?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        var client = _clients.ForTenant(tenantId);
        if (client is null || !Guid.TryParse(userId, out var id))
        {
            return null;
        }

        var key = $"{tenantId}|{id}";
        if (_photos.TryGet(key, out var cached))
        {
            return cached;
        }

        try
        {
            var stream = await client.Users[id.ToString()].Photos[ContextBatch.PhotoSize].Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            PersonPhoto? photo = null;
            if (stream is not null)
            {
                await using (stream.ConfigureAwait(false))
                {
                    photo = await ReadAsync(stream, cancellationToken).ConfigureAwait(false);
                }
            }

            _photos.Set(key, photo);
            return photo;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            _photos.Set(key, null);
            return null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
        {
            ContextLog.PhotoFailed(_logger, userId, error);
            return null;
        }
    }

    private static async Task<PersonPhoto?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length is 0 or > MaxBytes)
        {
            return null;
        }

        var bytes = buffer.ToArray();
        return new PersonPhoto(bytes, PhotoContentType.Sniff(bytes), $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..20]}\"");
    }
}
