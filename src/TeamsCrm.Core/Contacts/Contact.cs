namespace TeamsCrm.Core.Contacts;

/// <summary>A person at a customer account.</summary>
public sealed record Contact : AccountRecord
{
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public PreferredChannel PreferredChannel { get; init; } = PreferredChannel.Email;
    /// <summary>A key contact is shown first on the customer card.</summary>
    public bool IsKeyContact { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public string FullName => $"{FirstName} {LastName}";
}
