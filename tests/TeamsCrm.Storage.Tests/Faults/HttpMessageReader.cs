using System.Globalization;
using System.Text;

namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// Reads whole HTTP/1.1 messages (head and body, by Content-Length or chunked, or to the end of the
/// stream for a response without either) from a connection, as raw bytes to forward unchanged.
/// </summary>
internal sealed class HttpMessageReader(Stream stream)
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next message, or null when the peer closed the connection between messages.</summary>
    public async Task<HttpMessage?> ReadAsync(bool isResponse, CancellationToken cancellationToken)
    {
        var message = new MemoryStream();
        var head = await ReadThroughAsync(HeadEnd, message, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var lines = Encoding.ASCII.GetString(head).Split("\r\n");
        var headers = lines.Skip(1)
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToArray();
        var status = isResponse ? int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture) : 0;
        string? Header(string name) => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

        if (isResponse && (status < 200 || status is 204 or 304))
        {
            // No body.
        }
        else if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            await CopyChunkedAsync(message, cancellationToken);
        }
        else if (Header("Content-Length") is { } length)
        {
            await CopyAsync(long.Parse(length, CultureInfo.InvariantCulture), message, cancellationToken);
        }
        else if (isResponse)
        {
            await CopyToEndAsync(message, cancellationToken);
        }

        return new HttpMessage(lines[0], status, message.ToArray());
    }

    private async Task CopyChunkedAsync(MemoryStream message, CancellationToken cancellationToken)
    {
        while (true)
        {
            var sizeLine = await ReadThroughAsync(LineEnd, message, cancellationToken) ?? throw new IOException("The chunked body ended early.");
            var size = long.Parse(Encoding.ASCII.GetString(sizeLine).Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                // Trailers, up to the empty line.
                while ((await ReadThroughAsync(LineEnd, message, cancellationToken) ?? throw new IOException("The trailers ended early.")).Length > 2)
                {
                }

                return;
            }

            await CopyAsync(size + 2, message, cancellationToken);
        }
    }

    /// <summary>Copies bytes up to and including <paramref name="delimiter"/>; returns them, or null at a clean end of stream.</summary>
    private async Task<byte[]?> ReadThroughAsync(byte[] delimiter, MemoryStream message, CancellationToken cancellationToken)
    {
        int found;
        while ((found = _buffer.AsSpan(_start, _end - _start).IndexOf(delimiter)) < 0)
        {
            if (!await FillAsync(cancellationToken))
            {
                return _start == _end ? null : throw new IOException("The connection closed in the middle of a message.");
            }
        }

        var bytes = _buffer.AsSpan(_start, found + delimiter.Length).ToArray();
        message.Write(bytes);
        _start += bytes.Length;
        return bytes;
    }

    private async Task CopyAsync(long count, MemoryStream message, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw new IOException("The connection closed in the middle of a body.");
            }

            var take = (int)Math.Min(count, _end - _start);
            message.Write(_buffer, _start, take);
            _start += take;
            count -= take;
        }
    }

    private async Task CopyToEndAsync(MemoryStream message, CancellationToken cancellationToken)
    {
        do
        {
            message.Write(_buffer, _start, _end - _start);
            _start = _end;
        }
        while (await FillAsync(cancellationToken));
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}

/// <summary>One HTTP message as it came over the wire.</summary>
internal sealed record HttpMessage(string StartLine, int Status, byte[] Bytes)
{
    /// <summary>An entity-group transaction of Table Storage is a POST to $batch.</summary>
    public bool IsTransaction => StartLine.StartsWith("POST ", StringComparison.Ordinal) && StartLine.Contains("/$batch", StringComparison.Ordinal);
}
