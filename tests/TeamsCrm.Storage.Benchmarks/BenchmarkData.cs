using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Benchmarks;

/// <summary>Writes the data the benchmarks read: one large account and 10,000 named accounts.</summary>
internal static class BenchmarkData
{
    public static async Task<Account> LargeAccountAsync(AccountService accounts, IAccountStore store, Caller caller, TimeProvider time)
    {
        var account = (await accounts.CreateAsync(caller, new AccountInput("Müller Maschinenbau GmbH", "GmbH", "Mechanical engineering"), allowSimilarName: true)).Value!;
        var now = time.GetUtcNow();
        var records = new List<object>();
        records.AddRange(Enumerable.Range(0, 20).Select(i => new Contact
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            FirstName = $"First{i}",
            LastName = $"Last{i}",
            Email = $"p{i}@mueller.example",
            IsKeyContact = i < 3,
            CreatedAt = now,
            UpdatedAt = now,
        }));
        records.AddRange(Enumerable.Range(0, 10).Select(i => new Deal
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            Title = $"Deal {i}",
            Stage = (DealStage)(i % 6),
            Amount = 1000m * i,
            Owner = caller.AsPerson(),
            CreatedAt = now,
            UpdatedAt = now,
        }));
        records.AddRange(Enumerable.Range(0, 200).Select(i => new Comment
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            Author = caller.AsPerson(),
            Text = $"Comment {i}: " + new string('x', 200),
            Visibility = i % 3 == 0 ? CommentVisibility.Shared : CommentVisibility.Internal,
            CreatedAt = now.AddMinutes(-i),
        }));
        records.AddRange(Enumerable.Range(0, 50).Select(i => new Interaction
        {
            Id = CrmIds.New(time),
            AccountId = account.Id,
            Channel = (InteractionChannel)(i % 7),
            Direction = InteractionDirection.Inbound,
            OccurredAt = now.AddHours(-i),
            Summary = $"Touchpoint {i}",
            LoggedBy = caller.AsPerson(),
            CreatedAt = now,
        }));
        foreach (var chunk in records.Chunk(80))
        {
            var changes = new ChangeSet();
            foreach (var record in chunk)
            {
                changes.Insert(record);
            }

            await store.CommitAsync(caller.TenantId, account.Id, changes);
        }

        return account;
    }

    /// <summary>
    /// Writes the name index of <paramref name="count"/> accounts straight into the index tables
    /// (100 per transaction). Names combine common first and second words of company names, with
    /// the spread of initial letters a real customer list has, and every name has a distinct number.
    /// </summary>
    public static async Task NameIndexAsync(CrmTables tables, string tenantId, int count, TimeProvider time)
    {
        string[] first =
        [
            "Alpen", "Berg", "Bauer", "Contor", "Delta", "Elbe", "Feld", "Global", "Hansa", "Iser", "Jade", "Kraft", "Linde",
            "Main", "Mosel", "Nord", "Oder", "Pfalz", "Quelle", "Rhein", "Saale", "Sonnen", "Stern", "Tal", "Ulmen",
            "Vista", "Wald", "Weser", "Zeppelin", "Atlas", "Brücken", "Meyer", "Schmidt", "Schneider", "Fischer", "Wagner",
        ];
        string[] second = ["Logistik", "Technik", "Handel", "Bau", "Systems", "Solutions", "Partner", "Werke", "Services", "Digital"];
        var operations = Enumerable.Range(0, count).SelectMany(i =>
        {
            var account = new Account
            {
                Id = CrmIds.New(time),
                Name = $"{first[i % first.Length]} {second[(i / first.Length) % second.Length]} {i:D5} GmbH",
                Owner = new PersonRef("owner", "Owner"),
                CreatedAt = time.GetUtcNow(),
                UpdatedAt = time.GetUtcNow(),
            };
            return IndexProjection.For(tables, tenantId, new RecordChange(null, account));
        });
        foreach (var batch in operations.GroupBy(op => (op.Table, op.PartitionKey)).SelectMany(g => g.Chunk(100)))
        {
            await tables.ByName(batch[0].Table).SubmitTransactionAsync(batch.Select(op =>
            {
                var entity = new TableEntity(op.PartitionKey, op.RowKey);
                foreach (var (name, value) in op.Properties!)
                {
                    entity[name] = value;
                }

                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
            }));
        }
    }
}
