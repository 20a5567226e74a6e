using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// A seeded random walk of deal changes through the real services (creates, stage changes, amount, close-date and
/// owner changes, deletes), mixed with what the outbox does to them: a change delivered again (its latest or an older
/// one), a crash before the index update (repaired by the sweeper), a crash after the fact rows but before the books
/// (repaired by the sweeper), and two changes of one owner applied at once. With <paramref name="overlapping"/>, also
/// two changes of one deal whose index updates run at the same time as a replay of the first (the sweeper beside a live
/// change, or two instances).
/// </summary>
internal sealed class PipelineChangeWalk(CrmTestStore crm, string tenant, int seed, bool overlapping = false)
{
    private readonly Random _random = new(seed);
    private readonly List<Caller> _people = [.. new[] { "Megan", "Lukas", "Adele" }.Select(n => CrmTestStore.Member(tenant, n))];
    private readonly List<Account> _accounts = [];
    private readonly Dictionary<string, Deal> _deals = new(StringComparer.Ordinal);
    private readonly List<RecordChange> _delivered = [];

    public IReadOnlyList<Caller> People => _people;

    /// <summary>Counts per kind of step taken, so a test can say the walk covered each.</summary>
    public Dictionary<string, int> Steps { get; } = new(StringComparer.Ordinal);

    public async Task RunAsync(int steps)
    {
        foreach (var person in _accounts.Count == 0 ? _people : [])
        {
            _accounts.Add(await crm.AccountAsync(person, $"{person.DisplayName} Customer"));
        }

        for (var step = 0; step < steps; step++)
        {
            crm.Tick();
            var kind = _deals.Count < 4 ? "create"
                : overlapping && _random.Next(3) == 0 ? "overlap"
                : Pick("create", "stage", "stage", "stage", "amount", "owner", "delete", "redeliver", "crash", "half", "concurrent");
            Steps[kind] = Steps.GetValueOrDefault(kind) + 1;
            await (kind switch
            {
                "create" => CreateAsync(),
                "stage" => StageAsync(),
                "amount" => UpdateAsync(d => d with { Amount = _random.Next(1, 90) * 100m, ExpectedCloseDate = Expected() }),
                "owner" => UpdateAsync(d => d with { Owner = _people[_random.Next(_people.Count)].AsPerson() }),
                "delete" => DeleteAsync(),
                "redeliver" => RedeliverAsync(),
                "crash" => CrashAsync(halfDone: false),
                "half" => CrashAsync(halfDone: true),
                "overlap" => OverlapAsync(),
                _ => ConcurrentAsync(),
            });
        }
    }

    /// <summary>The deals' fact rows say what the CRM holds now: no deleted deal, no older version of any.</summary>
    public async Task AssertFactsEqualTheCrmAsync()
    {
        static string Row(string id, string owner, DealStage stage, decimal amount, string currency, DateOnly? expected) => $"{id} {owner} {stage} {amount} {currency} {expected}";
        var facts = await crm.Analytics.ReadDealFactsAsync(tenant);
        Assert.Equal(
            _deals.Values.Select(d => Row(d.Id, d.Owner.UserId, d.Stage, d.Amount, d.Currency, d.ExpectedCloseDate)).Order(StringComparer.Ordinal),
            facts.Select(f => Row(f.Id, f.OwnerId, f.Stage, f.Amount, f.Currency, f.ExpectedCloseDate)).Order(StringComparer.Ordinal));
    }

    private string Pick(params string[] kinds) => kinds[_random.Next(kinds.Length)];

    private DateOnly? Expected() => _random.Next(4) == 0 ? null : DateOnly.FromDateTime(crm.Time.GetUtcNow().UtcDateTime).AddDays(_random.Next(-12, 12));

    private Deal AnyDeal() => _deals.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ElementAt(_random.Next(_deals.Count));

    private Caller OwnerOf(Deal deal) => _people.Single(p => p.UserId == deal.Owner.UserId);

    private async Task CreateAsync()
    {
        var person = _people[_random.Next(_people.Count)];
        var input = new DealInput($"Deal {_deals.Count + 1}", _random.Next(1, 90) * 100m, _random.Next(3) == 0 ? "USD" : "EUR", ExpectedCloseDate: Expected());
        var created = await crm.Deals.CreateAsync(person, _accounts[_random.Next(_accounts.Count)].Id, input);
        Assert.True(created.IsSuccess, created.Error?.Code);
        Record(null, created.Value);
    }

    private async Task StageAsync()
    {
        var deal = _deals.Values.Where(d => d.IsOpen).OrderBy(d => d.Id, StringComparer.Ordinal).ToList() is { Count: > 0 } open ? open[_random.Next(open.Count)] : null;
        if (deal is null)
        {
            await CreateAsync();
            return;
        }

        var next = DealStages.NextStages(deal.Stage);
        var moved = await crm.Deals.ChangeStageAsync(OwnerOf(deal), deal.AccountId, deal.Id, next[_random.Next(next.Count)], null);
        Assert.True(moved.IsSuccess, moved.Error?.Code);
        Record(deal, moved.Value);
    }

    private async Task UpdateAsync(Func<DealInput, DealInput> change)
    {
        var deal = AnyDeal();
        var input = change(new DealInput(deal.Title, deal.Amount, deal.Currency, null, deal.ExpectedCloseDate));
        var updated = await crm.Deals.UpdateAsync(OwnerOf(deal), deal.AccountId, deal.Id, input, null);
        Assert.True(updated.IsSuccess, updated.Error?.Code);
        Record(deal, updated.Value);
    }

    private async Task DeleteAsync()
    {
        var deal = AnyDeal();
        await crm.Store.CommitAsync(tenant, deal.AccountId, new ChangeSet().Delete(deal));
        Record(deal, null);
    }

    /// <summary>The outbox delivering a change again: mostly the latest, sometimes an older one.</summary>
    private Task RedeliverAsync()
    {
        var change = _random.Next(3) == 0 ? _delivered[_random.Next(_delivered.Count)] : _delivered[^1];
        return crm.IndexWriter.ApplyAsync(AllFactsProjection.For(crm.Tables, tenant, change));
    }

    /// <summary>
    /// A crash before the index update (nothing of it written) or after the fact rows but before the books (the rows
    /// written here as the writer's first half would); either way the sweeper's replay completes it.
    /// </summary>
    private async Task CrashAsync(bool halfDone)
    {
        crm.IndexWriter.Fail = true;
        try
        {
            await StageAsync();
        }
        finally
        {
            crm.IndexWriter.Fail = false;
        }

        if (halfDone)
        {
            foreach (var operation in AllFactsProjection.For(crm.Tables, tenant, _delivered[^1]))
            {
                await WriteRowAsync(operation);
            }
        }

        Assert.True(await crm.Outbox.RepairAsync(TimeSpan.Zero) >= 1);
    }

    /// <summary>Two changes of one owner's deals whose books updates race (they meet on the owner's book row).</summary>
    private async Task ConcurrentAsync()
    {
        var owner = _people[_random.Next(_people.Count)];
        crm.IndexWriter.Fail = true;
        var first = await crm.Deals.CreateAsync(owner, _accounts[0].Id, new DealInput("Race A", 100m, ExpectedCloseDate: Expected()));
        var second = await crm.Deals.CreateAsync(owner, _accounts[1].Id, new DealInput("Race B", 200m, ExpectedCloseDate: Expected()));
        crm.IndexWriter.Fail = false;
        Record(null, first.Value);
        Record(null, second.Value);
        var changes = new[] { new RecordChange(null, first.Value), new RecordChange(null, second.Value) };
        await Task.WhenAll(changes.Select(c => Task.Run(() => crm.IndexWriter.ApplyAsync(AllFactsProjection.For(crm.Tables, tenant, c)))));
        await crm.Outbox.RepairAsync(TimeSpan.Zero);
    }

    /// <summary>
    /// Two changes of one deal committed (an amount change, then a stage change, an owner change or its deletion) whose
    /// index updates run at once, beside a replay of the first; then the sweeper replays both again, oldest first.
    /// </summary>
    private async Task OverlapAsync()
    {
        var deal = AnyDeal();
        crm.IndexWriter.Fail = true;
        try
        {
            crm.Tick();
            var amended = (await crm.Deals.UpdateAsync(OwnerOf(deal), deal.AccountId, deal.Id, new DealInput(deal.Title, _random.Next(1, 90) * 100m, deal.Currency, null, Expected()), null)).Value!;
            Record(deal, amended);
            crm.Tick();
            var second = Pick("stage", "owner", "delete");
            if (second == "delete" || !amended.IsOpen)
            {
                await crm.Store.CommitAsync(tenant, deal.AccountId, new ChangeSet().Delete(amended));
                Record(amended, null);
            }
            else
            {
                var next = DealStages.NextStages(amended.Stage);
                var changed = second == "stage"
                    ? await crm.Deals.ChangeStageAsync(OwnerOf(amended), deal.AccountId, deal.Id, next[_random.Next(next.Count)], null)
                    : await crm.Deals.UpdateAsync(OwnerOf(amended), deal.AccountId, deal.Id, new DealInput(amended.Title, amended.Amount, amended.Currency, null, amended.ExpectedCloseDate) { Owner = OtherThan(amended.Owner).AsPerson() }, null);
                Assert.True(changed.IsSuccess, changed.Error?.Code);
                Record(amended, changed.Value);
            }
        }
        finally
        {
            crm.IndexWriter.Fail = false;
        }

        var (first, latest) = (_delivered[^2], _delivered[^1]);
        await Task.WhenAll(new[] { first, latest, first }.Select(c => Task.Run(() => crm.IndexWriter.ApplyAsync(AllFactsProjection.For(crm.Tables, tenant, c)))));
        Assert.True(await crm.Outbox.RepairAsync(TimeSpan.Zero) >= 2);
    }

    private Caller OtherThan(PersonRef owner)
    {
        var others = _people.Where(p => p.UserId != owner.UserId).ToList();
        return others[_random.Next(others.Count)];
    }

    private void Record(Deal? before, Deal? after)
    {
        _delivered.Add(new RecordChange(before, after));
        if (after is null)
        {
            _deals.Remove(before!.Id);
        }
        else
        {
            _deals[after.Id] = after;
        }
    }

    private async Task WriteRowAsync(IndexOperation operation)
    {
        if (operation.IsDelete)
        {
            await crm.Tables.Facts.DeleteEntityAsync(operation.PartitionKey, operation.RowKey);
            return;
        }

        var entity = new TableEntity(operation.PartitionKey, operation.RowKey);
        foreach (var (name, value) in operation.Properties!)
        {
            entity[name] = value;
        }

        await crm.Tables.Facts.UpsertEntityAsync(entity, TableUpdateMode.Replace);
    }
}
