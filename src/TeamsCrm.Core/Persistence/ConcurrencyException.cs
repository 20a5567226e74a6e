namespace TeamsCrm.Core.Persistence;

/// <summary>The record changed (or appeared) since it was read; nothing of the change set was written.</summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException()
        : base("The record was changed by someone else.")
    {
    }

    public ConcurrencyException(string message)
        : base(message)
    {
    }

    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
