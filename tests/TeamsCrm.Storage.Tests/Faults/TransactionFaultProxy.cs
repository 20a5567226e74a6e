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
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly string upstreamConnectionString;
    private readonly Uri upstream;
    private readonly List<Task> connections = [];
    private readonly Task accepting;
    private int dropsArmed;
    private int transactions;
    private int droppedResponses;
    private TransactionHold? hold;
    private string? onlyTable;

    private TransactionFaultProxy(string upstreamConnectionString)
    {
        this.upstreamConnectionString = upstreamConnectionString;
        upstream = new Uri(TableEndpoint().Match(upstreamConnectionString).Groups["url"].Value);
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The connection string of the upstream Azurite with its table endpoint pointing at this proxy.</summary>
    public string ConnectionString =>
        TableEndpoint().Replace(upstreamConnectionString, $"TableEndpoint=http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{upstream.AbsolutePath};");

    /// <summary>How many transactions reached Azurite through the proxy (a retried one counts twice).</summary>
    public int Transactions => Volatile.Read(ref transactions);

    public int DroppedResponses => Volatile.Read(ref droppedResponses);

    public static TransactionFaultProxy Start(string upstreamConnectionString) => new(upstreamConnectionString);

    public void DropNextTransactionResponse() => Interlocked.Increment(ref dropsArmed);

    /// <summary>Breaks and counts only the transactions whose operations address <paramref name="table"/>.</summary>
    public void OnlyTransactionsOn(string table) => onlyTable = table;

    public TransactionHold HoldNextTransaction() => hold = new TransactionHold();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        hold?.Release();
        Task[] open;
        lock (connections)
        {
            open = [.. connections, accepting];
        }

        try
        {
            await Task.WhenAll(open);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Connections end with the proxy.
        }

        stopping.Dispose();
    }

    [GeneratedRegex("TableEndpoint=(?<url>[^;]+);")]
    private static partial Regex TableEndpoint();

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            lock (connections)
            {
                connections.Add(ServeQuietlyAsync(client));
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
            await server.ConnectAsync(upstream.Host, upstream.Port, stopping.Token);
            var fromClient = new HttpMessageReader(client.GetStream());
            var fromServer = new HttpMessageReader(server.GetStream());
            while (await fromClient.ReadAsync(isResponse: false, stopping.Token) is { } request)
            {
                var faultable = request.IsTransaction && Addresses(request, onlyTable);
                var held = faultable ? Interlocked.Exchange(ref hold, null) : null;
                if (held is not null)
                {
                    await held.WaitForReleaseAsync(stopping.Token);
                }

                await server.GetStream().WriteAsync(request.Bytes, stopping.Token);
                HttpMessage response;
                do
                {
                    response = await fromServer.ReadAsync(isResponse: true, stopping.Token)
                        ?? throw new IOException("Azurite closed the connection without answering.");
                    if (response.Status < 200)
                    {
                        await client.GetStream().WriteAsync(response.Bytes, stopping.Token);
                    }
                }
                while (response.Status < 200);
                held?.MarkAnswered();

                if (faultable)
                {
                    Interlocked.Increment(ref transactions);
                    if (TryConsumeDrop())
                    {
                        Interlocked.Increment(ref droppedResponses);
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    }
                }

                await client.GetStream().WriteAsync(response.Bytes, stopping.Token);
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
            armed = Volatile.Read(ref dropsArmed);
            if (armed == 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref dropsArmed, armed - 1, armed) != armed);
        return true;
    }
}
