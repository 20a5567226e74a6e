using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// A real loopback HTTP/1.1 proxy in front of Azurite's table endpoint, forwarding every request
/// unchanged (shared-key signatures do not cover the port), that can break an entity-group
/// transaction ($batch) in two ways: <see cref="DropNextTransactionResponse"/> forwards the next
/// transaction, lets Azurite commit it, reads the response and closes the client's connection
/// instead of answering — the lost response the SDK retries — and <see cref="HoldNextTransaction"/>
/// keeps the next transaction until released, so it reaches Azurite after its client gave up.
/// <see cref="OnlyTransactionsOn"/> narrows both (and the count) to the transactions of one table, so a
/// commit's other batches (its notification markers) pass untouched.
/// </summary>
internal sealed partial class TransactionFaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _upstreamConnectionString;
    private readonly Uri _upstream;
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _dropsArmed;
    private int _transactions;
    private int _droppedResponses;
    private TransactionHold? _hold;
    private string? _onlyTable;

    private TransactionFaultProxy(string upstreamConnectionString)
    {
        _upstreamConnectionString = upstreamConnectionString;
        _upstream = new Uri(TableEndpoint().Match(_upstreamConnectionString).Groups["url"].Value);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The connection string of the upstream Azurite with its table endpoint pointing at this proxy.</summary>
    public string ConnectionString =>
        TableEndpoint().Replace(_upstreamConnectionString, $"TableEndpoint=http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{_upstream.AbsolutePath};");

    /// <summary>How many transactions reached Azurite through the proxy (a retried one counts twice).</summary>
    public int Transactions => Volatile.Read(ref _transactions);

    public int DroppedResponses => Volatile.Read(ref _droppedResponses);

    public static TransactionFaultProxy Start(string upstreamConnectionString) => new(upstreamConnectionString);

    public void DropNextTransactionResponse() => Interlocked.Increment(ref _dropsArmed);

    /// <summary>Breaks and counts only the transactions whose operations address <paramref name="table"/>.</summary>
    public void OnlyTransactionsOn(string table) => _onlyTable = table;

    public TransactionHold HoldNextTransaction() => _hold = new TransactionHold();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        _hold?.Release();
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections, _accepting];
        }

        try
        {
            await Task.WhenAll(open);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Connections end with the proxy.
        }

        _stopping.Dispose();
    }

    [GeneratedRegex("TableEndpoint=(?<url>[^;]+);")]
    private static partial Regex TableEndpoint();

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            lock (_connections)
            {
                _connections.Add(ServeQuietlyAsync(client));
            }
        }
    }

    private async Task ServeQuietlyAsync(TcpClient client)
    {
        try
        {
            await ServeAsync(client);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (or the proxy stops): the connection ends.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            using var server = new TcpClient();
            await server.ConnectAsync(_upstream.Host, _upstream.Port, _stopping.Token);
            var fromClient = new HttpMessageReader(client.GetStream());
            var fromServer = new HttpMessageReader(server.GetStream());
            while (await fromClient.ReadAsync(isResponse: false, _stopping.Token) is { } request)
            {
                var faultable = request.IsTransaction && Addresses(request, _onlyTable);
                var held = faultable ? Interlocked.Exchange(ref _hold, null) : null;
                if (held is not null)
                {
                    await held.WaitForReleaseAsync(_stopping.Token);
                }

                await server.GetStream().WriteAsync(request.Bytes, _stopping.Token);
                HttpMessage response;
                do
                {
                    response = await fromServer.ReadAsync(isResponse: true, _stopping.Token)
                        ?? throw new IOException("Azurite closed the connection without answering.");
                    if (response.Status < 200)
                    {
                        await client.GetStream().WriteAsync(response.Bytes, _stopping.Token);
                    }
                }
                while (response.Status < 200);
                held?.MarkAnswered();

                if (faultable)
                {
                    Interlocked.Increment(ref _transactions);
                    if (TryConsumeDrop())
                    {
                        Interlocked.Increment(ref _droppedResponses);
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    }
                }

                await client.GetStream().WriteAsync(response.Bytes, _stopping.Token);
            }
        }
    }

    /// <summary>Whether a transaction's operations address <paramref name="table"/> (any table when null).</summary>
    private static bool Addresses(HttpMessage request, string? table) =>
        table is null || Regex.IsMatch(System.Text.Encoding.UTF8.GetString(request.Bytes), $"/{Regex.Escape(table)}[(? ]", RegexOptions.CultureInvariant);

    private bool TryConsumeDrop()
    {
        int armed;
        do
        {
            armed = Volatile.Read(ref _dropsArmed);
            if (armed == 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _dropsArmed, armed - 1, armed) != armed);
        return true;
    }
}
