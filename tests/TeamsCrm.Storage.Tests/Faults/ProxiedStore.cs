namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// A test store that talks to Azurite through a <see cref="TransactionFaultProxy"/> which counts, drops or holds the
/// transactions of one table only (the other tables' batches pass untouched).
/// </summary>
internal sealed class ProxiedStore : IAsyncDisposable
{
    private int _transactionsBeforeDrop;

    private ProxiedStore(TransactionFaultProxy proxy, CrmTestStore crm)
    {
        Proxy = proxy;
        Crm = crm;
    }

    public TransactionFaultProxy Proxy { get; }
    public CrmTestStore Crm { get; }

    /// <summary>A new store behind a new proxy that watches the transactions on the table <paramref name="watched"/> picks.</summary>
    public static async Task<ProxiedStore> StartAsync(Func<CrmTables, TableClient> watched)
    {
        var proxy = TransactionFaultProxy.Start(TestStorage.ConnectionString);
        try
        {
            var crm = await CrmTestStore.CreateAsync(proxy.ConnectionString);
            proxy.OnlyTransactionsOn(watched(crm.Tables).Name);
            return new ProxiedStore(proxy, crm);
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next watched transaction commits, but the proxy closes the connection instead of answering.</summary>
    public void DropNextResponse()
    {
        _transactionsBeforeDrop = Proxy.Transactions;
        Proxy.DropNextTransactionResponse();
    }

    /// <summary>The proxy dropped one answer and the transaction reached Azurite twice: the first try and the SDK's resend.</summary>
    public void AssertResentAfterLostResponse()
    {
        Assert.Equal(1, Proxy.DroppedResponses);
        Assert.Equal(_transactionsBeforeDrop + 2, Proxy.Transactions);
    }

    public ValueTask DisposeAsync() => Proxy.DisposeAsync();
}
