namespace TeamsCrm.Teams.Tests.Support;

/// <summary>A service provider with nothing in it.</summary>
internal sealed class EmptyServices : IServiceProvider
{
    public static EmptyServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
