using System.Net.WebSockets;
using System.Text;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The Playground's WebSocket stream of what the bot posted (createMessage/updateMessage/typing frames).</summary>
internal sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<JsonElement> _frames = new();
    private Task? _receiving;

    public IReadOnlyCollection<JsonElement> Frames => _frames;

    public async Task ConnectAsync(Uri uri)
    {
        await _socket.ConnectAsync(uri, CancellationToken.None);
        _receiving = ReceiveAsync();
    }

    /// <summary>How many frames have arrived so far: a mark for <see cref="Posts"/> to read only what came later.</summary>
    public int Count => _frames.Count;

    /// <summary>The createMessage frames in a conversation (channel threads included) whose message matches.</summary>
    public IEnumerable<JsonElement> Messages(string conversationId, Func<JsonElement, bool> match) => Posts(conversationId, match, since: 0, includeUpdates: false);

    /// <summary>
    /// The frames from the <paramref name="since"/>-th on, in arrival order, that create (and with <paramref name="includeUpdates"/>
    /// also update in place) a message in a conversation (channel threads included) whose message matches.
    /// </summary>
    public IEnumerable<JsonElement> Posts(string conversationId, Func<JsonElement, bool> match, int since, bool includeUpdates) =>
        _frames.Skip(since).Where(f => f.TryGetProperty("action", out var a) && (a.GetString() == "createMessage" || (includeUpdates && a.GetString() == "updateMessage"))
            && f.TryGetProperty("actionConversationId", out var c) && (c.GetString() ?? string.Empty).StartsWith(conversationId, StringComparison.Ordinal)
            && f.TryGetProperty("message", out var m) && match(m));

    public static string ConversationId(JsonElement frame) => frame.GetProperty("actionConversationId").GetString() ?? string.Empty;

    /// <summary>The first frame <see cref="Posts"/> finds, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> WaitForPostAsync(string conversationId, Func<JsonElement, bool> match, TimeSpan timeout, int since, bool includeUpdates)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = Posts(conversationId, match, since, includeUpdates).FirstOrDefault();
            if (found.ValueKind != JsonValueKind.Undefined)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No bot message in {conversationId} within {timeout}. Frames: {string.Join("\n", _frames.Select(f => f.GetRawText()))}");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(frame.ToArray());
                frame.SetLength(0);
                try
                {
                    using var document = JsonDocument.Parse(text);
                    _frames.Enqueue(document.RootElement.Clone());
                }
                catch (JsonException)
                {
                    // Not a JSON frame (e.g. a keep-alive); ignore.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_receiving is not null)
        {
            await _receiving;
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}
