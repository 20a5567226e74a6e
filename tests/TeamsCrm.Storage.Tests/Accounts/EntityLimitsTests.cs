namespace TeamsCrm.Storage.Tests.Accounts;

public sealed class EntityLimitsTests
{
    [Fact]
    public void EnsureFits_StringOver64KB_Throws()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('x', (EntityLimits.MaxStringBytes / 2) + 1) };

        Assert.Throws<ArgumentException>(() => EntityLimits.EnsureFits(entity));
    }

    [Fact]
    public void EnsureFits_TooManyProperties_Throws()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < EntityLimits.MaxProperties + 1; i++)
        {
            entity[$"P{i}"] = i;
        }

        Assert.Throws<ArgumentException>(() => EntityLimits.EnsureFits(entity));
    }

    [Fact]
    public void EnsureFits_LargestValidComment_Fits()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('ü', FieldLimits.CommentText), ["Mentions"] = new string('m', 4000) };

        EntityLimits.EnsureFits(entity);
    }

    [Fact]
    public async Task CommitAsync_MoreThanOneTransaction_ThrowsAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member("tenant-limits", "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var before = await crm.CountPartitionEntitiesAsync("tenant-limits", account.Id);
        var changes = new ChangeSet();
        for (var i = 0; i < EntityLimits.MaxTransactionActions + 1; i++)
        {
            crm.Tick();
            changes.Insert(new Comment { Id = CrmIds.New(crm.Time), AccountId = account.Id, Author = megan.AsPerson(), Text = $"c{i}", CreatedAt = crm.Time.GetUtcNow() });
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => crm.Store.CommitAsync("tenant-limits", account.Id, changes));
        Assert.Equal(before, await crm.CountPartitionEntitiesAsync("tenant-limits", account.Id));
    }
}
