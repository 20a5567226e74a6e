namespace TeamsCrm.Core.Tests.Comments;

public sealed class CommentTests
{
    private static readonly Caller Author = TestData.Member;
    private static readonly PersonRef Mentioned = TestData.OtherMember.AsPerson();
    private static readonly DateTimeOffset Later = TestData.Now.AddMinutes(5);

    [Fact]
    public void Edit_ByAuthor_ReplacesTextAndMentionsAndStampsEditedAt()
    {
        var result = Original().Edit(Author, "Updated text", [Mentioned], Later);

        Assert.True(result.IsSuccess);
        Assert.Equal("Updated text", result.Value.Text);
        Assert.Equal([Mentioned], result.Value.Mentions);
        Assert.Equal(Later, result.Value.EditedAt);
        Assert.False(result.Value.IsDeleted);
    }

    [Theory]
    [InlineData("other-member")]
    [InlineData("guest")]
    public void Edit_ByNonAuthor_OnlyAuthorRule(string who)
    {
        var caller = who == "guest" ? TestData.GuestA : TestData.OtherMember;

        var result = Original().Edit(caller, "Hijacked", [], Later);

        ErrorAssert.IsRule(result.Error, ErrorCodes.CommentOnlyAuthor);
    }

    [Fact]
    public void Delete_ByAuthor_ClearsTextAndMentionsAndMarksDeleted()
    {
        var result = Original().Delete(Author, Later);

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.IsDeleted);
        Assert.Equal(string.Empty, result.Value.Text);
        Assert.Empty(result.Value.Mentions);
        Assert.Equal(Later, result.Value.EditedAt);
        Assert.Equal(Original().Id, result.Value.Id);
    }

    [Theory]
    [InlineData("other-member")]
    [InlineData("guest")]
    public void Delete_ByNonAuthor_OnlyAuthorRule(string who)
    {
        var caller = who == "guest" ? TestData.GuestA : TestData.OtherMember;

        var result = Original().Delete(caller, Later);

        ErrorAssert.IsRule(result.Error, ErrorCodes.CommentOnlyAuthor);
    }

    [Fact]
    public void Edit_DeletedComment_CommentDeletedRule()
    {
        var deleted = Original().Delete(Author, Later).Value!;

        var result = deleted.Edit(Author, "Resurrected", [], Later.AddMinutes(1));

        ErrorAssert.IsRule(result.Error, ErrorCodes.CommentDeleted);
    }

    [Fact]
    public void Delete_DeletedComment_CommentDeletedRule()
    {
        var deleted = Original().Delete(Author, Later).Value!;

        var result = deleted.Delete(Author, Later.AddMinutes(1));

        ErrorAssert.IsRule(result.Error, ErrorCodes.CommentDeleted);
    }

    [Fact]
    public void Edit_ByAuthor_LeavesOriginalUnchanged()
    {
        var original = Original();

        _ = original.Edit(Author, "Updated text", [], Later);

        Assert.Equal("Original text with @Max", original.Text);
        Assert.Null(original.EditedAt);
    }

    private static Comment Original() => new()
    {
        Id = "0190f5c2a1b27c3d8e4f5a6b7c8d9e20",
        AccountId = TestData.AccountId,
        Author = Author.AsPerson(),
        Text = "Original text with @Max",
        Mentions = [Mentioned],
        Visibility = CommentVisibility.Shared,
        CreatedAt = TestData.Now,
    };
}
